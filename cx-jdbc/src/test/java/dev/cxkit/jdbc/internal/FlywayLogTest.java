package dev.cxkit.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.logging.Log;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** Flyway's routine lines (INFO, NOTICE) go to DEBUG; warnings and errors keep their level. */
class FlywayLogTest {

    /** An SLF4J logger that records the level and text of every line, all levels on. */
    private static final class Recording extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final transient List<String> lines = new ArrayList<>();

        Recording() {
            this.name = "recording";
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return Recording.class.getName();
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                Object[] arguments, Throwable throwable) {
            lines.add(level + " " + messagePattern);
        }
    }

    @Test
    void mapsFlywaysRoutineLinesToDebugAndKeepsWarningsAndErrors() {
        Recording recording = new Recording();
        Log log = new FlywayLog(type -> recording).createLogger(FlywayLogTest.class);

        log.info("Successfully validated 1 migration");
        log.notice("Flyway OSS Edition");
        log.debug("scanning");
        log.warn("outdated database");
        log.error("migration failed");
        log.error("migration failed", new IllegalStateException("boom"));

        assertThat(recording.lines).containsExactly("DEBUG Successfully validated 1 migration",
                "DEBUG Flyway OSS Edition", "DEBUG scanning", "WARN outdated database", "ERROR migration failed",
                "ERROR migration failed");
    }
}
