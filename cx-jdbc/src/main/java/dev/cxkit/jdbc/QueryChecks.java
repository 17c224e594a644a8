package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DecisionQuery} and {@link FindingQuery} share: the page sizes and the checks of the time
 * range, the cursor and the page size. Their public constants are these values, so the two kinds of
 * query cannot page differently.
 */
final class QueryChecks {

    /** The largest page of either query. */
    static final int MAX_LIMIT = 1_000;

    /** The page size of either query when none is set. */
    static final int DEFAULT_LIMIT = 100;

    private QueryChecks() {
    }

    /**
     * Checks the paging part of a query.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}, {@code after} is negative or
     *     {@code limit} is outside 1 to {@link #MAX_LIMIT}
     */
    static void range(@Nullable Instant from, @Nullable Instant to, long after, int limit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The query's from (" + from + ") is after its to (" + to
                    + ").\nMaybe the two were swapped?");
        }
        if (after < 0) {
            throw new IllegalArgumentException("The query's after (" + after
                    + ") is negative; use 0 for the first page or Page.next() for the following ones.");
        }
        Checks.inRange(limit, 1, MAX_LIMIT, "limit", "the query");
    }
}
