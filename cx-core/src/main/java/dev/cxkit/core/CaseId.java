package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The identifier of a case as the source system spells it, for example {@code "k-1"}.
 *
 * <p>Non-blank, at most {@value Checks#MAX_ID_LENGTH} characters, no control characters. Immutable.
 *
 * @param value the identifier
 */
public record CaseId(String value) implements Comparable<CaseId> {

    /** Validates the identifier. */
    public CaseId {
        Checks.identifier(value, "case id");
    }

    /**
     * Creates an identifier.
     *
     * @param value the identifier
     * @return the identifier
     * @throws IllegalArgumentException if {@code value} is blank, too long or holds a control character
     */
    public static CaseId of(String value) {
        return new CaseId(value);
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    /** Returns the identifier itself, so that ids print naturally in messages. */
    @Override
    public String toString() {
        return value;
    }
}
