package dev.cxkit.kpi.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.FcrCounts;
import org.jspecify.annotations.Nullable;

/**
 * Ticket-based first-contact resolution: per case, whether its only answered contact resolved it,
 * and which group its first answered contact belongs to. A case with two or more answered contacts
 * is not resolved at first contact, whichever groups the contacts belong to; the case's outcome is
 * counted in the group of its first answered contact (earliest {@code queuedAt}; at the same
 * millisecond, the contact whose id has the smaller hash, then the group of lower rank), so the counts do not depend on input
 * order or sharding. Contacts without a case and abandoned contacts are counted in their own group.
 *
 * <p>Memory: about 80 bytes per case plus the case id. Not thread-safe.
 */
public final class CaseOutcomes {

    private static final byte NOT_RESOLVED = 0;
    private static final byte RESOLVED = 1;
    private static final byte UNKNOWN = 2;
    private static final byte SEVERAL = 3;

    /** What is known about one case. */
    private static final class State {
        byte state;
        long firstAt;
        int firstHash;
        int group;
        /** Other groups of contacts tied with the first one (same instant and id hash); rare. */
        int @Nullable [] ties;

        State(byte state, long firstAt, int firstHash, int group) {
            this.state = state;
            this.firstAt = firstAt;
            this.firstHash = firstHash;
            this.group = group;
        }

        /** Takes a contact as a candidate for the first one. */
        void offer(long at, int hash, int candidate) {
            if (at < firstAt || (at == firstAt && hash < firstHash)) {
                firstAt = at;
                firstHash = hash;
                group = candidate;
                ties = null;
            } else if (at == firstAt && hash == firstHash && candidate != group) {
                int[] known = ties;
                if (known == null) {
                    ties = new int[] {candidate};
                } else if (Arrays.stream(known).noneMatch(g -> g == candidate)) {
                    int[] grown = Arrays.copyOf(known, known.length + 1);
                    grown[known.length] = candidate;
                    ties = grown;
                }
            }
        }

        /** The group of the first contact: among ties, the group of lowest rank. */
        int firstGroup(int[] rank) {
            int best = group;
            int[] known = ties;
            if (known != null) {
                for (int g : known) {
                    if (rank[g] < rank[best]) {
                        best = g;
                    }
                }
            }
            return best;
        }
    }

    private final HashMap<CaseId, State> cases = new HashMap<>();
    /** Per group: accepted, abandoned, without case, answered with a case. */
    private long[][] perGroup = new long[1][4];

    /**
     * Adds one contact of a group.
     *
     * @param interaction the contact
     * @param group the index of its group, 0 or more
     */
    public void accept(Interaction interaction, int group) {
        long[] row = row(group);
        row[0]++;
        if (interaction.isAbandoned()) {
            row[1]++;
            return;
        }
        CaseId caseId = interaction.caseId();
        if (caseId == null) {
            row[2]++;
            return;
        }
        row[3]++;
        Boolean resolved = interaction.resolved();
        byte state = resolved == null ? UNKNOWN : resolved ? RESOLVED : NOT_RESOLVED;
        long at = interaction.queuedAt().toEpochMilli();
        int hash = interaction.id().value().hashCode();
        State known = cases.get(caseId);
        if (known == null) {
            cases.put(caseId, new State(state, at, hash, group));
            return;
        }
        known.state = SEVERAL;
        known.offer(at, hash, group);
    }

    private long[] row(int group) {
        if (group < 0) {
            throw new IllegalArgumentException("The group index (" + group + ") is negative.");
        }
        if (group >= perGroup.length) {
            long[][] grown = Arrays.copyOf(perGroup, Math.max(group + 1, perGroup.length * 2));
            for (int g = perGroup.length; g < grown.length; g++) {
                grown[g] = new long[4];
            }
            perGroup = grown;
        }
        return perGroup[group];
    }

    /**
     * Adds everything {@code other} holds, moving its group {@code g} to {@code remap[g]};
     * {@code other} is left unchanged (it may be this one, with the identity mapping).
     *
     * @param other the other outcomes
     * @param remap this one's group index of each of {@code other}'s, or {@code null} for the same
     */
    public void combine(CaseOutcomes other, int @Nullable [] remap) {
        if (other == this) {
            // Every case now has at least two answered contacts.
            cases.values().forEach(s -> s.state = SEVERAL);
            for (long[] row : perGroup) {
                for (int i = 0; i < row.length; i++) {
                    row[i] *= 2;
                }
            }
            return;
        }
        for (Map.Entry<CaseId, State> entry : other.cases.entrySet()) {
            State theirs = entry.getValue();
            int group = map(theirs.group, remap);
            State known = cases.get(entry.getKey());
            if (known == null) {
                known = new State(theirs.state, theirs.firstAt, theirs.firstHash, group);
                cases.put(entry.getKey(), known);
            } else {
                known.state = SEVERAL;
                known.offer(theirs.firstAt, theirs.firstHash, group);
            }
            int[] theirTies = theirs.ties;
            if (theirTies != null) {
                for (int tie : theirTies) {
                    known.offer(theirs.firstAt, theirs.firstHash, map(tie, remap));
                }
            }
        }
        for (int g = 0; g < other.perGroup.length; g++) {
            long[] from = other.perGroup[g];
            if (from[0] == 0) {
                continue;
            }
            long[] to = row(map(g, remap));
            for (int i = 0; i < from.length; i++) {
                to[i] += from[i];
            }
        }
    }

    private static int map(int group, int @Nullable [] remap) {
        return remap == null || group >= remap.length ? group : remap[group];
    }

    /**
     * The counts over all groups.
     *
     * @return the counts (accepted, abandoned, without case, unknown outcome, contacts, eligible, resolved)
     */
    public FcrCounts counts() {
        long[] sums = new long[4];
        for (long[] row : perGroup) {
            for (int i = 0; i < row.length; i++) {
                sums[i] += row[i];
            }
        }
        long[] outcome = new long[3];
        for (State s : cases.values()) {
            tallyCase(s, outcome);
        }
        return toCounts(sums, outcome);
    }

    /**
     * The counts of each group: contacts in their own group, each case's outcome in its first
     * answered contact's group.
     *
     * @param groupCount the number of groups
     * @param rank each group's rank, to choose among contacts tied for first
     * @return the counts, indexed by group
     */
    public FcrCounts[] countsByGroup(int groupCount, int[] rank) {
        long[][] outcomes = new long[groupCount][3];
        for (State s : cases.values()) {
            tallyCase(s, outcomes[s.firstGroup(rank)]);
        }
        FcrCounts[] result = new FcrCounts[groupCount];
        for (int g = 0; g < groupCount; g++) {
            long[] row = g < perGroup.length ? perGroup[g] : new long[4];
            result[g] = toCounts(row, outcomes[g]);
        }
        for (int g = groupCount; g < perGroup.length; g++) {
            if (perGroup[g][0] > 0) {
                throw new IllegalArgumentException("There are contacts of group " + g + " but only " + groupCount
                        + " groups were asked for.");
            }
        }
        return result;
    }

    /** Adds a case to {unknown, eligible, resolved}. */
    private static void tallyCase(State s, long[] outcome) {
        if (s.state == UNKNOWN) {
            outcome[0]++;
        } else {
            outcome[1]++;
            if (s.state == RESOLVED) {
                outcome[2]++;
            }
        }
    }

    private static FcrCounts toCounts(long[] contacts, long[] outcome) {
        return new FcrCounts(contacts[0], contacts[1], 0, contacts[2], outcome[0], contacts[3], 0, 0, 0, 0,
                outcome[1], outcome[2]);
    }
}
