package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of an interaction as the source system spells it, for example {@code "i-1"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record InteractionId(String value) implements Comparable<InteractionId> {

    /** Validates the identifier. */
    public InteractionId {
        Checks.identifier(value, "interaction id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static InteractionId of(String value) {
        return new InteractionId(value);
    }

    @Override
    public int compareTo(InteractionId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
