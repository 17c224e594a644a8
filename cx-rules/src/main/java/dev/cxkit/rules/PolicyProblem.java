package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;

/**
 * One thing wrong with a policy source, found when compiling it. Immutable.
 *
 * @param source the name of the {@link PolicySource}
 * @param line the 1-based line in the source, or 0 if unknown
 * @param column the 1-based column (for a CSV: the field number, counting from 1), or 0 if unknown
 * @param message what is wrong, naming the offending value; for DRL, Drools' own message
 */
public record PolicyProblem(String source, int line, int column, String message) {

    /** Validates the fields. */
    public PolicyProblem {
        Checks.notNull(source, "source");
        Checks.notNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("The line (" + line + ") and column (" + column
                    + ") of a policy problem must not be negative.");
        }
    }

    /** Returns {@code "authority.csv:3:5: message"}, the form compilers use. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + message;
    }
}
