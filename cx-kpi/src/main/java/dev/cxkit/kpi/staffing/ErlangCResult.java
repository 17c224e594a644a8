package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/**
 * Erlang C figures for one number of agents. The accessor names match the {@code cx staffing
 * erlang-c --json} output. Immutable and thread-safe.
 *
 * @param agents agents on the phones, N ≥ 1
 * @param offeredLoad offered load A = λ·AHT, in Erlangs
 * @param probabilityOfWaiting Erlang C, P(W &gt; 0): the share of calls that must queue, in [0, 1]
 * @param serviceLevel P(W ≤ T) = 1 − P(W&gt;0)·e^{−(N−A)·T/AHT}, in [0, 1]
 * @param averageSpeedOfAnswerSeconds ASA = P(W&gt;0)·AHT/(N − A), mean wait of all calls, in seconds
 * @param occupancy A / N, in [0, 1)
 * @param scheduledAgents agents to schedule after shrinkage, ceil(N / (1 − shrinkage))
 */
public record ErlangCResult(int agents, double offeredLoad, double probabilityOfWaiting, double serviceLevel,
        double averageSpeedOfAnswerSeconds, double occupancy, int scheduledAgents) {

    /** Validates ranges; the figures come from {@link ErlangC}. */
    public ErlangCResult {
        StaffingChecks.agents(agents);
        StaffingChecks.figure(offeredLoad, "offeredLoad");
        StaffingChecks.probability(probabilityOfWaiting, "probabilityOfWaiting");
        StaffingChecks.probability(serviceLevel, "serviceLevel");
        StaffingChecks.figure(averageSpeedOfAnswerSeconds, "averageSpeedOfAnswerSeconds");
        StaffingChecks.probability(occupancy, "occupancy");
        if (scheduledAgents < agents) {
            throw new IllegalArgumentException("The scheduledAgents (" + scheduledAgents
                    + ") must not be fewer than the agents (" + agents + ").");
        }
    }

    /**
     * The average speed of answer as a duration, rounded to the nanosecond.
     *
     * @return the ASA
     */
    public Duration averageSpeedOfAnswer() {
        return ErlangFormulas.duration(averageSpeedOfAnswerSeconds);
    }
}
