package dev.cxkit.assist.promise;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.internal.Checks;

/**
 * The promise as proposed would be broken; promise this instead. The adjusted due instant is never
 * earlier than {@link PromiseFacts#requestedDueBy()}.
 *
 * @param dueBy the realistic due instant
 * @param within the realistic duration in the rule's {@link PromiseClock} ("2 minutes", "2 business
 *     hours", "5 business days"), rounded up as the rule says
 * @param reason why, in one sentence
 * @param facts the facts used
 */
public record AdjustTo(Instant dueBy, Duration within, String reason, PromiseFacts facts) implements PromiseVerdict {

    /** Validates the fields. */
    public AdjustTo {
        Checks.notNull(dueBy, "dueBy");
        Checks.notNull(within, "within");
        if (Checks.notNull(reason, "reason").isBlank()) {
            throw new IllegalArgumentException("The reason must not be blank.");
        }
        Checks.notNull(facts, "facts");
    }
}
