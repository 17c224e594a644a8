package dev.cxkit.kpi.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.FcrCounts;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.RepeatScope;
import org.jspecify.annotations.Nullable;

/**
 * The contact instants of every repeat key (customer, or customer + reason), kept so that repeats
 * can be found whatever the order and sharding of the input. Shared by first-contact resolution, the
 * repeat-contact rate and their grouped forms in {@code KpiSet} and {@code StandardKpis}.
 *
 * <p>An open-addressing hash table (linear probing, load at most 0.6) keyed by the customer id
 * string and, under PER_ISSUE, the reason key string, both the interaction's own strings. Per key a
 * {@code long[]} holds the number of contacts in slot 0 and their epoch milliseconds in slots
 * {@code 1..n}, unsorted until {@link #counts} sorts them in place. Memory: 8 bytes per contact
 * (plus up to 50 % growth slack) and about 60 bytes per key (three table references and a cached
 * hash at 0.3–0.6 load, array header and count), plus the id strings it retains. Accepting costs one probe sequence
 * and no allocation unless the key is new or its array grows. Not thread-safe.
 *
 * <p><b>Groups.</b> A <em>grouped</em> timeline also keeps, per contact, the index of the group the
 * contact belongs to (4 bytes more per contact). Repeats are still found across all groups: the group
 * only decides where a contact's outcome is counted ({@link #countsByGroup}). Contacts of one key at
 * the same millisecond are ordered by their groups' rank, so the per-group counts do not depend on the
 * input order either.
 *
 * <p><b>Observation end.</b> The variant's own {@code observedUntil} drops later contacts on
 * arrival; an end given to {@link #counts} applies the same rules when the counts are read, so a
 * caller can censor at the end of the data once it is known.
 */
public final class ContactTimeline {

    private static final int INITIAL_CAPACITY = 16;
    private static final long NO_END = Long.MAX_VALUE;

    private final boolean perIssue;
    private final long windowMillis;
    private final long observedUntilMillis;
    private final boolean grouped;
    private @Nullable String[] customers = new String[INITIAL_CAPACITY];
    private @Nullable String[] reasons = new String[INITIAL_CAPACITY];
    /** Per slot, the key's hash: a probe compares it before it reads the strings of another key. */
    private int[] hashes = new int[INITIAL_CAPACITY];
    private long[][] instants = new long[INITIAL_CAPACITY][];
    private int[][] groups;
    private int keys;
    /** Contacts without a reason under PER_ISSUE: each its own key. Slot 0 holds the count. */
    private long[] unclassifiedTimes = new long[] {0, 0, 0, 0};
    private int[] unclassifiedGroups = new int[4];
    /** Per group: accepted, abandoned, after the variant's observation end. */
    private long[] accepted = new long[1];
    private long[] abandoned = new long[1];
    private long[] afterObservationEnd = new long[1];

    /**
     * Creates an empty, ungrouped timeline.
     *
     * @param variant the window, scope and observation end
     */
    public ContactTimeline(FcrVariant.RepeatWindow variant) {
        this(variant, false);
    }

    /**
     * Creates an empty timeline.
     *
     * @param variant the window, scope and observation end
     * @param grouped whether contacts carry a group index ({@link #accept(Interaction, int)})
     */
    public ContactTimeline(FcrVariant.RepeatWindow variant, boolean grouped) {
        this.perIssue = variant.scope() == RepeatScope.PER_ISSUE;
        this.windowMillis = variant.window().toMillis();
        Instant end = variant.observedUntil();
        this.observedUntilMillis = end != null ? end.toEpochMilli() : NO_END;
        this.grouped = grouped;
        this.groups = grouped ? new int[INITIAL_CAPACITY][] : new int[0][];
    }

    /**
     * Adds one contact (to group 0).
     *
     * @param interaction the contact
     */
    public void accept(Interaction interaction) {
        accept(interaction, 0);
    }

