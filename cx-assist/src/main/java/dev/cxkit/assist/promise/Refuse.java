package dev.cxkit.assist.promise;

import dev.cxkit.core.internal.Checks;

/**
 * No realistic version of this promise may be made: it would pass the rule's maximum or the guard's
 * horizon, or it must be kept in calendar time while the team is closed.
 *
 * @param reason why, in one sentence, with a hint at what to offer instead
 * @param facts the facts used
 */
public record Refuse(String reason, PromiseFacts facts) implements PromiseVerdict {

    /** Validates the fields. */
    public Refuse {
        if (Checks.notNull(reason, "reason").isBlank()) {
            throw new IllegalArgumentException("The reason must not be blank.");
        }
        Checks.notNull(facts, "facts");
    }
}
