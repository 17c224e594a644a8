package dev.cxkit.kpi;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.DurationSum;

/**
 * Occupancy, id {@code cx.kpi.occupancy}: the share of available time agents spent handling
 * contacts.
 *
 * <p>Formula: Σ handle / (Σ handle + Σ available idle), unit {@link KpiUnit#RATIO}, over
 * {@link AgentTime} records (typically one per agent and interval, from the workforce system;
 * interactions alone do not tell how long an agent sat idle). The count is the number of records.
 *
 * <p>Edge cases: records with zero handle and zero idle add nothing but are counted; a zero
 * denominator (no records, or only empty ones) gives an empty value. Negative durations are
 * rejected by {@link AgentTime}. Sums are exact.
 *
 * <p>Source: docs/kpis.md (occupancy); the ICMI definition (handle time / staffed available time).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class Occupancy implements KpiAccumulator<AgentTime, Occupancy> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.occupancy";

    private final DurationSum handle = new DurationSum();
    private final DurationSum idle = new DurationSum();

    private Occupancy() {
    }

    /**
     * Creates an empty accumulator; occupancy has no variants.
     *
     * @return the accumulator
     */
    public static Occupancy create() {
        return new Occupancy();
    }

    /**
     * Adds one agent interval.
     *
     * @param time handle and available idle time
     */
    @Override
    public void accept(AgentTime time) {
        Checks.notNull(time, "agent time");
        handle.add(time.handle(), "handle");
        idle.add(time.availableIdle(), "availableIdle");
    }

    @Override
    public Occupancy combine(Occupancy other) {
        handle.addAll(other.handle);
        idle.addAll(other.idle);
        return this;
    }

    /**
     * The occupancy.
     *
     * @return a ratio in [0, 1], empty if no available time was recorded
     */
    @Override
    public KpiValue result() {
        double busy = DurationSum.seconds(handle.total());
        double available = DurationSum.seconds(handle.total().plus(idle.total()));
        return available == 0 ? KpiValue.empty(ID, "", handle.count(), KpiUnit.RATIO)
                : KpiValue.of(ID, "", busy / available, handle.count(), KpiUnit.RATIO);
    }
}
