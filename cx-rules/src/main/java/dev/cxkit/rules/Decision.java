package dev.cxkit.rules;

import java.util.List;

/**
 * The answer of a policy to a {@link DecisionRequest}. Callers {@code switch} over the three
 * outcomes; nothing is signalled by throwing.
 *
 * <p>Every decision carries the ids of the rules that decided it (the winning matrix row or DRL rule
 * first, then any rule that adjusted its limits) and the version of the policy that decided it, so
 * that it can be audited later. Rules that matched but were overridden by a more specific rule are
 * not listed. Immutable and thread-safe.
 */
public sealed interface Decision permits Allowed, NeedsApproval, Denied {

    /**
     * The ids of the rules that decided this outcome, in order of precedence.
     *
     * @return rule ids; empty only for a default deny
     */
    List<String> firedRules();

    /**
     * Why, in one sentence an agent can read: for {@link Allowed}, the deciding rule and what is left
     * under each limit; for {@link NeedsApproval} and {@link Denied}, the limit that was exceeded or
     * the rule that said so. No personal data: amounts, actions, tiers, periods and rule ids only.
     *
     * @return the reason, never null
     */
    String reason();

    /**
     * The version of the policy that decided.
     *
     * @return the policy version, as {@link Policy#version()} reports it
     */
    String policyVersion();

    /**
     * Which of the three outcomes this is, for code that maps outcomes to names, metrics tags or
     * database columns without an {@code instanceof} chain.
     *
     * @return the outcome
     */
    Outcome outcome();

    /** The three outcomes of a decision; the names are the ones cxkit writes in JSON, logs and tables. */
    enum Outcome {
        /** {@link Allowed}: the agent may go ahead. */
        ALLOWED,
        /** {@link NeedsApproval}: someone with a higher role must approve. */
        NEEDS_APPROVAL,
        /** {@link Denied}: nobody may grant it under this policy. */
        DENIED
    }
}
