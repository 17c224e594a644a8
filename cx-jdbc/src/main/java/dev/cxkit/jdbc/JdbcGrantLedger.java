package dev.cxkit.jdbc;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.jdbc.internal.DecisionRows;
import dev.cxkit.jdbc.internal.GrantRows;
import dev.cxkit.jdbc.internal.Transactor;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.RecordingGrantLedger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The grant ledger on the database: what each customer received and each agent granted, summed over
 * a cap's period. As a {@link GrantLedger} it only reads (the engine asks it when a request does not
 * state its granted amounts); {@link #decideAndRecord} decides a grant and records it in one
 * transaction, so that concurrent grants never together exceed a cap; {@link #record} adds a grant
 * made outside the engine, such as one a team lead approved. Get it from {@link CxDatabase#grants()}.
 *
 * <p>Instants are kept at microsecond precision: a grant is in the window {@code (after, upTo]} when
 * its instant truncated to microseconds is. Amounts are exact. Thread-safe.
 */
public final class JdbcGrantLedger implements RecordingGrantLedger {

    private final Transactor tx;
    private final InstantSource clock;

    JdbcGrantLedger(Transactor tx, InstantSource clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Decides a grant and, if it is allowed, records it, in one transaction that first locks the
     * customer and the agent.
     *
     * <p>In order: lock the customer's row and then the agent's row in {@code cx_grant_lock}
     * ({@code SELECT ... FOR UPDATE}, created on first use); if the request id was decided before,
     * return that first decision and change nothing; otherwise {@linkplain PolicyEngine#stamp stamp} the
     * request with the engine's clock (a request whose {@code at} is further from it than the engine's
     * tolerance is refused), decide with the engine's current policy, the granted amounts summed in
     * this transaction over the deciding rule's period ending at the engine's instant; write the
     * decision to the decision log; if it is {@link Allowed} and the amount is money, record the grant
     * at the engine's instant; commit. The request's own {@code at} never places a grant or a window:
     * back- or forward-dated requests cannot escape a cap. Because every grant for a customer or by an agent holds that row's lock from the sum to
     * the commit, two concurrent grants against the same cap are serialised, and the second sees the
     * first: together they never exceed it. At READ COMMITTED each statement after the lock sees every
     * grant committed before the lock was granted. A database failure rolls everything back: then
     * neither the grant nor the decision was recorded, and the caller may retry with the same request id.
     *
     * <p>The decision is written by this method, inside the transaction, to this database's
     * decision log; the engine's own {@link dev.cxkit.rules.spi.DecisionLog} is not called, so a
     * grant is never logged twice. Percent actions have no caps; an allowed discount is logged but
     * not recorded as a grant.
     *
     * @param engine supplies the current policy (read once)
     * @param request the grant request; its granted amounts must be {@code null} (the ledger is the
     *     source of truth); its request id, if set, makes a retry count once
     * @return the decision; for a repeated request id, the first decision
     * @throws IllegalArgumentException if the request states granted amounts, its instant is outside
     *     the engine's tolerance, or its request id was used before for a different customer, agent,
     *     action or amount
     * @throws CxStorageException if the database fails; nothing was recorded
     * @throws dev.cxkit.rules.PolicyEvaluationException if the policy fails; nothing was recorded
     */
    @Override
    public Decision decideAndRecord(PolicyEngine engine, DecisionRequest request) {
        Checks.notNull(engine, "engine");
        Checks.notNull(request, "request");
        if (request.grantedToCustomer() != null || request.grantedByAgent() != null) {
            throw new IllegalArgumentException("The request " + describe(request) + " states granted amounts (customer "
                    + request.grantedToCustomer() + ", agent " + request.grantedByAgent()
                    + ").\nMaybe leave them null: decideAndRecord sums the ledger itself, under a lock.");
        }
        Policy policy = engine.policy();
        String requestId = request.requestId();
        return tx.inTransaction(() -> "decide and record the grant " + describe(request), c -> {
            GrantRows.lock(c, request.customerId(), request.agentId());
            if (requestId != null) {
                LoggedDecision first = DecisionRows.findGrant(c, requestId);
                if (first != null) {
                    requireSameGrant(first.request(), request);
                    return first.decision();
                }
            }
            DecisionRequest live = engine.stamp(request);
            Decision decision = policy.decide(live, GrantRows.on(c));
            long decisionId;
            try {
                decisionId = DecisionRows.insert(c, live, decision, clock.instant(), requestId);
            } catch (SQLException e) {
                if (GrantRows.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalArgumentException("The request id (" + requestId
                            + ") was used for another customer's grant at the same moment.\n"
                            + "Maybe request ids are reused across customers?", e);
                }
                throw e;
            }
            if (decision instanceof Allowed && request.amount() instanceof Money money) {
                GrantRows.insert(c, requestId, decisionId, live.agentId(), live.customerId(), live.action(),
                        money, live.at());
            }
            return decision;
        });
    }

    /**
     * Records a grant made outside {@link #decideAndRecord}, for example after a team lead approved a
     * {@link dev.cxkit.rules.NeedsApproval} decision. Does not check any cap.
     *
     * @param agent who granted
     * @param customer who received
     * @param action what was granted; a money action
     * @param amount how much, not negative
     * @param at when
     * @param requestId the id that makes a retry count once, or {@code null}
     * @return {@code true} if recorded, {@code false} if a grant with this request id already was
     * @throws IllegalArgumentException if the amount is negative or the action is a percent action
     * @throws CxStorageException if the database fails
     */
    public boolean record(AgentId agent, CustomerId customer, Action action, Money amount, Instant at,
            @Nullable String requestId) {
        Checks.notNull(agent, "agent");
        Checks.notNull(customer, "customer");
        Checks.notNull(action, "action");
        Checks.notNull(amount, "amount");
        Checks.notNull(at, "at");
        if (requestId != null) {
            Checks.identifier(requestId, "requestId");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The recorded grant amount (" + amount + ") is negative.");
        }
        if (action.isPercent()) {
            throw new IllegalArgumentException("The action " + action
                    + " is a percent action; it has no cumulative caps, so its grants are not recorded.");
        }
        return tx.inTransaction(() -> "record the grant of " + action + " " + amount + " to " + customer, c -> {
            try {
                GrantRows.insert(c, requestId, null, agent, customer, action, amount, at);
                return true;
            } catch (SQLException e) {
                if (requestId != null && GrantRows.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /**
     * {@inheritDoc} Reads committed grants on a pooled connection, without locks.
     *
     * @throws CxStorageException if the database fails
     */
    @Override
    public Money grantedToCustomer(CustomerId customer, Action action, Currency currency, Instant after, Instant upTo) {
        return tx.read(() -> "sum the grants to " + customer,
                c -> GrantRows.sum(c, "customer_id", customer.value(), action, currency, after, upTo));
    }

    /**
     * {@inheritDoc} Reads committed grants on a pooled connection, without locks.
     *
     * @throws CxStorageException if the database fails
     */
    @Override
    public Money grantedByAgent(AgentId agent, Action action, Currency currency, Instant after, Instant upTo) {
        return tx.read(() -> "sum the grants by " + agent,
                c -> GrantRows.sum(c, "agent_id", agent.value(), action, currency, after, upTo));
    }

    private static void requireSameGrant(DecisionRequest first, DecisionRequest retry) {
        if (!first.customerId().equals(retry.customerId()) || !first.agentId().equals(retry.agentId())
                || first.action() != retry.action() || !first.amount().equals(retry.amount())) {
            throw new IllegalArgumentException("The request id (" + retry.requestId() + ") was first used for "
                    + describe(first) + ", not " + describe(retry)
                    + ".\nMaybe give each new grant its own request id?");
        }
    }

    private static String describe(DecisionRequest r) {
        return (r.requestId() == null ? "" : r.requestId() + ": ") + r.action() + " of " + r.amount() + " to customer "
                + r.customerId() + " by agent " + r.agentId();
    }
}
