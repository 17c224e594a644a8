package dev.cxkit.jdbc;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.jdbc.internal.Columns;
import dev.cxkit.jdbc.internal.Filter;
import dev.cxkit.json.internal.FlatJson;
import dev.cxkit.jdbc.internal.Transactor;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stores {@link AuditFinding}s and finds them again by mistake code, agent, team and the time they
 * occurred. The evidence map is kept as JSON text in its order. A finding equal to one already stored
 * (every component, evidence included) is not stored again, so re-running the audit over the same
 * interactions adds nothing. Get it from {@link CxDatabase#findings()}. Thread-safe; two concurrent
 * {@link #storeAll} calls holding the same new finding may fail one of them with a
 * {@link CxStorageException} (the unique fingerprint), which a retry resolves.
 */
public final class JdbcFindingStore {

    private static final String COLUMNS = "id, code, severity, rule_id, occurred_at, interaction_id, case_id, agent_id, "
            + "team_id, evidence, threshold, fix";

    private static final String INSERT = "INSERT INTO cx_finding (fingerprint, code, severity, rule_id, occurred_at, "
            + "recorded_at, interaction_id, case_id, agent_id, team_id, evidence, threshold, fix) "
            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM cx_finding WHERE fingerprint = ?)";

    private final Transactor tx;
    private final InstantSource clock;

    JdbcFindingStore(Transactor tx, InstantSource clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores a batch of findings in one transaction: all or none.
     *
     * @param findings the findings, in order
     * @return how many were new; findings already stored are skipped
     * @throws CxStorageException if the database fails; nothing was stored
     */
    public int storeAll(List<AuditFinding> findings) {
        List<AuditFinding> batch = List.copyOf(Checks.notNull(findings, "findings"));
        if (batch.isEmpty()) {
            return 0;
        }
        return tx.inTransaction(() -> "store " + batch.size() + " audit findings", c -> {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                for (AuditFinding f : batch) {
                    String evidence = FlatJson.object(f.evidence());
                    String fingerprint = fingerprint(f, evidence);
                    s.setString(1, fingerprint);
                    s.setString(2, f.code().name());
                    s.setString(3, f.severity().name());
                    s.setString(4, f.ruleId());
                    Columns.setInstant(s, 5, f.occurredAt());
                    Columns.setInstant(s, 6, clock.instant());
                    Columns.setString(s, 7, f.interactionId() == null ? null : f.interactionId().value());
                    Columns.setString(s, 8, f.caseId() == null ? null : f.caseId().value());
                    Columns.setString(s, 9, f.agentId() == null ? null : f.agentId().value());
                    Columns.setString(s, 10, f.team() == null ? null : f.team().value());
                    s.setString(11, evidence);
                    s.setString(12, f.threshold());
                    s.setString(13, f.fix());
                    s.setString(14, fingerprint);
                    s.addBatch();
                }
                int stored = 0;
                for (int count : s.executeBatch()) {
                    stored += count > 0 ? 1 : 0;
                }
                return stored;
            }
        });
    }

    /**
     * Reads one page of findings matching a query, in the order they were stored.
     *
     * @param query the filters, cursor and page size
     * @return the page; pass {@link Page#next()} to {@link FindingQuery.Builder#after(long)} for the next
     * @throws CxStorageException if the database fails
     */
    public Page<AuditFinding> find(FindingQuery query) {
        Checks.notNull(query, "query");
        return tx.read(() -> "query the audit findings with " + query, c -> {
            Filter f = new Filter("SELECT " + COLUMNS + " FROM cx_finding WHERE id > ?", query.after());
            f.equal("code", query.code() == null ? null : query.code().name());
            f.equal("agent_id", query.agent() == null ? null : query.agent().value());
            f.equal("team_id", query.team() == null ? null : query.team().value());
            f.range("occurred_at", query.from(), query.to());
            return f.page(c, "id", query.limit(), JdbcFindingStore::read);
        });
    }

    private static AuditFinding read(ResultSet rs) throws SQLException {
        Map<String, String> evidence = FlatJson.stringObject(rs.getString("evidence"));
        return new AuditFinding(MistakeCode.valueOf(rs.getString("code")), Severity.valueOf(rs.getString("severity")),
                rs.getString("rule_id"), Columns.instant(rs, "occurred_at"),
                id(rs.getString("interaction_id"), InteractionId::of), id(rs.getString("case_id"), CaseId::of),
                id(rs.getString("agent_id"), AgentId::of), id(rs.getString("team_id"), TeamId::of), evidence,
                rs.getString("threshold"), rs.getString("fix"));
    }

    private static <T> @Nullable T id(@Nullable String value, java.util.function.Function<String, T> of) {
        return value == null ? null : of.apply(value);
    }

    /** SHA-256 over every component as stored, each length-prefixed so that no two findings collide by concatenation. */
    private static String fingerprint(AuditFinding f, String evidence) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {f.code(), f.severity(), f.ruleId(), Columns.stored(f.occurredAt()),
                    f.interactionId(), f.caseId(), f.agentId(), f.team(), evidence, f.threshold(), f.fix()}) {
                byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update((part == null ? "-" : Integer.toString(bytes.length)).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }
}
