package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.jdbc.internal.DecisionRows;
import dev.cxkit.jdbc.internal.Transactor;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.spi.DecisionLog;
import java.time.InstantSource;

/**
 * The decision log on the database: every decision is committed before {@link #record} returns, so a
 * decision the caller saw is never lost, and can be found again by customer, agent, rule and time
 * range ({@link #find(DecisionQuery)}). Stores the request's ids and facts (agent, tier, action,
 * amount, customer, segment, channel, instant, request id, flags, stated granted amounts) and the
 * decision (outcome, approver role, reason, headroom, fired rules, policy version): no personal data.
 * Get it from {@link CxDatabase#decisions()}. Thread-safe.
 */
public final class JdbcDecisionLog implements DecisionLog {

    private final Transactor tx;
    private final InstantSource clock;

    JdbcDecisionLog(Transactor tx, InstantSource clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Writes one decision and commits; one transaction of two inserts (the decision and its fired
     * rules).
     *
     * @param request what was asked
     * @param decision what was decided
     * @throws CxStorageException if the database fails: the decision is not logged, and the engine's
     *     {@code decide} fails with this exception rather than answer
     */
    @Override
    public void record(DecisionRequest request, Decision decision) {
        Checks.notNull(request, "request");
        Checks.notNull(decision, "decision");
        tx.inTransaction(() -> "log the decision on " + request.action() + " of " + request.amount() + " for customer "
                + request.customerId(), c -> DecisionRows.insert(c, request, decision, clock.instant(), null));
    }

    /**
     * Reads one page of decisions matching a query, in the order they were written.
     *
     * @param query the filters, cursor and page size
     * @return the page; pass {@link Page#next()} to {@link DecisionQuery.Builder#after(long)} for the next
     * @throws CxStorageException if the database fails
     */
    public Page<LoggedDecision> find(DecisionQuery query) {
        Checks.notNull(query, "query");
        return tx.read(() -> "query the decision log with " + query, c -> DecisionRows.find(c, query));
    }
}
