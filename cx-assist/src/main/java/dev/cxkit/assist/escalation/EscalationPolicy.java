package dev.cxkit.assist.escalation;

import dev.cxkit.assist.escalation.internal.DefaultEscalationPolicy;

/**
 * Decides whether a contact stays at its tier or escalates, and to which tier.
 *
 * <p>Every criterion of the {@link EscalationCriteria} is evaluated. Those that ask for a tier above
 * the current one are met; the target is the highest tier among them. If none asks for a higher tier
 * the answer is {@link Stay}; at {@code T3} it is always {@link Stay}, naming the criteria that were
 * met with nowhere higher to go. An {@link EscalateTo} carries a {@link WarmTransferChecklist} whose
 * first item is the summary of what was tried: {@link ChecklistItem.Status#DONE} if the state has a
 * non-blank {@link EscalationState#handoffSummary()}, else {@link ChecklistItem.Status#MISSING} and
 * the escalation is not ready.
 *
 * <p>Implementations are immutable and thread-safe. Decisions are plain Java (tens of nanoseconds
 * per criterion), so no rule engine is involved; see the package documentation for why.
 */
public interface EscalationPolicy {

    /**
     * A policy over the given criteria.
     *
     * @param criteria the criteria
     * @return the policy
     */
    static EscalationPolicy of(EscalationCriteria criteria) {
        return new DefaultEscalationPolicy(criteria);
    }

    /**
     * A policy over {@link EscalationCriteria#ofDefaults()}.
     *
     * @return the policy
     */
    static EscalationPolicy ofDefaults() {
        return of(EscalationCriteria.ofDefaults());
    }

    /**
     * The criteria this policy evaluates.
     *
     * @return the criteria
     */
    EscalationCriteria criteria();

    /**
     * Decides whether the contact stays or escalates.
     *
     * @param state the contact
     * @return {@link Stay} or {@link EscalateTo}
     * @throws IllegalArgumentException if the value at stake is in a currency other than the
     *     authority limits'
     */
    EscalationOutcome decide(EscalationState state);
}
