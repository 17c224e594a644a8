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
     * {@inheritDoc} Built from the fired rules and the headroom, for example "Within the limits of
     * rule refund-t1: 10.00 EUR left of what may be granted alone; 110.00 EUR left under the
     * customer's period cap."; a rule that scaled the limits is named after the deciding one.
     *
     * @return the reason
     */
    @Override
    public String reason() {
        StringBuilder text = new StringBuilder("Within the limits of ");
        text.append(firedRules.isEmpty() ? "the policy" : "rule " + firedRules.get(0));
        if (firedRules.size() > 1) {
            text.append(" (scaled by ").append(String.join(", ", firedRules.subList(1, firedRules.size()))).append(')');
        }
        String separator = ": ";
        for (Headroom h : headroom) {
            text.append(separator).append(h.remaining()).append(" left ").append(switch (h.cap()) {
                case PER_REQUEST -> "of what may be granted alone";
                case CUSTOMER_PERIOD -> "under the customer's period cap";
                case AGENT_PERIOD -> "under the agent's period cap";
            });
            separator = "; ";
        }
        return text.append('.').toString();
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
