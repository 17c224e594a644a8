package dev.cxkit.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.jdbc.internal.GroupFlush;
import dev.cxkit.jdbc.internal.Migrations;
import dev.cxkit.jdbc.internal.Transactor;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.InstantSource;
import org.jspecify.annotations.Nullable;

/**
 * A cxkit database: a connection pool (HikariCP) over embedded H2 or PostgreSQL, with the schema
 * brought up to date on open (Flyway migrations shipped in this jar) and the three stores on top:
 * {@link #grants()}, {@link #decisions()} and {@link #findings()}.
 *
 * <pre>{@code
 * try (CxDatabase db = CxDatabase.embedded(Path.of("data"))) {          // H2 file: survives a restart
 *     PolicyEngine engine = db.policyEngine(policy);                   // ledger + decision log wired
 *     Decision d = db.grants().decideAndRecord(engine, request);       // cap-safe under concurrency
 * }
 * CxDatabase pg = CxDatabase.builder().jdbcUrl("jdbc:postgresql://db/cx").credentials("cx", secret).build();
 * }</pre>
 *
 * <p>Every connection runs at READ COMMITTED; grants are serialised per customer and per agent by row
 * locks (see {@link JdbcGrantLedger#decideAndRecord}). Thread-safe. {@link #close()} closes the pool;
 * the stores fail afterwards.
 */
