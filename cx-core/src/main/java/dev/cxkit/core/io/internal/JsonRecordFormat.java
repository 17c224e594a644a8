package dev.cxkit.core.io.internal;

import org.jspecify.annotations.Nullable;

/**
 * Maps one JSON Lines object to a domain value.
 *
 * @param <T> the domain type
 */
public interface JsonRecordFormat<T> {

    /**
     * Converts a parsed line.
     *
     * @throws RecordException naming the field if the record must be rejected
     */
    T parse(JsonObject root, ImportSession session);

    /** The value's id if ids must be unique within a source, else {@code null}. */
    @Nullable String uniqueKey(T value);

    /** The name of the id field, for duplicate rejects. */
    String keyField();
}
