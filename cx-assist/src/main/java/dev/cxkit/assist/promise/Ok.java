package dev.cxkit.assist.promise;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;

/**
 * The promise can be kept as proposed.
 *
 * @param dueBy the instant it falls due
 * @param facts the facts used
 */
public record Ok(Instant dueBy, PromiseFacts facts) implements PromiseVerdict {

    /** Validates the fields. */
    public Ok {
        Checks.notNull(dueBy, "dueBy");
        Checks.notNull(facts, "facts");
    }
}