    /**
     * Adds one contact of a group.
     *
     * @param interaction the contact
     * @param group the index of its group, 0 or more; 0 for an ungrouped timeline
     */
    public void accept(Interaction interaction, int group) {
        if (group != 0 && !grouped) {
            throw new IllegalStateException("An ungrouped timeline has only group 0, not " + group + ".");
        }
        ensureGroup(group);
        accepted[group]++;
        if (interaction.isAbandoned()) {
            abandoned[group]++;
            return;
        }
        long at = interaction.queuedAt().toEpochMilli();
        if (at > observedUntilMillis) {
            afterObservationEnd[group]++;
            return;
        }
        String reason = null;
        if (perIssue) {
            ContactReason contactReason = interaction.reason();
            if (contactReason == null) {
                addUnclassified(at, group);
                return;
            }
            reason = contactReason.key();
        }
        String customer = interaction.customerId().value();
        int slot = slot(customer, reason);
        if (slot < 0) {
            insert(~slot, customer, reason, new long[] {1, at}, grouped ? new int[] {group} : null);
            return;
        }
        append(slot, at, group);
    }

    private void append(int slot, long at, int group) {
        long[] times = instants[slot];
        int n = (int) times[0];
        if (n + 1 == times.length) {
            times = Arrays.copyOf(times, times.length + Math.max(2, n >> 1));
            instants[slot] = times;
            if (grouped) {
                groups[slot] = Arrays.copyOf(groups[slot], times.length - 1);
            }
        }
        times[n + 1] = at;
        times[0] = n + 1;
        if (grouped) {
            groups[slot][n] = group;
        }
    }

    private void addUnclassified(long at, int group) {
        int n = (int) unclassifiedTimes[0];
        if (n + 1 == unclassifiedTimes.length) {
            unclassifiedTimes = Arrays.copyOf(unclassifiedTimes, unclassifiedTimes.length * 2);
            unclassifiedGroups = Arrays.copyOf(unclassifiedGroups, unclassifiedTimes.length - 1);
        }
        unclassifiedTimes[n + 1] = at;
        unclassifiedGroups[n] = group;
        unclassifiedTimes[0] = n + 1;
    }

    private void ensureGroup(int group) {
        if (group < 0) {
            throw new IllegalArgumentException("The group index (" + group + ") is negative.");
        }
        if (group >= accepted.length) {
            int size = Math.max(group + 1, accepted.length * 2);
            accepted = Arrays.copyOf(accepted, size);
            abandoned = Arrays.copyOf(abandoned, size);
            afterObservationEnd = Arrays.copyOf(afterObservationEnd, size);
        }
    }

