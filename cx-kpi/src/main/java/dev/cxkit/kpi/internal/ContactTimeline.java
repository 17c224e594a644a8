package dev.cxkit.kpi.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.FcrCounts;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.RepeatScope;

/**
 * The contact instants of every repeat key (customer, or customer + reason), kept so that repeats
 * can be found whatever the order and sharding of the input. Shared by first-contact resolution and
 * the repeat-contact rate.
 *
 * <p>Per key the map holds one {@code long[]} whose slot 0 is the number of contacts and slots
 * {@code 1..n} their epoch milliseconds, unsorted until {@link #counts()} sorts them in place. This
 * costs 8 bytes per contact (plus up to 50 % growth slack) and about 70 bytes per key (map node,
 * table slot, array header and count) plus the key (the interaction's own {@link CustomerId}; under
 * PER_ISSUE a 24-byte pair of references). Keeping keys in a map, rather than appending a key
 * reference per contact, retains one id object per key instead of one per contact. Accepting costs
 * one hash lookup (and, under PER_ISSUE, one short-lived key allocation). Not thread-safe.
 */
public final class ContactTimeline {

    private final RepeatScope scope;
    private final long windowMillis;
    private final boolean observed;
    private final long observedUntilMillis;
    private final HashMap<Object, long[]> instantsByKey = new HashMap<>();
    private long accepted;
    private long abandoned;
    private long afterObservationEnd;
    private long unclassified;
    private long unclassifiedCensored;

    private record IssueKey(CustomerId customer, ContactReason reason) {
    }

    /**
     * Creates an empty timeline.
     *
     * @param variant the window, scope and observation end
     */
    public ContactTimeline(FcrVariant.RepeatWindow variant) {
        this.scope = variant.scope();
        this.windowMillis = variant.window().toMillis();
        Instant end = variant.observedUntil();
        this.observed = end != null;
        this.observedUntilMillis = end != null ? end.toEpochMilli() : Long.MAX_VALUE;
    }

    /**
     * Adds one contact.
     *
     * @param interaction the contact
     */
    public void accept(Interaction interaction) {
        accepted++;
        if (interaction.isAbandoned()) {
            abandoned++;
            return;
        }
        long at = interaction.queuedAt().toEpochMilli();
        if (at > observedUntilMillis) {
            afterObservationEnd++;
            return;
        }
        Object key;
        if (scope == RepeatScope.PER_CUSTOMER) {
            key = interaction.customerId();
        } else {
            ContactReason reason = interaction.reason();
            if (reason == null) {
                unclassified++;
                if (isCensored(at)) {
                    unclassifiedCensored++;
                }
                return;
            }
            key = new IssueKey(interaction.customerId(), reason);
        }
        long[] instants = instantsByKey.get(key);
        if (instants == null) {
            instantsByKey.put(key, new long[] {1, at});
            return;
        }
        int n = (int) instants[0];
        if (n + 1 == instants.length) {
            instants = Arrays.copyOf(instants, instants.length + Math.max(1, n >> 1));
            instantsByKey.put(key, instants);
        }
        instants[n + 1] = at;
        instants[0] = n + 1;
    }

    private boolean isCensored(long firstContactAt) {
        // The window [t, t + w] must lie within the observed data: t + w ≤ observedUntil.
        return observed && firstContactAt > observedUntilMillis - windowMillis;
    }

    /**
     * Adds everything {@code other} holds; {@code other} keeps its contacts (it may be this timeline).
     *
     * @param other a timeline of the same variant
     */
    public void combine(ContactTimeline other) {
        for (Map.Entry<Object, long[]> entry : other.instantsByKey.entrySet()) {
            long[] source = entry.getValue();
            int sourceCount = (int) source[0];
            long[] target = instantsByKey.get(entry.getKey());
            if (target == null) {
                instantsByKey.put(entry.getKey(), Arrays.copyOf(source, sourceCount + 1));
                continue;
            }
            int targetCount = (int) target[0];
            if (targetCount + sourceCount + 1 > target.length) {
                target = Arrays.copyOf(target, targetCount + sourceCount + 1);
                instantsByKey.put(entry.getKey(), target);
            }
            System.arraycopy(source, 1, target, targetCount + 1, sourceCount);
            target[0] = targetCount + sourceCount;
        }
        accepted += other.accepted;
        abandoned += other.abandoned;
        afterObservationEnd += other.afterObservationEnd;
        unclassified += other.unclassified;
        unclassifiedCensored += other.unclassifiedCensored;
    }

    /**
     * Finds repeats and resolved first contacts. A contact is a repeat when the previous contact of
     * its key (in time; ties in any order, which does not change the counts) is at most one window
     * earlier. A first contact is resolved when the next contact of its key is more than one window
     * later, or there is none. Sorts each key's instants in place: O(n log n).
     *
     * @return the counts
     */
    public FcrCounts counts() {
        long contacts = unclassified;
        long repeats = 0;
        long censored = unclassifiedCensored;
        long eligible = unclassified - unclassifiedCensored;
        long resolved = eligible;
        for (long[] instants : instantsByKey.values()) {
            int n = (int) instants[0];
            Arrays.sort(instants, 1, n + 1);
            contacts += n;
            for (int i = 1; i <= n; i++) {
                long at = instants[i];
                if (i > 1 && at - instants[i - 1] <= windowMillis) {
                    repeats++;
                } else if (isCensored(at)) {
                    censored++;
                } else {
                    eligible++;
                    if (i == n || instants[i + 1] - at > windowMillis) {
                        resolved++;
                    }
                }
            }
        }
        return new FcrCounts(accepted, abandoned, afterObservationEnd, 0, 0, contacts, repeats, contacts - repeats,
                censored, unclassified, eligible, resolved);
    }
}
