package dev.cxkit.assist.escalation;

import java.util.Optional;

import dev.cxkit.core.Tier;

/**
 * One reason to escalate, with a stable id. Implement it to add criteria of your own (register them
 * with {@link EscalationCriteria.Builder#criterion(EscalationCriterion)}); the built-in ones are
 * listed in {@link EscalationCriteria}. Implementations must be stateless or thread-safe, fast and
 * free of side effects: a policy calls every criterion for every decision.
 */
public interface EscalationCriterion {

    /**
     * The id reported in {@link EscalateTo#criteriaMet()}; lowercase and dotted or dashed, such as
     * {@code "attempts"} or {@code "billing.dispute-over-limit"}.
     *
     * @return the id, unique within one {@link EscalationCriteria}
     */
    String id();

    /**
     * Whether this criterion is met, and if so the lowest tier that should handle the contact.
     * Returning a tier that is not above {@link EscalationState#tier()} (typically {@code T3} at
     * {@code T3}) means "met, but there is nowhere higher to go"; the policy then stays and says so.
     *
     * @param state the contact
     * @return the tier the contact needs, or empty if the criterion is not met
     */
    Optional<Tier> requiredTier(EscalationState state);
}
