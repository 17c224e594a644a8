package dev.cxkit.json;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * JSON text that does not have the shape cxkit expects: not well-formed, or well-formed with a field
 * that is unknown, missing or invalid. The message says what is wrong and, where it helps, how to fix
 * it; it may quote a short, abbreviated part of the input, so do not log it where the input is
 * personal data. Unchecked.
 */
public final class JsonShapeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final boolean wellFormed;

    private JsonShapeException(String message, @Nullable String field, boolean wellFormed) {
        super(message);
        this.field = field;
        this.wellFormed = wellFormed;
    }

    /**
     * A document that is well-formed JSON but has a field that is unknown, missing or invalid.
     *
     * @param field the field at fault (a dotted path for nested fields), or {@code null} for a rule
     *        across fields
     * @param detail what is wrong with it
     * @return the exception
     */
    static JsonShapeException invalid(@Nullable String field, String detail) {
        return new JsonShapeException(field == null ? detail : "field '" + field + "': " + detail, field, true);
    }

    /**
     * A document that is not well-formed JSON, or not a JSON object.
     *
     * @param detail what is wrong, with the line and column where known
     * @return the exception
     */
    static JsonShapeException malformed(String detail) {
        return new JsonShapeException(detail, null, false);
    }

    /**
     * Shortens a value quoted in a message, so that a message never echoes a huge field, with e-mail
     * addresses and phone numbers masked and invisible characters escaped: the one function cxkit
     * uses for every value it quotes ({@code Checks.abbreviate}, issue 25 item 10).
     */
    static String abbreviate(String value) {
        return Checks.abbreviate(value);
    }

    /**
     * The field at fault.
     *
     * @return the field's name or dotted path, or {@code null} when the problem is not one field's
     */
    public @Nullable String field() {
        return field;
    }

    /**
     * Whether the text was well-formed JSON (and only its content was wrong).
     *
     * @return {@code false} for text that is not JSON or not one JSON object
     */
    public boolean isWellFormed() {
        return wellFormed;
    }
}
