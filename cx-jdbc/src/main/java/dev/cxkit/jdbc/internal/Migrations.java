package dev.cxkit.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date with the migrations shipped in this jar, under
 * {@code dev/cxkit/jdbc/db/migration} (not {@code db/migration}, so that an application's own Flyway
 * never picks them up) with the history in {@code cx_schema_history}. A schema that already holds an
 * application's tables is accepted: cxkit's tables all start with {@code cx_}. Flyway logs through
 * SLF4J ({@link FlywayLog}), quiet at INFO; an applied migration is logged here at INFO, once.
 */
public final class Migrations {

    /** Where the migration scripts are. */
    public static final String LOCATION = "classpath:dev/cxkit/jdbc/db/migration";

    /** The table of applied migrations. */
    public static final String HISTORY_TABLE = "cx_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * Applies the pending migrations; safe to call on every start and from several processes.
     *
     * @param dataSource the database
     * @return the number of migrations applied now
     * @throws org.flywaydb.core.api.FlywayException if a migration fails
     */
    public static int migrate(DataSource dataSource) {
        int applied = Flyway.configure(Migrations.class.getClassLoader())
                .loggers(FlywayLog.class.getName())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
        if (applied > 0) {
            LOG.info("Applied {} cxkit schema migration(s).", applied);
        }
        return applied;
    }
}
