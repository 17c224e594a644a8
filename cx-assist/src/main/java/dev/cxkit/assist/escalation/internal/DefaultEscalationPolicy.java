package dev.cxkit.assist.escalation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.assist.escalation.ChecklistItem;
import dev.cxkit.assist.escalation.EscalateTo;
import dev.cxkit.assist.escalation.EscalationCriteria;
import dev.cxkit.assist.escalation.EscalationCriterion;
import dev.cxkit.assist.escalation.EscalationOutcome;
import dev.cxkit.assist.escalation.EscalationPolicy;
import dev.cxkit.assist.escalation.EscalationState;
import dev.cxkit.assist.escalation.Stay;
import dev.cxkit.assist.escalation.WarmTransferChecklist;

/** The plain-Java {@link EscalationPolicy}: evaluate every criterion, go to the highest tier asked for. */
public final class DefaultEscalationPolicy implements EscalationPolicy {

    private static final String SUMMARY_TEXT =
            "Write down what was tried and what it gave, so the receiving agent starts from there.";

    private final EscalationCriteria criteria;
    private final List<EscalationCriterion> active;

    /**
     * Creates a policy.
     *
     * @param criteria the criteria
     */
    public DefaultEscalationPolicy(EscalationCriteria criteria) {
        this.criteria = Checks.notNull(criteria, "criteria");
        this.active = criteria.criteria();
    }

    @Override
    public EscalationCriteria criteria() {
        return criteria;
    }

    @Override
    public EscalationOutcome decide(EscalationState state) {
        Checks.notNull(state, "state");
        List<String> checked = new ArrayList<>();
        List<String> metAbove = new ArrayList<>();
        List<String> metAtTop = new ArrayList<>();
        Tier target = state.tier();
        for (EscalationCriterion criterion : active) {
            checked.add(criterion.id());
            Optional<Tier> required = criterion.requiredTier(state);
            if (required == null) {
                throw new IllegalStateException("The escalation criterion (" + criterion.id()
                        + ") returned null; it must return Optional.empty() when not met.");
            }
            if (required.isEmpty()) {
                continue;
            }
            Tier tier = required.get();
            if (tier.isAbove(state.tier())) {
                metAbove.add(criterion.id());
                if (tier.isAbove(target)) {
                    target = tier;
                }
            } else {
                metAtTop.add(criterion.id());
            }
        }
        if (metAbove.isEmpty()) {
            String reason = metAtTop.isEmpty() ? "No escalation criterion is met at " + state.tier() + "."
                    : "Criteria " + metAtTop + " are met, but no tier above " + state.tier()
                            + " handles them; resolve at " + state.tier() + ".";
            return new Stay(checked, metAtTop, reason);
        }
        List<ChecklistItem> items = new ArrayList<>();
        items.add(new ChecklistItem(ChecklistItem.HANDOFF_SUMMARY, SUMMARY_TEXT, MistakeCode.MISSING_HANDOFF_SUMMARY,
                state.hasHandoffSummary() ? ChecklistItem.Status.DONE : ChecklistItem.Status.MISSING));
        items.addAll(criteria.checklist());
        return new EscalateTo(state.tier(), target, metAbove, checked, new WarmTransferChecklist(items));
    }

    @Override
    public String toString() {
        return "EscalationPolicy[" + criteria + "]";
    }
}
