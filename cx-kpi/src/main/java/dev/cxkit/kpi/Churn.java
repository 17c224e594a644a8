package dev.cxkit.kpi;

import dev.cxkit.core.internal.Checks;

/**
 * Customer churn, id {@code cx.kpi.churn}: the share of the customers at the start of a period who
 * were lost during it.
 *
 * <p>Formula: customers active at the start and not at the end / customers active at the start,
 * unit {@link KpiUnit#RATIO}. Input is one {@link CustomerMembership} per customer, or pre-counted
 * figures through {@link #acceptCounts(long, long)}. Customers gained during the period do not
 * enter the rate (they are counted in {@link #gainedCount()}). Each customer must be given once
 * across all shards; the accumulator keeps counts, not ids, so that it stays small and mergeable.
 *
 * <p>Edge cases: no customer at the start gives an empty value; customers active neither at the
 * start nor at the end are counted in {@link #inactiveCount()}.
 *
 * <p>Source: docs/kpis.md (churn) and §3 (target below 5 %, article 000).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class Churn implements KpiAccumulator<CustomerMembership, Churn> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.churn";

    private long atStart;
    private long lost;
    private long gained;
    private long inactive;

    private Churn() {
    }

    /**
     * Creates an empty accumulator; churn has no variants (the period is in the input).
     *
     * @return the accumulator
     */
    public static Churn create() {
        return new Churn();
    }

    /**
     * Adds one customer.
     *
     * @param membership the customer's start and end membership
     */
    @Override
    public void accept(CustomerMembership membership) {
        Checks.notNull(membership, "membership");
        if (membership.activeAtStart()) {
            atStart++;
            if (!membership.activeAtEnd()) {
                lost++;
            }
        } else if (membership.activeAtEnd()) {
            gained++;
        } else {
            inactive++;
        }
    }

    /**
     * Adds pre-counted figures for a group of customers.
     *
     * @param customersAtStart customers active at the start of the period, not negative
     * @param customersLost of those, customers no longer active at the end, 0 … {@code customersAtStart}
     * @throws IllegalArgumentException if a count is negative or more were lost than there were
     */
    public void acceptCounts(long customersAtStart, long customersLost) {
        if (customersAtStart < 0 || customersLost < 0) {
            throw new IllegalArgumentException("The customersAtStart (" + customersAtStart + ") and customersLost ("
                    + customersLost + ") must not be negative.");
        }
        if (customersLost > customersAtStart) {
            throw new IllegalArgumentException("The customersLost (" + customersLost
                    + ") exceeds the customersAtStart (" + customersAtStart + ").\nMaybe gained customers were included?");
        }
        atStart += customersAtStart;
        lost += customersLost;
    }

    @Override
    public Churn combine(Churn other) {
        atStart += other.atStart;
        lost += other.lost;
        gained += other.gained;
        inactive += other.inactive;
        return this;
    }

    /**
     * The churn rate.
     *
     * @return a ratio in [0, 1] over customers at the start, empty if there were none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, "", lost, atStart);
    }

    /**
     * Customers gained during the period, not part of the rate.
     *
     * @return their number
     */
    public long gainedCount() {
        return gained;
    }

    /**
     * Customers active neither at the start nor at the end.
     *
     * @return their number
     */
    public long inactiveCount() {
        return inactive;
    }
}
