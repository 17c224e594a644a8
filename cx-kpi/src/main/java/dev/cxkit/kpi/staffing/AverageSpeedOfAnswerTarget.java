package dev.cxkit.kpi.staffing;

import java.time.Duration;

/**
 * An average-speed-of-answer target: the mean wait of answered calls is at most {@code maximum}.
 * The result still reports a service level, at {@code answerWithin}. Immutable and thread-safe.
 *
 * @param maximum the largest acceptable ASA, ≥ 0 (0 is reachable only when nobody ever waits)
 * @param answerWithin the threshold T at which to report the service level, ≥ 0
 */
public record AverageSpeedOfAnswerTarget(Duration maximum, Duration answerWithin) implements StaffingTarget {

    /** Validates that both durations are not negative. */
    public AverageSpeedOfAnswerTarget {
        StaffingChecks.nonNegative(maximum, "maximum average speed of answer");
        StaffingChecks.nonNegative(answerWithin, "answerWithin");
    }

    /**
     * A target, for example {@code of(Duration.ofSeconds(15), Duration.ofSeconds(20))}.
     *
     * @param maximum the largest acceptable ASA, ≥ 0
     * @param answerWithin the service-level threshold to report, ≥ 0
     * @return the target
     * @throws IllegalArgumentException if a duration is negative
     */
    public static AverageSpeedOfAnswerTarget of(Duration maximum, Duration answerWithin) {
        return new AverageSpeedOfAnswerTarget(maximum, answerWithin);
    }
}
