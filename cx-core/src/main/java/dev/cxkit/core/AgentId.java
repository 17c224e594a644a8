package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of an agent as the source system spells it, for example {@code "a-1"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record AgentId(String value) implements Comparable<AgentId> {

    /** Validates the identifier. */
    public AgentId {
        Checks.identifier(value, "agent id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static AgentId of(String value) {
        return new AgentId(value);
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
