package dev.cxkit.jdbc.internal;

import dev.cxkit.jdbc.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A keyset-paged query with optional filters: each set filter adds {@code AND condition} and its
 * parameter; the page reads one row past the limit to tell whether another page follows. Values are
 * always bound as parameters, never spliced into the SQL. Not thread-safe; one per query.
 */
public final class Filter {

    /**
     * Reads one row.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface RowReader<T> {
        /**
         * Reads the current row.
         *
         * @param rs the result set on the row
         * @return the value
         * @throws SQLException if reading fails
         */
        T read(ResultSet rs) throws SQLException;
    }

    private final StringBuilder sql;
    private final List<Object> parameters = new ArrayList<>();

    /**
     * Starts a query whose first condition is the keyset cursor.
     *
     * @param select {@code SELECT ... WHERE <id> > ?}
     * @param after the cursor
     */
    public Filter(String select, long after) {
        this.sql = new StringBuilder(select);
        parameters.add(after);
    }

    /**
     * Adds {@code column = value} if the value is set.
     *
     * @param column the column
     * @param value the value, or {@code null} to add nothing
     */
    public void equal(String column, @Nullable String value) {
        if (value != null) {
            and(column + " = ?", value);
        }
    }

    /**
     * Adds a condition with one parameter.
     *
     * @param condition SQL with one {@code ?}
     * @param value the parameter
     */
    public void and(String condition, Object value) {
        sql.append(" AND ").append(condition);
        parameters.add(value);
    }

    /**
     * Adds {@code from <= column < to} for the bounds that are set.
     *
     * @param column a timestamp column
     * @param from inclusive start, or {@code null}
     * @param to exclusive end, or {@code null}
     */
    public void range(String column, @Nullable Instant from, @Nullable Instant to) {
        if (from != null) {
            and(column + " >= ?", from);
        }
        if (to != null) {
            and(column + " < ?", to);
        }
    }

    /**
     * Runs the query ordered by the key and reads one page.
     *
     * @param c the connection
     * @param key the key column, the same the cursor compares
     * @param limit the page size
     * @param reader reads one row
     * @param <T> the result type
     * @return the page
     * @throws SQLException if the query fails
     */
    public <T> Page<T> page(Connection c, String key, int limit, RowReader<T> reader) throws SQLException {
        sql.append(" ORDER BY ").append(key).append(" LIMIT ?");
        parameters.add(limit + 1);
        List<T> items = new ArrayList<>(Math.min(limit, 128));
        Long next = null;
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                Object p = parameters.get(i);
                if (p instanceof Instant at) {
                    Columns.setInstant(s, i + 1, at);
                } else {
                    s.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                long lastKey = 0;
                while (rs.next()) {
                    if (items.size() == limit) {
                        next = lastKey;
                        break;
                    }
                    items.add(reader.read(rs));
                    lastKey = rs.getLong(1);
                }
            }
        }
        return new Page<>(items, next);
    }
}
