package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of a customer as the source system spells it, for example {@code "c-1"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    /** Validates the identifier. */
    public CustomerId {
        Checks.identifier(value, "customer id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
