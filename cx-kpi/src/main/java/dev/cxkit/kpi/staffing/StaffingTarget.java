package dev.cxkit.kpi.staffing;

import java.time.Duration;

/**
 * What a staffing search must reach: a service level ({@link ServiceLevelTarget}) or an average
 * speed of answer ({@link AverageSpeedOfAnswerTarget}). Both carry the answer-within threshold T at
 * which the result reports its service level. Immutable and thread-safe.
 */
public sealed interface StaffingTarget permits ServiceLevelTarget, AverageSpeedOfAnswerTarget {

    /**
     * The threshold T of "answered within T" used for the service level.
     *
     * @return T, ≥ 0
     */
    Duration answerWithin();
}
