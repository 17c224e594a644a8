package dev.cxkit.core.io.internal;

import dev.cxkit.core.io.FormulaEscaping;
import dev.cxkit.core.io.RejectKind;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One CSV record with access by column name; an empty cell or an absent column is {@code null}. */
public final class CsvRow {

    private final Map<String, Integer> columns;
    private final List<String> values;

    CsvRow(Map<String, Integer> columns, List<String> values) {
        this.columns = columns;
        this.values = values;
    }

    /**
     * The cell of a column, or {@code null} if the column is absent or the cell is empty. The
     * apostrophe that formula escaping puts in front of {@code = + - @} is removed
     * ({@link FormulaEscaping#unescape(String)}), so that what cxkit writes reads back unchanged.
     */
    public @Nullable String get(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = values.get(index);
        if (value.isEmpty()) {
            return null;
        }
        return value.charAt(0) == '\'' ? FormulaEscaping.unescape(value) : value;
    }

    /** A required non-empty cell. */
    public String required(String column) {
        String value = get(column);
        if (value == null) {
            throw new RecordException(column, RejectKind.MISSING_FIELD, "required column is empty");
        }
        return value;
    }

    /** A required cell converted by a domain factory. */
    public <T> T required(String column, Function<String, T> factory) {
        return Values.domain(column, required(column), factory);
    }

    /** An optional cell converted by a domain factory, or {@code null}. */
    public <T> @Nullable T optional(String column, Function<String, T> factory) {
        String value = get(column);
        return value == null ? null : Values.domain(column, value, factory);
    }
}
