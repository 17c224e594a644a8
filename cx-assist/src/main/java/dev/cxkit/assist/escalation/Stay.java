package dev.cxkit.assist.escalation;

import java.util.List;

import dev.cxkit.core.internal.Checks;

/**
 * The contact stays at its tier: no criterion asks for a higher one, or it is already at the top
 * ({@code T3}) and a criterion that was met has nowhere higher to send it.
 *
 * @param criteriaChecked the ids of the criteria evaluated
 * @param criteriaMet the ids of criteria met without a higher tier to go to; usually empty
 * @param reason why the contact stays, in one sentence
 */
public record Stay(List<String> criteriaChecked, List<String> criteriaMet, String reason)
        implements EscalationOutcome {

    /** Validates and copies the lists. */
    public Stay {
        criteriaChecked = List.copyOf(Checks.notNull(criteriaChecked, "criteriaChecked"));
        criteriaMet = List.copyOf(Checks.notNull(criteriaMet, "criteriaMet"));
        Checks.identifier(reason, "reason");
    }
}
