package dev.cxkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded default: H2 in file mode in a fresh directory per test. */
class H2DatabaseTest extends CxDatabaseContract {

    @TempDir
    Path dir;

    @Override
    CxDatabase open() {
        return CxDatabase.builder().embedded(dir).instantSource(clock).build();
    }

    /** {@code SHUTDOWN IMMEDIATELY} closes the files without writing anything still in memory, like a power cut. */
    @Override
    void crash(CxDatabase db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        }
    }

    @Test
    void keepsItsFilesInTheGivenDirectory() {
        try (CxDatabase db = open()) {
            assertThat(db.jdbcUrl()).startsWith("jdbc:h2:file:" + dir.toAbsolutePath()).doesNotContain("WRITE_DELAY");
        }
        assertThat(dir.resolve("cxkit.mv.db")).exists();
    }

    @Test
    void opensTwiceWithoutMigratingAgain() {
        try (CxDatabase db = open()) {
            assertThat(db.decisions().find(DecisionQuery.builder().build()).items()).isEmpty();
        }
        try (CxDatabase db = open()) {
            assertThat(db.findings().storeAll(java.util.List.of())).isZero();
        }
    }

    @Test
    void reportsAnUnreachableDatabaseNamingItsUrl() {
        assertThatThrownBy(() -> CxDatabase.builder().jdbcUrl("jdbc:h2:file:" + dir.resolve("none") + ";IFEXISTS=TRUE")
                .build())
                .isInstanceOf(CxStorageException.class)
                .hasMessageContaining("Could not open the database at jdbc:h2:file:");
    }
}
