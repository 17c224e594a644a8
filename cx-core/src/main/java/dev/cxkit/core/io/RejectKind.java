package dev.cxkit.core.io;

/** Why a record was rejected, coarsely; {@link ImportReport#rejectsByKind()} counts rejects per kind. */
public enum RejectKind {
    /** The physical line (or CSV record) is longer than {@link ImportOptions#maxLineBytes()}. */
    TOO_LONG,
    /** The bytes are not valid UTF-8. */
    ENCODING,
    /** The line is not well-formed JSON or CSV (including JSON nested too deeply). */
    MALFORMED,
    /** A required field or column is absent or empty. */
    MISSING_FIELD,
    /** A field has the wrong JSON type, for example a string where a number is expected. */
    WRONG_TYPE,
    /** A field has the right type but an unacceptable value (unknown enum, instant without zone, negative duration). */
    INVALID_VALUE,
    /** The values are individually fine but inconsistent, for example an end before its start. */
    INCONSISTENT,
    /** The record's id was already seen earlier in the same source. */
    DUPLICATE_ID,
    /** A CSV record has a different number of columns than the header. */
    COLUMN_COUNT
}
