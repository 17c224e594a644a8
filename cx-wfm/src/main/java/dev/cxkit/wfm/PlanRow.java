package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;

import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One interval of a staffing plan. Intervals that expect no contact (closed, or a forecast of 0)
 * need no agent and have no queue figures. Immutable.
 *
 * @param start the interval's start
 * @param forecastContacts the contacts expected
 * @param forecastLower the lower end of the forecast's prediction interval
 * @param forecastUpper the upper end of the forecast's prediction interval
 * @param averageHandleTime the handle time staffed for, or {@code null} when no contact is expected
 * @param requiredAgents agents needed on the phones (the Erlang answer), ≥ 0
 * @param scheduledHeads heads to schedule so that {@code requiredAgents} remain after shrinkage
 * @param serviceLevel the service level the model expects with {@code requiredAgents}, empty when
 *        no contact is expected
 * @param averageSpeedOfAnswerSeconds the ASA the model expects (Erlang A: of answered calls), empty
 *        when no contact is expected
 * @param occupancy the occupancy the model expects, empty when no contact is expected
 * @param probabilityOfAbandoning Erlang A's share of callers hanging up; empty for Erlang C
 * @param cost {@code scheduledHeads × interval hours × hourly rate}, rounded to the currency's minor
 *        unit (half-even), or {@code null} without a rate
 */
public record PlanRow(Instant start, double forecastContacts, double forecastLower, double forecastUpper,
        @Nullable Duration averageHandleTime, int requiredAgents, int scheduledHeads, OptionalDouble serviceLevel,
        OptionalDouble averageSpeedOfAnswerSeconds, OptionalDouble occupancy, OptionalDouble probabilityOfAbandoning,
        @Nullable Money cost) {

    /** Validates the counts. */
    public PlanRow {
        Checks.notNull(start, "start");
        if (requiredAgents < 0 || scheduledHeads < requiredAgents) {
            throw new IllegalArgumentException("The interval " + start + " needs " + requiredAgents
                    + " agents and schedules " + scheduledHeads + "; need 0 ≤ agents ≤ heads.");
        }
        Checks.notNull(serviceLevel, "serviceLevel");
        Checks.notNull(averageSpeedOfAnswerSeconds, "averageSpeedOfAnswerSeconds");
        Checks.notNull(occupancy, "occupancy");
        Checks.notNull(probabilityOfAbandoning, "probabilityOfAbandoning");
    }
}
