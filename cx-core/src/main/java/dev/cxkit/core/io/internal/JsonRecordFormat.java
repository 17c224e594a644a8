package dev.cxkit.core.io.internal;

import java.util.List;
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

    /**
     * The fields whose absence the import report counts ({@code ImportReport.notRecorded()}), in
     * report order; none by default.
     */
    default List<String> factFields() {
        return List.of();
    }

    /**
     * Counts, for an accepted value, each fact field it does not carry with
     * {@code session.countNotRecorded(index)}, the index into {@link #factFields()}.
     */
    default void countNotRecorded(T value, ImportSession session) {
        // No facts by default.
    }
}
