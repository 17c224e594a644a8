package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query's results, oldest first (in the order they were stored), and where the next
 * page starts. Pass {@link #next()} to the query's {@code after(...)} to read on; it is {@code null}
 * on the last page. Immutable.
 *
 * @param items the results on this page, at most the query's limit
 * @param next the storage id after which the next page starts, or {@code null} if there is no more
 * @param <T> the result type
 */
public record Page<T>(List<T> items, @Nullable Long next) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(Checks.notNull(items, "items"));
    }

    /**
     * Whether another page follows.
     *
     * @return {@code true} if {@link #next()} is set
     */
    public boolean hasMore() {
        return next != null;
    }
}
