package dev.cxkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: Flyway logs through SLF4J, not java.util.logging, and opening a database prints nothing. The
 * test's SLF4J provider is slf4j-simple at WARN (src/test/resources), writing to {@code System.err}, which
 * the test captures; before the fix Flyway wrote its INFO lines to java.util.logging's console handler.
 * {@code FlywayLogTest} checks the level mapping (Flyway's INFO is our DEBUG).
 */
class FlywayLoggingTest {

    @TempDir
    Path dir;

    @Test
    void flywayLogsThroughSlf4jAndOpeningPrintsNothing() {
        List<LogRecord> julRecords = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                julRecords.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CxDatabase.embedded(dir).close();   // creates the schema
            CxDatabase.embedded(dir).close();   // finds it up to date
        } finally {
            System.setErr(original);
            root.removeHandler(handler);
        }

        assertThat(julRecords).noneMatch(r -> String.valueOf(r.getLoggerName()).startsWith("org.flywaydb"));
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
