package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The checks that {@link DecisionQuery} and {@link FindingQuery} share: time range, cursor, page size. */
final class QueryChecks {

    private QueryChecks() {
    }

    static void range(@Nullable Instant from, @Nullable Instant to, long after, int limit, int maxLimit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The query's from (" + from + ") is after its to (" + to
                    + ").\nMaybe the two were swapped?");
        }
        if (after < 0) {
            throw new IllegalArgumentException("The query's after (" + after
                    + ") is negative; use 0 for the first page or Page.next() for the following ones.");
        }
        Checks.inRange(limit, 1, maxLimit, "limit", "the query");
    }
}
