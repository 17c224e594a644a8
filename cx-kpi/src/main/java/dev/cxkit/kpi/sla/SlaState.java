package dev.cxkit.kpi.sla;

/**
 * The state of one SLA measurement as of an instant. A breach is final: once the target has been
 * crossed the measurement is {@link #BREACHED}, whether it is still running, paused or stopped.
 */
public enum SlaState {
    /** Running and within its target. */
    ACTIVE,
    /** Within its target, but the clock is stopped because the case is in a pause status. */
    PAUSED,
    /** Stopped with its elapsed time at or below the target (the target is inclusive). */
    FULFILLED,
    /** The elapsed time crossed the target before the measurement stopped. */
    BREACHED;

    /**
     * Whether the measurement has ended within its target.
     *
     * @return {@code true} for {@link #FULFILLED}
     */
    public boolean isFulfilled() {
        return this == FULFILLED;
    }
}
