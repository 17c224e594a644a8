package dev.cxkit.core.io.internal;

import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * Signals, inside a reader, that the current record must be rejected. Never escapes a reader; no
 * stack trace is filled in because it is control flow on bad input.
 */
public final class RecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final RejectKind kind;

    /**
     * Creates the signal.
     *
     * @param field the field at fault, or {@code null} for the whole record
     * @param kind the kind of problem
     * @param message what is wrong, in one line
     */
    public RecordException(@Nullable String field, RejectKind kind, String message) {
        super(message, null, false, false);
        this.field = field;
        this.kind = kind;
    }

    /** @return the field at fault, or {@code null} */
    public @Nullable String field() {
        return field;
    }

    /** @return the kind of problem */
    public RejectKind kind() {
        return kind;
    }
}
