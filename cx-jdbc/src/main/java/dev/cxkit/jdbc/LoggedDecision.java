package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import java.time.Instant;

/**
 * One decision as the decision log holds it: the request as it was asked (instants at microsecond
 * precision), the decision as it was answered, and when it was written. Immutable.
 *
 * @param id the storage id, increasing in the order decisions were written
 * @param request what was asked
 * @param decision what was decided
 * @param recordedAt when the log wrote it, from the database's {@link java.time.InstantSource}
 * @param viaLedger {@code true} if it was made by {@link JdbcGrantLedger#decideAndRecord}, which
 *     records the grant in the same transaction
 */
public record LoggedDecision(long id, DecisionRequest request, Decision decision, Instant recordedAt,
        boolean viaLedger) {

    /** Validates the fields. */
    public LoggedDecision {
        Checks.notNull(request, "request");
        Checks.notNull(decision, "decision");
        Checks.notNull(recordedAt, "recordedAt");
    }
}
