package dev.cxkit.core;

import java.time.LocalDate;
import java.time.Period;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An agent: who handles contacts, in which team and tier, employed from when to when (for attrition
 * and tenure). Immutable.
 *
 * @param id the agent's id
 * @param team the agent's team
 * @param tier the agent's tier
 * @param hiredOn first working day
 * @param leftOn last working day, or {@code null} while employed
 */
public record Agent(AgentId id, TeamId team, Tier tier, LocalDate hiredOn, @Nullable LocalDate leftOn) {

    /** Validates required fields and that the agent did not leave before being hired. */
    public Agent {
        Checks.notNull(id, "agent id");
        Checks.notNull(team, "team");
        Checks.notNull(tier, "tier");
        Checks.notNull(hiredOn, "hiredOn");
        if (leftOn != null && leftOn.isBefore(hiredOn)) {
            throw new IllegalArgumentException("The leftOn (" + leftOn + ") of agent (" + id
                    + ") is before its hiredOn (" + hiredOn + ").");
        }
    }

    /**
     * Whether the agent was employed on a day.
     *
     * @param day the day
     * @return {@code true} if hired on or before {@code day} and not left before it
     */
    public boolean isEmployedOn(LocalDate day) {
        return !hiredOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    /**
     * Tenure on a day: from hire to {@code asOf}, or to the leaving day if earlier.
     *
     * @param asOf the day to measure at
     * @return the tenure, {@link Period#ZERO} before the hire date
     */
    public Period tenure(LocalDate asOf) {
        LocalDate end = leftOn != null && leftOn.isBefore(asOf) ? leftOn : asOf;
        return end.isBefore(hiredOn) ? Period.ZERO : Period.between(hiredOn, end);
    }
}
