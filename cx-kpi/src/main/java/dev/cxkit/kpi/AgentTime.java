package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;

/**
 * How one agent spent one interval while logged in and available for contacts, the input of
 * {@link Occupancy}. Breaks, training and other unavailable time are not part of it (that is
 * shrinkage, not idle). Immutable.
 *
 * @param handle time spent handling contacts (talk + hold + after-contact work)
 * @param availableIdle time available but waiting for a contact
 */
public record AgentTime(Duration handle, Duration availableIdle) {

    /** Validates that both durations are not negative. */
    public AgentTime {
        Checks.nonNegative(handle, "handle", "agent time");
        Checks.nonNegative(availableIdle, "availableIdle", "agent time");
    }
}