    /** The key's slot, or {@code ~free slot} if absent. */
    private int slot(String customer, @Nullable String reason) {
        int hash = hash(customer, reason);
        int mask = customers.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            String candidate = customers[i];
            if (candidate == null) {
                return ~i;
            }
            if (hashes[i] == hash && candidate.equals(customer) && Objects.equals(reasons[i], reason)) {
                return i;
            }
        }
    }

    private static int hash(String customer, @Nullable String reason) {
        int hash = (customer.hashCode() * 31 + (reason == null ? 0 : reason.hashCode())) * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }

    private void insert(int slot, String customer, @Nullable String reason, long[] times, int @Nullable [] groupsOf) {
        customers[slot] = customer;
        reasons[slot] = reason;
        hashes[slot] = hash(customer, reason);
        instants[slot] = times;
        if (grouped) {
            groups[slot] = Objects.requireNonNull(groupsOf);
        }
        keys++;
        if (keys * 5L > customers.length * 3L) {
            rehash();
        }
    }

    private void rehash() {
        String[] oldCustomers = customers;
        String[] oldReasons = reasons;
        long[][] oldInstants = instants;
        int[][] oldGroups = groups;
        int[] oldHashes = hashes;
        int size = oldCustomers.length * 2;
        customers = new String[size];
        reasons = new String[size];
        hashes = new int[size];
        instants = new long[size][];
        groups = grouped ? new int[size][] : groups;
        for (int i = 0; i < oldCustomers.length; i++) {
            String customer = oldCustomers[i];
            if (customer != null) {
                int slot = ~slot(customer, oldReasons[i]);
                customers[slot] = customer;
                reasons[slot] = oldReasons[i];
                hashes[slot] = oldHashes[i];
                instants[slot] = oldInstants[i];
                if (grouped) {
                    groups[slot] = oldGroups[i];
                }
            }
        }
    }

    /**
     * Adds everything {@code other} holds; {@code other} keeps its contacts (it may be this timeline).
     *
     * @param other an ungrouped timeline of the same variant, or a grouped one whose groups keep their index
     */
    public void combine(ContactTimeline other) {
        combine(other, null);
    }

    /**
     * Adds everything {@code other} holds, moving its group {@code g} to {@code remap[g]}; {@code other}
     * keeps its contacts (it may be this timeline, with the identity mapping).
     *
     * @param other a timeline of the same variant and grouping
     * @param remap this timeline's group index of each of {@code other}'s, or {@code null} for the same
     */
    public void combine(ContactTimeline other, int @Nullable [] remap) {
        if (other.grouped != grouped) {
            throw new IllegalArgumentException("Cannot combine a grouped contact timeline with an ungrouped one.");
        }
        // Snapshot the other's state first: when other == this, inserting may rehash our arrays.
        String[] otherCustomers = other.customers;
        String[] otherReasons = other.reasons;
        long[][] otherInstants = other.instants;
        int[][] otherGroups = other.groups;
        long[] otherUnclassified = other.unclassifiedTimes.clone();
        int[] otherUnclassifiedGroups = other.unclassifiedGroups.clone();
        long[] otherAccepted = other.accepted.clone();
        long[] otherAbandoned = other.abandoned.clone();
        long[] otherAfter = other.afterObservationEnd.clone();
        for (int i = 0; i < otherCustomers.length; i++) {
            String customer = otherCustomers[i];
            if (customer == null) {
                continue;
            }
            long[] source = otherInstants[i];
            int sourceCount = (int) source[0];
            int[] sourceGroups = grouped ? otherGroups[i] : null;
            int slot = slot(customer, otherReasons[i]);
            if (slot < 0) {
                int[] mapped = null;
                if (grouped) {
                    mapped = Arrays.copyOf(Objects.requireNonNull(sourceGroups), sourceCount);
                    for (int k = 0; k < sourceCount; k++) {
                        mapped[k] = map(mapped[k], remap);
                    }
                }
                insert(~slot, customer, otherReasons[i], Arrays.copyOf(source, sourceCount + 1), mapped);
                continue;
            }
            long[] target = instants[slot];
            int targetCount = (int) target[0];
            if (targetCount + sourceCount + 1 > target.length) {
                target = Arrays.copyOf(target, targetCount + sourceCount + 1);
                instants[slot] = target;
            }
            System.arraycopy(source, 1, target, targetCount + 1, sourceCount);
            target[0] = targetCount + sourceCount;
            if (grouped) {
                int[] targetGroups = Arrays.copyOf(groups[slot], target.length - 1);
                int[] from = Objects.requireNonNull(sourceGroups);
                for (int k = 0; k < sourceCount; k++) {
                    targetGroups[targetCount + k] = map(from[k], remap);
                }
                groups[slot] = targetGroups;
            }
        }
        int unclassified = (int) otherUnclassified[0];
        for (int k = 0; k < unclassified; k++) {
            addUnclassified(otherUnclassified[k + 1], map(otherUnclassifiedGroups[k], remap));
        }
        for (int g = 0; g < otherAccepted.length; g++) {
            int to = map(g, remap);
            if (otherAccepted[g] == 0 && to >= accepted.length) {
                continue;
            }
            ensureGroup(to);
            accepted[to] += otherAccepted[g];
            abandoned[to] += otherAbandoned[g];
            afterObservationEnd[to] += otherAfter[g];
        }
    }

    private static int map(int group, int @Nullable [] remap) {
        return remap == null || group >= remap.length ? group : remap[group];
    }

    /**
     * Finds repeats and resolved first contacts over all groups; see {@link #countsByGroup}.
     *
     * @param observedUntil an observation end to apply now, or {@code null} for the variant's own (if any)
     * @return the counts
     */
    public FcrCounts counts(@Nullable Instant observedUntil) {
        long[][] perGroup = tally(1, null, observedUntil, true);
        return toCounts(perGroup, 0);
    }

    /**
     * Finds repeats and resolved first contacts, counted in the group of the contact concerned.
     *
     * <p>A contact is a repeat when the previous contact of its key (in time, across all groups) is at
     * most one window earlier; it is counted in its own group. A first contact is resolved when the
     * next contact of its key, in any group, is more than one window later, or there is none; its
     * outcome is counted in the first contact's group. With an observation end, contacts after it are
     * left out (as after the variant's own end) and first contacts whose window runs past it are
     * censored. Sorts each key's instants in place: O(n log n).
     *
     * @param groupCount the number of groups (indexes 0 to groupCount − 1)
     * @param rank the rank of each group, for ordering contacts of one key at the same millisecond
     * @param observedUntil an observation end to apply now, or {@code null} for the variant's own (if any)
     * @return the counts of each group, indexed by group
     */
    public FcrCounts[] countsByGroup(int groupCount, int[] rank, @Nullable Instant observedUntil) {
        long[][] perGroup = tally(groupCount, rank, observedUntil, false);
        FcrCounts[] result = new FcrCounts[groupCount];
        for (int g = 0; g < groupCount; g++) {
            result[g] = toCounts(perGroup, g);
        }
        return result;
    }

    // Tally columns.
    private static final int ACCEPTED = 0;
    private static final int ABANDONED = 1;
    private static final int AFTER_END = 2;
    private static final int CONTACTS = 3;
    private static final int REPEATS = 4;
    private static final int CENSORED = 5;
    private static final int UNCLASSIFIED = 6;
    private static final int ELIGIBLE = 7;
    private static final int RESOLVED = 8;
    private static final int COLUMNS = 9;

    private long[][] tally(int groupCount, int @Nullable [] rank, @Nullable Instant observedUntil, boolean merged) {
        long[][] t = new long[groupCount][COLUMNS];
        long end = observedUntilMillis;
        if (observedUntil != null) {
            end = Math.min(end, observedUntil.toEpochMilli());
        }
        boolean observed = end != NO_END;
        // The window [t, t + w] must lie within the observed data: t + w ≤ end. Saturating, so that an
        // end near the far past minus a long window does not wrap around.
        long censorAfter = observed ? saturatingSubtract(end, windowMillis) : NO_END;
        for (int g = 0; g < accepted.length; g++) {
            if (accepted[g] == 0) {
                continue;
            }
            if (!merged && g >= groupCount) {
                throw new IllegalArgumentException("The timeline has contacts of group " + g + " but only "
                        + groupCount + " groups were asked for.");
            }
            long[] row = t[merged ? 0 : g];
            row[ACCEPTED] += accepted[g];
            row[ABANDONED] += abandoned[g];
            row[AFTER_END] += afterObservationEnd[g];
        }
        int unclassified = (int) unclassifiedTimes[0];
        for (int k = 0; k < unclassified; k++) {
            long at = unclassifiedTimes[k + 1];
            long[] row = t[merged ? 0 : unclassifiedGroups[k]];
            if (at > end) {
                row[AFTER_END]++;
                continue;
            }
            row[CONTACTS]++;
            row[UNCLASSIFIED]++;
            if (at > censorAfter) {
                row[CENSORED]++;
            } else {
                row[ELIGIBLE]++;
                row[RESOLVED]++;
            }
        }
        for (int s = 0; s < instants.length; s++) {
            long[] times = instants[s];
            if (times == null) {
                continue;
            }
            int n = (int) times[0];
            int[] groupOf = grouped ? groups[s] : null;
            if (groupOf == null || merged) {
                Arrays.sort(times, 1, n + 1);
            } else {
                PairSort.sort(times, groupOf, n, Objects.requireNonNull(rank));
            }
            for (int i = 1; i <= n; i++) {
                long at = times[i];
                long[] row = t[merged || groupOf == null ? 0 : groupOf[i - 1]];
                if (at > end) {
                    row[AFTER_END]++;
                    continue;
                }
                row[CONTACTS]++;
                if (i > 1 && at - times[i - 1] <= windowMillis) {
                    row[REPEATS]++;
                } else if (at > censorAfter) {
                    row[CENSORED]++;
                } else {
                    row[ELIGIBLE]++;
                    if (i == n || times[i + 1] > end || times[i + 1] - at > windowMillis) {
                        row[RESOLVED]++;
                    }
                }
            }
        }
        return t;
    }

    /**
     * Counts, per group, the contacts whose previous contact of the same key (in time, across all
     * groups) is at most one window earlier and belongs to another group: with channels as groups,
     * the contacts that switched channel for the same issue. Contacts after an observation end are
     * left out. Sorts each key's instants in place, contacts at the same millisecond by their group's
     * rank, so the answer does not depend on input order or sharding.
     *
     * @param groupCount the number of groups (indexes 0 to groupCount − 1)
     * @param rank the rank of each group, for ordering contacts of one key at the same millisecond
     * @return per group: index 0 the contacts counted, index 1 those that switched
     * @throws IllegalStateException if the timeline is not grouped
     */
    public long[][] switchesByGroup(int groupCount, int[] rank) {
        if (!grouped) {
            throw new IllegalStateException("Channel switches need a grouped timeline.");
        }
        long[][] result = new long[groupCount][2];
        long end = observedUntilMillis;
        int unclassified = (int) unclassifiedTimes[0];
        for (int k = 0; k < unclassified; k++) {
            if (unclassifiedTimes[k + 1] <= end) {
                result[unclassifiedGroups[k]][0]++;
            }
        }
        for (int s = 0; s < instants.length; s++) {
            long[] times = instants[s];
            if (times == null) {
                continue;
            }
            int n = (int) times[0];
            int[] groupOf = groups[s];
            PairSort.sort(times, groupOf, n, rank);
            for (int i = 1; i <= n; i++) {
                long at = times[i];
                if (at > end) {
                    continue;
                }
                int group = groupOf[i - 1];
                result[group][0]++;
                if (i > 1 && at - times[i - 1] <= windowMillis && groupOf[i - 2] != group) {
                    result[group][1]++;
                }
            }
        }
        return result;
    }

    private static long saturatingSubtract(long a, long b) {
        long result = a - b;
        // Overflow only when the signs of a and b differ and the result's sign differs from a's.
        return ((a ^ b) & (a ^ result)) < 0 ? Long.MIN_VALUE : result;
    }

    private static FcrCounts toCounts(long[][] t, int g) {
        long[] r = t[g];
        return new FcrCounts(r[ACCEPTED], r[ABANDONED], r[AFTER_END], 0, 0, r[CONTACTS], r[REPEATS],
                r[CONTACTS] - r[REPEATS], r[CENSORED], r[UNCLASSIFIED], r[ELIGIBLE], r[RESOLVED]);
    }

    /** Sorts a key's instants with their groups by (instant, rank of group). */
    private static final class PairSort {

        private PairSort() {
        }

        /** Sorts {@code times[1..n]} and {@code groups[0..n-1]} together. */
        static void sort(long[] times, int[] groups, int n, int[] rank) {
            if (n < 2) {
                return;
            }
            if (n <= 32) {
                for (int i = 1; i < n; i++) {
                    long t = times[i + 1];
                    int g = groups[i];
                    int j = i - 1;
                    while (j >= 0 && compare(times[j + 1], groups[j], t, g, rank) > 0) {
                        times[j + 2] = times[j + 1];
                        groups[j + 1] = groups[j];
                        j--;
                    }
                    times[j + 2] = t;
                    groups[j + 1] = g;
                }
                return;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            long[] t = Arrays.copyOfRange(times, 1, n + 1);
            int[] g = Arrays.copyOf(groups, n);
            Arrays.sort(order, (a, b) -> compare(t[a], g[a], t[b], g[b], rank));
            for (int i = 0; i < n; i++) {
                times[i + 1] = t[order[i]];
                groups[i] = g[order[i]];
            }
        }

        private static int compare(long t1, int g1, long t2, int g2, int[] rank) {
            int c = Long.compare(t1, t2);
            return c != 0 ? c : Integer.compare(rank[g1], rank[g2]);
        }
    }
}
