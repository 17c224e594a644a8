package dev.cxkit.jdbc.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.jdbc.DecisionQuery;
import dev.cxkit.jdbc.LoggedDecision;
import dev.cxkit.jdbc.Page;
import dev.cxkit.json.internal.FlatJson;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes and reads rows of {@code cx_decision} and {@code cx_decision_rule}. */
public final class DecisionRows {

    private static final String COLUMNS = "id, decided_at, recorded_at, request_id, grant_request_id, customer_id, "
            + "segment, agent_id, agent_tier, channel, action, amount, currency, granted_to_customer, granted_by_agent, "
            + "flags, outcome, approver_role, reason, headroom, fired_rules, policy_version";

    private static final String INSERT = "INSERT INTO cx_decision (decided_at, recorded_at, request_id, grant_request_id, "
            + "customer_id, segment, agent_id, agent_tier, channel, action, amount, currency, granted_to_customer, "
            + "granted_by_agent, flags, outcome, approver_role, reason, headroom, fired_rules, policy_version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_RULE = "INSERT INTO cx_decision_rule (decision_id, ordinal, rule_id) VALUES (?, ?, ?)";

    private DecisionRows() {
    }

    /**
     * Inserts one decision and its fired rules; the caller commits.
     *
     * @param c the connection, in a transaction
     * @param request what was asked
     * @param decision what was decided
     * @param recordedAt now
     * @param grantRequestId the request id when the decision was made by decideAndRecord, else {@code null}
     * @return the storage id
     * @throws SQLException if a statement fails
     */
    public static long insert(Connection c, DecisionRequest request, Decision decision, Instant recordedAt,
            @Nullable String grantRequestId) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            Currency currency = request.currency();
            Columns.setInstant(s, 1, request.at());
            Columns.setInstant(s, 2, recordedAt);
            Columns.setString(s, 3, request.requestId());
            Columns.setString(s, 4, grantRequestId);
            s.setString(5, request.customerId().value());
            s.setString(6, request.segment().name());
            s.setString(7, request.agentId().value());
            s.setString(8, request.agentTier().name());
            s.setString(9, request.channel().name());
            s.setString(10, request.action().name());
            s.setString(11, Columns.text(request.amount()));
            Columns.setString(s, 12, currency == null ? null : currency.getCurrencyCode());
            Columns.setString(s, 13, request.grantedToCustomer() == null ? null : Columns.text(request.grantedToCustomer()));
            Columns.setString(s, 14, request.grantedByAgent() == null ? null : Columns.text(request.grantedByAgent()));
            s.setString(15, FlatJson.object(request.flags()));
            String approver = null;
            String reason = null;
            String headroom = null;
            if (decision instanceof Allowed a) {
                headroom = headroom(a.headroom());
            } else if (decision instanceof NeedsApproval n) {
                approver = n.approverRole().name();
                reason = n.reason();
            } else {
                reason = ((Denied) decision).reason();
            }
            s.setString(16, decision.outcome().name());
            Columns.setString(s, 17, approver);
            Columns.setString(s, 18, reason);
            Columns.setString(s, 19, headroom);
            s.setString(20, FlatJson.array(decision.firedRules()));
            s.setString(21, decision.policyVersion());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        List<String> rules = decision.firedRules();
        if (!rules.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(INSERT_RULE)) {
                for (int i = 0; i < rules.size(); i++) {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, rules.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        return id;
    }

    /**
     * Finds the decision decideAndRecord made for a request id.
     *
     * @param c the connection
     * @param grantRequestId the request id
     * @return the decision, or {@code null} if there is none
     * @throws SQLException if the query fails
     */
    public static @Nullable LoggedDecision findGrant(Connection c, String grantRequestId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM cx_decision WHERE grant_request_id = ?")) {
            s.setString(1, grantRequestId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /**
     * Runs a query, reading one row more than the limit to know whether a next page exists.
     *
     * @param c the connection
     * @param q the query
     * @return the page
     * @throws SQLException if the query fails
     */
    public static Page<LoggedDecision> find(Connection c, DecisionQuery q) throws SQLException {
        Filter f = new Filter("SELECT " + COLUMNS + " FROM cx_decision d WHERE d.id > ?", q.after());
        f.equal("d.customer_id", q.customer() == null ? null : q.customer().value());
        f.equal("d.agent_id", q.agent() == null ? null : q.agent().value());
        f.equal("d.request_id", q.requestId());
        if (q.ruleId() != null) {
            f.and("EXISTS (SELECT 1 FROM cx_decision_rule r WHERE r.decision_id = d.id AND r.rule_id = ?)", q.ruleId());
        }
        f.range("d.decided_at", q.from(), q.to());
        return f.page(c, "d.id", q.limit(), DecisionRows::read);
    }

    private static LoggedDecision read(ResultSet rs) throws SQLException {
        String currencyCode = rs.getString("currency");
        Currency currency = currencyCode == null ? null : Currency.getInstance(currencyCode.trim());
        DecisionRequest.Builder request = DecisionRequest.builder()
                .agent(AgentId.of(rs.getString("agent_id")), Tier.valueOf(rs.getString("agent_tier")))
                .action(Action.valueOf(rs.getString("action")), Columns.amount(rs.getString("amount"), currency))
                .customer(CustomerId.of(rs.getString("customer_id")), Segment.of(rs.getString("segment")))
                .channel(Channel.valueOf(rs.getString("channel")))
                .at(Columns.instant(rs, "decided_at"))
                .requestId(rs.getString("request_id"))
                .grantedToCustomer(Columns.money(rs.getString("granted_to_customer"), currency))
                .grantedByAgent(Columns.money(rs.getString("granted_by_agent"), currency));
        FlatJson.booleanObject(rs.getString("flags")).forEach(request::flag);
        List<String> rules = FlatJson.stringArray(rs.getString("fired_rules"));
        String version = rs.getString("policy_version");
        String outcome = rs.getString("outcome");
        Decision decision = switch (outcome) {
            case "ALLOWED" -> new Allowed(headroom(rs.getString("headroom"), currency), rules, version);
            case "NEEDS_APPROVAL" -> new NeedsApproval(ApproverRole.valueOf(rs.getString("approver_role")),
                    rs.getString("reason"), rules, version);
            case "DENIED" -> new Denied(rs.getString("reason"), rules, version);
            default -> throw new IllegalStateException("Decision row " + rs.getLong("id") + " has the unknown outcome ("
                    + outcome + ").");
        };
        return new LoggedDecision(rs.getLong("id"), request.build(), decision, Columns.instant(rs, "recorded_at"),
                rs.getString("grant_request_id") != null);
    }

    private static String headroom(List<Headroom> headroom) {
        List<Map<String, String>> items = new ArrayList<>(headroom.size());
        for (Headroom h : headroom) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("rule", h.ruleId());
            item.put("cap", h.cap().name());
            item.put("remaining", Columns.text(h.remaining()));
            items.add(item);
        }
        return FlatJson.array(items);
    }

    private static List<Headroom> headroom(@Nullable String json, @Nullable Currency currency) {
        if (json == null) {
            return List.of();
        }
        List<Headroom> out = new ArrayList<>();
        for (Map<String, String> item : FlatJson.objectArray(json)) {
            String remaining = item.get("remaining");
            out.add(new Headroom(item.get("rule"), CapKind.valueOf(item.get("cap")),
                    Columns.amount(remaining, remaining.endsWith("%") ? null : currency)));
        }
        return out;
    }
}
