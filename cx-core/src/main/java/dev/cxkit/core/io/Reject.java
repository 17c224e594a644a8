package dev.cxkit.core.io;

import dev.cxkit.core.internal.Checks;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * One record a reader could not accept: where it was and why. Messages never echo a long value
 * (values are abbreviated to 64 characters). Immutable.
 *
 * @param source the source name, usually the file name
 * @param line the 1-based physical line on which the record starts
 * @param field the field or column at fault, or {@code null} if the whole record is at fault
 * @param kind the kind of problem
 * @param message what is wrong, in one line
 */
public record Reject(String source, long line, @Nullable String field, RejectKind kind, String message)
        implements Serializable {

    /** Validates the fields. */
    public Reject {
        Checks.notNull(source, "source");
        Checks.notNull(kind, "kind");
        Checks.notNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("The line (" + line + ") of a reject must be at least 1.");
        }
    }

    /**
     * Formats the reject like a compiler message.
     *
     * @return for example {@code interactions.jsonl:12: field 'queuedAt': expected …}
     */
    @Override
    public String toString() {
        return source + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + message;
    }
}
