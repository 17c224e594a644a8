package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of a promise as the source system spells it, for example {@code "p-1"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record PromiseId(String value) implements Comparable<PromiseId> {

    /** Validates the identifier. */
    public PromiseId {
        Checks.identifier(value, "promise id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static PromiseId of(String value) {
        return new PromiseId(value);
    }

    @Override
    public int compareTo(PromiseId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
