package dev.cxkit.kpi.sla;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One SLA measurement of one case as of an instant: which metric, under which policy and target,
 * its state, and the instants and durations that explain it. Immutable.
 *
 * <p>{@code elapsed} counts only running time inside the target calendar's opening hours, so it
 * excludes paused time and, for business-time targets, closed hours. {@code pausedTime} is the
 * wall-clock time spent in pause statuses. Hence {@code elapsed + pausedTime ≤ end − startedAt},
 * where {@code end} is {@code stoppedAt} or the report's instant.
 *
 * @param caseId the case
 * @param metric the metric
 * @param sequence the measurement's number among this metric's measurements on this case, from 1
 * @param policyName the name of the policy the measurement started under
 * @param policyVersion the version of that policy
 * @param priority the case's priority as of the report (or when the measurement stopped)
 * @param target the target in force, for {@code priority} under the measurement's policy
 * @param state the state
 * @param startedAt when the measurement started
 * @param stoppedAt when it stopped (a reply, a solve or a close), or {@code null} while it runs
 * @param breachedAt the exact instant the elapsed time reached the target, or {@code null} if it did not
 * @param elapsed running time counted against the target, not negative
 * @param pausedTime wall-clock time spent paused, not negative
 * @param remaining {@code target − elapsed}, or zero once that is negative
 */
public record SlaMeasurement(CaseId caseId, SlaMetric metric, int sequence, String policyName, String policyVersion,
        Priority priority, SlaTarget target, SlaState state, Instant startedAt, @Nullable Instant stoppedAt,
        @Nullable Instant breachedAt, Duration elapsed, Duration pausedTime, Duration remaining) {

    /** Validates the fields and that state and instants agree. */
    public SlaMeasurement {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(metric, "metric");
        Checks.notNull(policyName, "policyName");
        Checks.notNull(policyVersion, "policyVersion");
        Checks.notNull(priority, "priority");
        Checks.notNull(target, "target");
        Checks.notNull(state, "state");
        Checks.notNull(startedAt, "startedAt");
        Object owner = Checks.lazy(() -> "SLA measurement " + metric + " #" + sequence + " of case " + caseId);
        Checks.nonNegative(elapsed, "elapsed", owner);
        Checks.nonNegative(pausedTime, "pausedTime", owner);
        Checks.nonNegative(remaining, "remaining", owner);
        if (sequence < 1) {
            throw new IllegalArgumentException("The sequence (" + sequence + ") of SLA measurement " + metric
                    + " of case " + caseId + " must be at least 1.");
        }
        if (stoppedAt != null) {
            Checks.notBefore(stoppedAt, "stoppedAt", startedAt, "startedAt", Checks.lazy(() -> "SLA measurement " + metric));
        }
        if (breachedAt != null) {
            Checks.notBefore(breachedAt, "breachedAt", startedAt, "startedAt", Checks.lazy(() -> "SLA measurement " + metric));
        }
        if ((state == SlaState.BREACHED) != (breachedAt != null)) {
            throw new IllegalArgumentException("The SLA measurement " + metric + " of case " + caseId + " is " + state
                    + " but its breachedAt is " + breachedAt + "; a measurement is BREACHED exactly when it has a breachedAt.");
        }
        if ((state == SlaState.FULFILLED) && stoppedAt == null) {
            throw new IllegalArgumentException("The SLA measurement " + metric + " of case " + caseId
                    + " is FULFILLED but has no stoppedAt.");
        }
        if ((state == SlaState.ACTIVE || state == SlaState.PAUSED) && stoppedAt != null) {
            throw new IllegalArgumentException("The SLA measurement " + metric + " of case " + caseId + " is " + state
                    + " but stopped at " + stoppedAt + ".");
        }
    }

    /**
     * When the measurement was fulfilled: its stop instant if it stopped within the target.
     *
     * @return the instant, or {@code null} unless the state is {@link SlaState#FULFILLED}
     */
    public @Nullable Instant fulfilledAt() {
        return state == SlaState.FULFILLED ? stoppedAt : null;
    }

    /**
     * Whether the measurement is still running (active, paused, or breached but not yet stopped).
     *
     * @return {@code true} if it has no stop instant
     */
    public boolean isRunning() {
        return stoppedAt == null;
    }
}
