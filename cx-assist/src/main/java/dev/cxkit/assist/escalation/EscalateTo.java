package dev.cxkit.assist.escalation;

import java.util.List;

import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;

/**
 * The contact should go up to {@code target}, because of {@code criteriaMet}, through a warm transfer
 * following {@code checklist}. The target is the highest tier any met criterion asked for.
 *
 * @param from the tier handling the contact now
 * @param target the tier to escalate to; above {@code from}
 * @param criteriaMet the ids of the criteria that asked for a tier above {@code from}; not empty
 * @param criteriaChecked the ids of the criteria evaluated
 * @param checklist what to do for a warm transfer; not ready while the handoff summary is missing
 */
public record EscalateTo(Tier from, Tier target, List<String> criteriaMet, List<String> criteriaChecked,
        WarmTransferChecklist checklist) implements EscalationOutcome {

    /** Validates and copies the lists. */
    public EscalateTo {
        Checks.notNull(from, "from tier");
        Checks.notNull(target, "target tier");
        Checks.notNull(checklist, "checklist");
        criteriaMet = List.copyOf(Checks.notNull(criteriaMet, "criteriaMet"));
        criteriaChecked = List.copyOf(Checks.notNull(criteriaChecked, "criteriaChecked"));
        if (!target.isAbove(from)) {
            throw new IllegalArgumentException("An escalation must go up a tier, but goes from " + from + " to "
                    + target + ".\nMaybe this is a lateral transfer?");
        }
        if (criteriaMet.isEmpty()) {
            throw new IllegalArgumentException("An escalation from " + from + " to " + target
                    + " must name at least one criterion met.");
        }
    }

    /**
     * Whether the transfer may start: the summary of what was tried is written.
     *
     * @return {@code true} if no checklist item is missing
     */
    public boolean isReady() {
        return checklist.isReady();
    }
}
