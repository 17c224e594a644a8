package dev.cxkit.core.io.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps one CSV record, addressed by column name, to a domain value.
 *
 * @param <T> the domain type
 */
public interface CsvRecordFormat<T> {

    /** The columns every header must have. */
    List<String> requiredColumns();

    /** Every column the format reads; others are ignored with a warning. */
    List<String> knownColumns();

    /**
     * Converts a record.
     *
     * @throws RecordException naming the column if the record must be rejected
     */
    T parse(CsvRow row, ImportSession session);

    /** The value's id if ids must be unique within a source, else {@code null}. */
    @Nullable String uniqueKey(T value);

    /** The name of the id column, for duplicate rejects. */
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
