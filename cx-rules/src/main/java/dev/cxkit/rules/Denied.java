package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import java.util.List;

/**
 * The request may not be granted: it is above every limit, the action is not allowed for this tier
 * or segment, no rule covers its currency, or no rule matched at all (default deny).
 *
 * @param reason why, naming the limit or the missing rule; no personal data
 * @param firedRules the ids of the rules that decided, see {@link Decision#firedRules()}; empty for
 *     a default deny
 * @param policyVersion the version of the deciding policy
 */
public record Denied(String reason, List<String> firedRules, String policyVersion) implements Decision {

    /** Validates and copies the list. */
    public Denied {
        Checks.notNull(reason, "reason");
        firedRules = List.copyOf(Checks.notNull(firedRules, "firedRules"));
        Checks.identifier(policyVersion, "policy version");
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link Decision.Outcome#DENIED}
     */
    @Override
    public Decision.Outcome outcome() {
        return Decision.Outcome.DENIED;
    }
}
