package dev.cxkit.assist.escalation;

import java.util.List;

/**
 * The answer of an {@link EscalationPolicy}: {@link Stay} or {@link EscalateTo}. Callers
 * {@code switch} over it; nothing is signalled by throwing. Immutable and thread-safe.
 */
public sealed interface EscalationOutcome permits Stay, EscalateTo {

    /**
     * The ids of every criterion that was evaluated, in evaluation order.
     *
     * @return the ids
     */
    List<String> criteriaChecked();

    /**
     * The ids of the criteria that were met, in evaluation order.
     *
     * @return the ids; for {@link Stay}, empty unless the contact is already at the highest tier a
     *     criterion asked for
     */
    List<String> criteriaMet();
}
