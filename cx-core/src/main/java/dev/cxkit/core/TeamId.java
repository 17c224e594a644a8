package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of a team as the source system spells it, for example {@code "billing"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record TeamId(String value) implements Comparable<TeamId> {

    /** Validates the identifier. */
    public TeamId {
        Checks.identifier(value, "team id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static TeamId of(String value) {
        return new TeamId(value);
    }

    @Override
    public int compareTo(TeamId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
