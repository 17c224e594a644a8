package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/**
 * Erlang A figures for one number of agents. The accessor names match the {@code cx staffing
 * erlang-a --json} output. Immutable and thread-safe.
 *
 * @param agents agents on the phones, N ≥ 1
 * @param offeredLoad offered load A = λ·AHT, in Erlangs (may exceed N: callers hang up)
 * @param probabilityOfWaiting share of arrivals that find all agents busy, P(W &gt; 0), in [0, 1]
 * @param probabilityOfAbandoning share of arrivals that hang up before an agent answers, in [0, 1]
 * @param serviceLevel share of <em>all arrivals</em> (offered calls, abandoned ones included) that
 *        are answered within T, in [0, 1]
 * @param averageSpeedOfAnswerSeconds mean wait of <em>answered</em> calls, in seconds
 * @param occupancy carried load over agents, A·(1 − P(abandon)) / N, in [0, 1]
 * @param scheduledAgents agents to schedule after shrinkage, ceil(N / (1 − shrinkage))
 */
public record ErlangAResult(int agents, double offeredLoad, double probabilityOfWaiting,
        double probabilityOfAbandoning, double serviceLevel, double averageSpeedOfAnswerSeconds, double occupancy,
        int scheduledAgents) {

    /** Validates ranges; the figures come from {@link ErlangA}. */
    public ErlangAResult {
        StaffingChecks.agents(agents);
        StaffingChecks.figure(offeredLoad, "offeredLoad");
        StaffingChecks.probability(probabilityOfWaiting, "probabilityOfWaiting");
        StaffingChecks.probability(probabilityOfAbandoning, "probabilityOfAbandoning");
        StaffingChecks.probability(serviceLevel, "serviceLevel");
        StaffingChecks.figure(averageSpeedOfAnswerSeconds, "averageSpeedOfAnswerSeconds");
        StaffingChecks.probability(occupancy, "occupancy");
        if (scheduledAgents < agents) {
            throw new IllegalArgumentException("The scheduledAgents (" + scheduledAgents
                    + ") must not be fewer than the agents (" + agents + ").");
        }
    }

    /**
     * The average speed of answer of answered calls as a duration, rounded to the nanosecond.
     *
     * @return the ASA
     */
    public Duration averageSpeedOfAnswer() {
        return ErlangFormulas.duration(averageSpeedOfAnswerSeconds);
    }
}
