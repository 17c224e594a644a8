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
    T parse(CsvRow row);

    /** The value's id if ids must be unique within a source, else {@code null}. */
    @Nullable String uniqueKey(T value);

    /** The name of the id column, for duplicate rejects. */
    String keyField();
}
