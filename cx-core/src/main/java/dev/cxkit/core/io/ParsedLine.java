package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;

/**
 * What one JSON Lines record parsed on its own came to: the value, or the reject that says why
 * not. Returned by {@link InteractionReader#parseLine(String, String)} for sources that deliver
 * records one at a time (a Kafka topic, a Flink stream), where a reject is data to count or route,
 * not an exception.
 *
 * @param <T> the record type, for example {@link dev.cxkit.core.Interaction}
 */
public sealed interface ParsedLine<T> permits ParsedLine.Accepted, ParsedLine.Rejected {

    /**
     * The record was accepted.
     *
     * @param <T> the record type
     * @param value the parsed record
     */
    record Accepted<T>(T value) implements ParsedLine<T> {

        /** Validates the value. */
        public Accepted {
            Checks.notNull(value, "value");
        }
    }

    /**
     * The record was rejected.
     *
     * @param <T> the record type the line did not become
     * @param reject why, with the source name and line 1
     */
    record Rejected<T>(Reject reject) implements ParsedLine<T> {

        /** Validates the reject. */
        public Rejected {
            Checks.notNull(reject, "reject");
        }
    }
}
