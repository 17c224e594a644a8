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
 * can be found whatever the order and sharding of the input. Shared by first-contact resolution and
 * the repeat-contact rate.
 *
 * <p>An open-addressing hash table (linear probing, load at most 0.6) keyed by the customer id
 * string and, under PER_ISSUE, the reason key string, both the interaction's own strings. Per key a
 * {@code long[]} holds the number of contacts in slot 0 and their epoch milliseconds in slots
 * {@code 1..n}, unsorted until {@link #counts()} sorts them in place. Memory: 8 bytes per contact
 * (plus up to 50 % growth slack) and about 50 bytes per key (three table references at 0.3–0.6
 * load, array header and count), plus the id strings it retains. Accepting costs one probe sequence
 * and no allocation unless the key is new or its array grows. Not thread-safe.
 */
public final class ContactTimeline {

    private static final int INITIAL_CAPACITY = 16;

    private final boolean perIssue;
    private final long windowMillis;
    private final boolean observed;
    private final long observedUntilMillis;
    /** First contacts queued after this (observation end − window) are censored. */
    private final long censorAfterMillis;
    private @Nullable String[] customers = new String[INITIAL_CAPACITY];
    private @Nullable String[] reasons = new String[INITIAL_CAPACITY];
    private long[][] instants = new long[INITIAL_CAPACITY][];
    private int keys;
    private long accepted;
    private long abandoned;
    private long afterObservationEnd;
    private long unclassified;
    private long unclassifiedCensored;

    /**
     * Creates an empty timeline.
     *
     * @param variant the window, scope and observation end
     */
    public ContactTimeline(FcrVariant.RepeatWindow variant) {
        this.perIssue = variant.scope() == RepeatScope.PER_ISSUE;
        this.windowMillis = variant.window().toMillis();
        Instant end = variant.observedUntil();
        this.observed = end != null;
        this.observedUntilMillis = end != null ? end.toEpochMilli() : Long.MAX_VALUE;
        // Saturating (issue 25 item 6): an observation end near the far past minus a long window must
        // not wrap around to the far future and censor nothing.
        long bound;
        try {
            bound = Math.subtractExact(observedUntilMillis, windowMillis);
        } catch (ArithmeticException e) {
            bound = Long.MIN_VALUE;
        }
        this.censorAfterMillis = bound;
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
        String reason = null;
        if (perIssue) {
            ContactReason contactReason = interaction.reason();
            if (contactReason == null) {
                unclassified++;
                if (isCensored(at)) {
                    unclassifiedCensored++;
                }
                return;
            }
            reason = contactReason.key();
        }
        String customer = interaction.customerId().value();
        int slot = slot(customer, reason);
        if (slot < 0) {
            insert(~slot, customer, reason, new long[] {1, at});
            return;
        }
        long[] times = instants[slot];
        int n = (int) times[0];
        if (n + 1 == times.length) {
            times = Arrays.copyOf(times, times.length + Math.max(2, n >> 1));
            instants[slot] = times;
        }
        times[n + 1] = at;
        times[0] = n + 1;
    }

    private boolean isCensored(long firstContactAt) {
        // The window [t, t + w] must lie within the observed data: t + w ≤ observedUntil.
        return observed && firstContactAt > censorAfterMillis;
    }

    /** The key's slot, or {@code ~free slot} if absent. */
    private int slot(String customer, @Nullable String reason) {
        int hash = customer.hashCode() * 31 + (reason == null ? 0 : reason.hashCode());
        hash *= 0x9E3779B9;
        hash ^= hash >>> 16;
        int mask = customers.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            String candidate = customers[i];
            if (candidate == null) {
                return ~i;
            }
            if (candidate.equals(customer) && Objects.equals(reasons[i], reason)) {
                return i;
            }
        }
    }

    private void insert(int slot, String customer, @Nullable String reason, long[] times) {
        customers[slot] = customer;
        reasons[slot] = reason;
        instants[slot] = times;
        keys++;
        if (keys * 5L > customers.length * 3L) {
            rehash();
        }
    }

    private void rehash() {
        String[] oldCustomers = customers;
        String[] oldReasons = reasons;
        long[][] oldInstants = instants;
        customers = new String[oldCustomers.length * 2];
        reasons = new String[oldCustomers.length * 2];
        instants = new long[oldCustomers.length * 2][];
        for (int i = 0; i < oldCustomers.length; i++) {
            String customer = oldCustomers[i];
            if (customer != null) {
                int slot = ~slot(customer, oldReasons[i]);
                customers[slot] = customer;
                reasons[slot] = oldReasons[i];
                instants[slot] = oldInstants[i];
            }
        }
    }

    /**
     * Adds everything {@code other} holds; {@code other} keeps its contacts (it may be this timeline).
     *
     * @param other a timeline of the same variant
     */
    public void combine(ContactTimeline other) {
        String[] otherCustomers = other.customers;
        String[] otherReasons = other.reasons;
        long[][] otherInstants = other.instants;
        for (int i = 0; i < otherCustomers.length; i++) {
            String customer = otherCustomers[i];
            if (customer == null) {
                continue;
            }
            long[] source = otherInstants[i];
            int sourceCount = (int) source[0];
            int slot = slot(customer, otherReasons[i]);
            if (slot < 0) {
                insert(~slot, customer, otherReasons[i], Arrays.copyOf(source, sourceCount + 1));
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
        for (long[] times : instants) {
            if (times == null) {
                continue;
            }
            int n = (int) times[0];
            Arrays.sort(times, 1, n + 1);
            contacts += n;
            for (int i = 1; i <= n; i++) {
                long at = times[i];
                if (i > 1 && at - times[i - 1] <= windowMillis) {
                    repeats++;
                } else if (isCensored(at)) {
                    censored++;
                } else {
                    eligible++;
                    if (i == n || times[i + 1] - at > windowMillis) {
                        resolved++;
                    }
                }
            }
        }
        return new FcrCounts(accepted, abandoned, afterObservationEnd, 0, 0, contacts, repeats, contacts - repeats,
                censored, unclassified, eligible, resolved);
    }
}
