package dev.cxkit.kpi.staffing;

import java.time.Duration;

/**
 * A service-level target such as 80/20: at least {@code share} of calls answered within
 * {@code answerWithin}. Immutable and thread-safe.
 *
 * @param share the share of calls to answer within the threshold, in (0, 1), for example 0.8
 * @param answerWithin the threshold T, ≥ 0, for example 20 seconds
 */
public record ServiceLevelTarget(double share, Duration answerWithin) implements StaffingTarget {

    /** Validates that the share is in (0, 1) and the threshold not negative. */
    public ServiceLevelTarget {
        StaffingChecks.fraction(share, "target service level", false, false);
        StaffingChecks.nonNegative(answerWithin, "answerWithin");
    }

    /**
     * A target, for example {@code of(0.8, Duration.ofSeconds(20))} for 80/20.
     *
     * @param share share answered within the threshold, in (0, 1)
     * @param answerWithin the threshold, ≥ 0
     * @return the target
     * @throws IllegalArgumentException if the share is outside (0, 1) or the threshold negative
     */
    public static ServiceLevelTarget of(double share, Duration answerWithin) {
        return new ServiceLevelTarget(share, answerWithin);
    }
}
