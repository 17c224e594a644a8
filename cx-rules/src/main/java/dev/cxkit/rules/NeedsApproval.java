package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import java.util.List;

/**
 * The request is above the agent's own authority but within what a more senior role may approve.
 *
 * @param approverRole the role that must approve
 * @param reason why approval is needed, naming the limit that was exceeded; no personal data
 * @param firedRules the ids of the rules that decided, see {@link Decision#firedRules()}
 * @param policyVersion the version of the deciding policy
 */
public record NeedsApproval(ApproverRole approverRole, String reason, List<String> firedRules, String policyVersion)
        implements Decision {

    /** Validates and copies the list. */
    public NeedsApproval {
        Checks.notNull(approverRole, "approverRole");
        Checks.notNull(reason, "reason");
        firedRules = List.copyOf(Checks.notNull(firedRules, "firedRules"));
        Checks.identifier(policyVersion, "policy version");
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link Decision.Outcome#NEEDS_APPROVAL}
     */
    @Override
    public Decision.Outcome outcome() {
        return Decision.Outcome.NEEDS_APPROVAL;
    }
}