public final class CxDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final String url;
    private final JdbcGrantLedger grants;
    private final JdbcDecisionLog decisions;
    private final JdbcFindingStore findings;
    private final JdbcPolicyStore policies;
    private final InstantSource clock;

    private CxDatabase(HikariDataSource pool, String url, InstantSource clock, boolean syncToDisk) {
        this.pool = pool;
        this.url = url;
        this.clock = clock;
        // H2 makes a commit durable when it writes the store; PostgreSQL (synchronous_commit on) within the commit.
        Transactor tx = new Transactor(pool, url.startsWith("jdbc:h2:") ? new GroupFlush(pool, syncToDisk) : null);
        this.grants = new JdbcGrantLedger(tx, clock);
        this.decisions = new JdbcDecisionLog(tx, clock);
        this.findings = new JdbcFindingStore(tx, clock);
        this.policies = new JdbcPolicyStore(tx, clock);
    }

    /**
     * Opens (or creates) the embedded H2 database in a directory, with the defaults. The state survives
     * a restart of the process and a crash of it: every write is in the file before it returns (see
     * {@link Builder#syncToDisk(boolean)} for a power cut).
     *
     * @param dir the directory of the database files; created if missing
     * @return the open database
     * @throws CxStorageException if the database cannot be opened or migrated (for example because
     *     another process has it open)
     */
    public static CxDatabase embedded(Path dir) {
        return builder().embedded(dir).build();
    }

    /**
     * Starts a builder; set either {@link Builder#embedded(Path)} or {@link Builder#jdbcUrl(String)}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The grant ledger, for the engine and for deciding and recording grants atomically.
     *
     * @return the ledger; the same instance every call
     */
    public JdbcGrantLedger grants() {
        return grants;
    }

    /**
     * The decision log, for the engine and for compliance queries.
     *
     * @return the log; the same instance every call
     */
    public JdbcDecisionLog decisions() {
        return decisions;
    }

    /**
     * The store of audit findings.
     *
     * @return the store; the same instance every call
     */
    public JdbcFindingStore findings() {
        return findings;
    }

    /**
     * The policies a service applied at run time, so that a restart keeps them.
     *
     * @return the store; the same instance every call
     */
    public JdbcPolicyStore policies() {
        return policies;
    }

    /**
     * A policy engine that reads granted amounts from {@link #grants()}, writes every decision to
     * {@link #decisions()} and takes "now" from this database's {@link InstantSource} (see
     * {@link Builder#instantSource}): the one call that wires cxkit's rules to this database. Its
     * {@link PolicyEngine#decideAndRecord} is {@link JdbcGrantLedger#decideAndRecord}. For another
     * tolerance of request instants, build the engine yourself with {@code grants()},
     * {@code decisions()} and this clock.
     *
     * @param policy the initial policy
     * @return a new engine
     */
    public PolicyEngine policyEngine(Policy policy) {
        return PolicyEngine.builder(policy).grantLedger(grants).decisionLog(decisions).instantSource(clock).build();
    }

    /**
     * Whether the database answers now: a pooled connection is had and is valid
     * ({@link java.sql.Connection#isValid(int)}) within the timeout, for a readiness probe. Never throws
     * for a database that is down. When every pooled connection is busy, the wait for one is the pool's
     * connection timeout (30 s) rather than this timeout.
     *
     * @param timeout how long to wait, rounded up to whole seconds for the validity check; at least 1 ms
     * @return {@code true} if the database answered in time
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public boolean isReachable(Duration timeout) {
        Checks.notNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("The timeout (" + timeout + ") of the reachability probe is not positive.");
        }
        try (Connection c = pool.getConnection()) {
            return c.isValid((int) Math.max(1, (timeout.toMillis() + 999) / 1000));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The JDBC URL the pool connects to, for diagnostics.
     *
     * @return the URL, without credentials given to the builder
     */
    public String jdbcUrl() {
        return url;
    }

    /**
     * Closes the pool. Connections in use are aborted; what they had not committed is rolled back.
     * Idempotent.
     */
    @Override
    public void close() {
        pool.close();
    }

    /** Returns {@code "CxDatabase[jdbc:h2:file:...]"}. */
    @Override
    public String toString() {
        return "CxDatabase[" + url + "]";
    }

    /** Builds and opens a {@link CxDatabase}; not thread-safe. */
    public static final class Builder {
        private @Nullable Path dir;
        private @Nullable String url;
        private @Nullable String user;
        private @Nullable String password;
        private int maxPoolSize = 10;
        private boolean syncToDisk;
        private InstantSource clock = InstantSource.system();

        private Builder() {
        }

        /**
         * Uses the embedded H2 database in a directory (file {@code cxkit.mv.db}), with a lock timeout of
         * 10 s. Every write of the stores returns only once it is in the file: commits are written in
         * groups, one checkpoint for all the transactions that committed while the previous one ran, so
         * concurrent writers share a file write instead of queueing for one each.
         *
         * @param dir the directory; created if missing
         * @return this builder
         */
        public Builder embedded(Path dir) {
            this.dir = Checks.notNull(dir, "dir");
            return this;
        }

        /**
         * Uses a database by JDBC URL, for example {@code jdbc:postgresql://localhost:5432/cx}. The
         * PostgreSQL and H2 drivers come with cx-jdbc; others must be on the class path, and are not tested.
         *
         * @param url the JDBC URL
         * @return this builder
         */
        public Builder jdbcUrl(String url) {
            this.url = Checks.notNull(url, "url");
            return this;
        }

        /**
         * Sets the user and password for {@link #jdbcUrl(String)}.
         *
         * @param user the user
         * @param password the password
         * @return this builder
         */
        public Builder credentials(String user, String password) {
            this.user = Checks.notNull(user, "user");
            this.password = Checks.notNull(password, "password");
            return this;
        }

        /**
         * Makes the embedded database (and any {@code jdbc:h2:} URL) also force each group of commits to
         * the disk ({@code fsync}) before the writes return, so that a power cut or a crash of the
         * operating system loses nothing answered. Off by default: a write is then in the operating
         * system's file cache when it returns, which a crash or {@code kill -9} of the process does not
         * lose, but a power cut may. PostgreSQL is not affected: its {@code synchronous_commit} decides.
         *
         * @param syncToDisk {@code true} to fsync every group of commits; default {@code false}
         * @return this builder
         */
        public Builder syncToDisk(boolean syncToDisk) {
            this.syncToDisk = syncToDisk;
            return this;
        }

        /**
         * Sets the most connections the pool opens.
         *
         * @param maxPoolSize 1 to 200; default 10
         * @return this builder
         */
        public Builder maxPoolSize(int maxPoolSize) {
            this.maxPoolSize = Checks.inRange(maxPoolSize, 1, 200, "maxPoolSize", "the database");
            return this;
        }

        /**
         * Sets where "now" comes from: the {@code recorded_at} of decisions and findings.
         *
         * @param clock the source; default {@link InstantSource#system()}
         * @return this builder
         */
        public Builder instantSource(InstantSource clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * Opens the pool and brings the schema up to date.
         *
         * @return the open database
         * @throws IllegalStateException if neither or both of {@code embedded} and {@code jdbcUrl} are set
         * @throws CxStorageException if the database cannot be reached or migrated
         */
        public CxDatabase build() {
            if ((dir == null) == (url == null)) {
                throw new IllegalStateException("Set exactly one of embedded(dir) and jdbcUrl(url); "
                        + (dir == null ? "neither is set." : "both are set (" + dir + ", " + url + ")."));
            }
            String jdbcUrl = url != null ? url
                    : "jdbc:h2:file:" + dir.toAbsolutePath().resolve("cxkit") + ";LOCK_TIMEOUT=10000";
            HikariConfig config = new HikariConfig();
            config.setPoolName("cxkit");
            config.setJdbcUrl(jdbcUrl);
            if (user != null) {
                config.setUsername(user);
                config.setPassword(password);
            }
            config.setMaximumPoolSize(maxPoolSize);
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            config.setAutoCommit(true);
            HikariDataSource pool;
            try {
                pool = new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new CxStorageException("Could not open the database at " + jdbcUrl + ": " + e.getMessage()
                        + (dir != null ? "\nMaybe another process has it open?" : ""), e);
            }
            try {
                Migrations.migrate(pool);
            } catch (RuntimeException e) {
                pool.close();
                throw new CxStorageException("Could not bring the schema of " + jdbcUrl + " up to date: "
                        + e.getMessage(), e);
            }
            return new CxDatabase(pool, jdbcUrl, clock, syncToDisk);
        }
    }
}
