package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * One thing wrong with a policy source, found when compiling it. Immutable.
 *
 * @param source the name of the {@link PolicySource}
 * @param line the 1-based line in the source, or 0 if unknown
 * @param column the 1-based column (for a CSV: the field number, counting from 1), or 0 if unknown
 * @param message what is wrong, naming the offending value, then any "Maybe …" hint; for DRL,
 *     Drools' own message. Always one line: line breaks and the white space around them become one
 *     space, so that each problem prints as one {@code source:line:column: message} line.
 */
public record PolicyProblem(String source, int line, int column, String message) {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** Validates the fields and puts the message on one line. */
    public PolicyProblem {
        Checks.notNull(source, "source");
        Checks.notNull(message, "message");
        message = LINE_BREAK.matcher(message.strip()).replaceAll(" ");
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
