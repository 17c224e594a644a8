package dev.cxkit.jdbc;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.jdbc.internal.Transactor;
import dev.cxkit.rules.PolicySource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policies a service applied at run time ({@code POST /policy}), so that a restart does not undo
 * them: each {@link #save} keeps the sources of the applied policy, its version, and the version of the
 * policy the service was started with; {@link #latest()} gives the newest. Get it from
 * {@link CxDatabase#policies()}. Policies are code and configuration, not personal data. Thread-safe.
 */
public final class JdbcPolicyStore {

    /**
     * One saved policy.
     *
     * @param version the applied policy's version
     * @param startedFrom the version of the policy the service was started with when this one was applied
     * @param appliedAt when it was saved
     * @param sources its sources, in order
     */
    public record SavedPolicy(String version, String startedFrom, Instant appliedAt, List<PolicySource> sources) {

        /** Checks the values and copies the sources. */
        public SavedPolicy {
            Checks.notNull(version, "version");
            Checks.notNull(startedFrom, "startedFrom");
            Checks.notNull(appliedAt, "appliedAt");
            sources = List.copyOf(sources);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("The saved policy " + version + " has no source.");
            }
        }
    }

    private final Transactor tx;
    private final InstantSource clock;

    JdbcPolicyStore(Transactor tx, InstantSource clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Saves an applied policy; durable when this returns.
     *
     * @param sources the applied policy's sources, not empty
     * @param version its version
     * @param startedFrom the version of the policy the service was started with
     * @throws CxStorageException if the database fails; nothing was saved
     */
    public void save(List<PolicySource> sources, String version, String startedFrom) {
        SavedPolicy saved = new SavedPolicy(version, startedFrom, clock.instant(), sources);
        tx.inTransaction(() -> "save the policy " + version, c -> {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO cx_policy (applied_at, version, started_from) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, OffsetDateTime.ofInstant(saved.appliedAt(), ZoneOffset.UTC));
                insert.setString(2, version);
                insert.setString(3, startedFrom);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO cx_policy_source (policy_id, ordinal, name, kind, content) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < saved.sources().size(); i++) {
                    PolicySource source = saved.sources().get(i);
                    insert.setLong(1, id);
                    insert.setInt(2, i);
                    insert.setString(3, source.name());
                    insert.setString(4, source.kind().name());
                    insert.setString(5, source.content());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return id;
        });
    }

    /**
     * The newest saved policy.
     *
     * @return it, or empty if none was saved
     * @throws CxStorageException if the database fails
     */
    public Optional<SavedPolicy> latest() {
        return tx.read(() -> "read the newest saved policy", c -> {
            long id;
            String version;
            String startedFrom;
            Instant appliedAt;
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT id, version, started_from, applied_at FROM cx_policy ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.<SavedPolicy>empty();
                }
                id = row.getLong(1);
                version = row.getString(2);
                startedFrom = row.getString(3);
                appliedAt = row.getObject(4, OffsetDateTime.class).toInstant();
            }
            List<PolicySource> sources = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT name, kind, content FROM cx_policy_source WHERE policy_id = ? ORDER BY ordinal")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        sources.add(new PolicySource(row.getString(1), PolicySource.Kind.valueOf(row.getString(2)),
                                row.getString(3)));
                    }
                }
            }
            return Optional.of(new SavedPolicy(version, startedFrom, appliedAt, sources));
        });
    }
}
