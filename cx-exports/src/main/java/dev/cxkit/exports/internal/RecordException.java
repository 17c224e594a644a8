package dev.cxkit.exports.internal;

import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/** Why one record cannot be accepted; caught by the profile and turned into a reject of that record. */
final class RecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final RejectKind kind;

    RecordException(@Nullable String field, RejectKind kind, String message) {
        super(message, null, false, false);
        this.field = field;
        this.kind = kind;
    }

    @Nullable String field() {
        return field;
    }

    RejectKind kind() {
        return kind;
    }
}
