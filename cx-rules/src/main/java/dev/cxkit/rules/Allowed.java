package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import java.util.List;

/**
 * The agent may grant the request on their own authority.
 *
 * @param headroom what is left under each cap that applied, after this request
 * @param firedRules the ids of the rules that decided, see {@link Decision#firedRules()}
 * @param policyVersion the version of the deciding policy
 */
public record Allowed(List<Headroom> headroom, List<String> firedRules, String policyVersion) implements Decision {

    /** Validates and copies the lists. */
    public Allowed {
        headroom = List.copyOf(Checks.notNull(headroom, "headroom"));
        firedRules = List.copyOf(Checks.notNull(firedRules, "firedRules"));
        Checks.identifier(policyVersion, "policy version");
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link Decision.Outcome#ALLOWED}
     */
    @Override
    public Decision.Outcome outcome() {
        return Decision.Outcome.ALLOWED;
    }
}
