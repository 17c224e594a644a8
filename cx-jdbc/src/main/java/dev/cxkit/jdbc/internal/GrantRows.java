package dev.cxkit.jdbc.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.rules.spi.GrantLedger;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/** Writes and sums rows of {@code cx_grant}, and locks the rows of {@code cx_grant_lock}. */
public final class GrantRows {

    /** SQLState of a unique-constraint violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private static final String SUM = "SELECT SUM(amount) FROM cx_grant WHERE %s = ? AND action = ? AND currency = ? "
            + "AND granted_at > ? AND granted_at <= ?";

    private static final String INSERT = "INSERT INTO cx_grant (request_id, decision_id, customer_id, agent_id, action, "
            + "amount, currency, granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private GrantRows() {
    }

    /**
     * A {@link GrantLedger} that sums on one connection, inside its transaction: what decideAndRecord
     * hands the policy once it holds the customer's and the agent's lock.
     *
     * @param c the connection
     * @return a ledger valid while the transaction lasts; not thread-safe
     */
    public static GrantLedger on(Connection c) {
        return new GrantLedger() {
            @Override
            public Money grantedToCustomer(CustomerId customer, Action action, Currency currency, Instant after,
                    Instant upTo) {
                return sum(c, "customer_id", customer.value(), action, currency, after, upTo);
            }

            @Override
            public Money grantedByAgent(AgentId agent, Action action, Currency currency, Instant after, Instant upTo) {
                return sum(c, "agent_id", agent.value(), action, currency, after, upTo);
            }
        };
    }

    /**
     * Sums one customer's or agent's grants of one action and currency in {@code (after, upTo]}.
     *
     * @param c the connection
     * @param column {@code customer_id} or {@code agent_id}
     * @param id the customer or agent id
     * @param action the action
     * @param currency the currency
     * @param after exclusive start
     * @param upTo inclusive end
     * @return the sum, zero if none
     * @throws dev.cxkit.jdbc.CxStorageException if the query fails
     */
    public static Money sum(Connection c, String column, String id, Action action, Currency currency, Instant after,
            Instant upTo) {
        try (PreparedStatement s = c.prepareStatement(SUM.formatted(column))) {
            s.setString(1, id);
            s.setString(2, action.name());
            s.setString(3, currency.getCurrencyCode());
            Columns.setInstant(s, 4, after);
            Columns.setInstant(s, 5, upTo);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                BigDecimal sum = rs.getBigDecimal(1);
                return sum == null ? Money.zero(currency) : new Money(sum.stripTrailingZeros(), currency);
            }
        } catch (SQLException e) {
            throw new dev.cxkit.jdbc.CxStorageException("Could not sum the " + action + " grants in "
                    + currency.getCurrencyCode() + " of " + column + " " + id + " in (" + after + ", " + upTo + "]: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Inserts one grant; the caller commits.
     *
     * @param c the connection
     * @param requestId the request id, or {@code null}
     * @param decisionId the decision that allowed it, or {@code null}
     * @param agent who granted
     * @param customer who received
     * @param action what
     * @param amount how much
     * @param at when
     * @throws SQLException if the insert fails, with {@link #UNIQUE_VIOLATION} if the request id is taken
     */
    public static void insert(Connection c, @Nullable String requestId, @Nullable Long decisionId, AgentId agent,
            CustomerId customer, Action action, Money amount, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            Columns.setString(s, 1, requestId);
            if (decisionId == null) {
                s.setNull(2, Types.BIGINT);
            } else {
                s.setLong(2, decisionId);
            }
            s.setString(3, customer.value());
            s.setString(4, agent.value());
            s.setString(5, action.name());
            s.setBigDecimal(6, amount.amount());
            s.setString(7, amount.currency().getCurrencyCode());
            Columns.setInstant(s, 8, at);
            s.executeUpdate();
        }
    }

    /**
     * Locks the customer's row, then the agent's, creating them on first use. The order is always
     * customer then agent, so two transactions never wait for each other in a cycle. The locks are
     * held until the transaction ends.
     *
     * <p>A missing row is created outside the transaction (auto-commit, a concurrent creation of the
     * same row is ignored), after rolling back the locks taken so far, and then all locks are taken
     * again; nothing else has been done in the transaction at that point.
     *
     * @param c the connection, auto-commit off, nothing done yet
     * @param customer the customer
     * @param agent the agent
     * @throws SQLException if locking fails
     */
    public static void lock(Connection c, CustomerId customer, AgentId agent) throws SQLException {
        String[] keys = {"customer:" + customer.value(), "agent:" + agent.value()};
        for (int attempt = 0; attempt < 2; attempt++) {
            boolean all = true;
            try (PreparedStatement s = c.prepareStatement("SELECT lock_key FROM cx_grant_lock WHERE lock_key = ? FOR UPDATE")) {
                for (String key : keys) {
                    s.setString(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            all = false;
                            break;
                        }
                    }
                }
            }
            if (all) {
                return;
            }
            c.rollback();
            c.setAutoCommit(true);
            try {
                create(c, keys);
            } finally {
                c.setAutoCommit(false);
            }
        }
        throw new IllegalStateException("The grant lock rows " + String.join(" and ", keys)
                + " vanished right after they were created.\nMaybe something deletes rows of cx_grant_lock?");
    }

    private static void create(Connection c, String[] keys) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cx_grant_lock (lock_key) VALUES (?)")) {
            for (String key : keys) {
                s.setString(1, key);
                try {
                    s.executeUpdate();
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }
}
