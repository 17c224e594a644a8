package dev.cxkit.jdbc.internal;

import java.util.function.Function;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log lines through SLF4J (under Flyway's own class names, {@code org.flywaydb.…}), with its
 * routine progress ("validated 1 migration", "schema is up to date", the edition banner) at DEBUG
 * instead of INFO, so that opening a database prints nothing at INFO; warnings and errors keep their
 * level. Without it Flyway picks java.util.logging when no SLF4J 1.x binding is on the class path.
 * {@link Migrations} names this class in Flyway's {@code loggers} setting; Flyway creates it by
 * reflection, so it is public with a public no-argument constructor. Thread-safe.
 */
public final class FlywayLog implements LogCreator {

    private final Function<Class<?>, Logger> loggers;

    /** Creates the log creator; Flyway calls this. */
    public FlywayLog() {
        this(LoggerFactory::getLogger);
    }

    /** For tests: the SLF4J logger of each Flyway class comes from {@code loggers}. */
    FlywayLog(Function<Class<?>, Logger> loggers) {
        this.loggers = loggers;
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        Logger logger = loggers.apply(clazz);
        return new Log() {
            @Override
            public void debug(String message) {
                logger.debug(message);
            }

            @Override
            public void info(String message) {
                logger.debug(message);
            }

            @Override
            public void warn(String message) {
                logger.warn(message);
            }

            @Override
            public void error(String message) {
                logger.error(message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.error(message, e);
            }

            @Override
            public void notice(String message) {
                logger.debug(message);
            }
        };
    }
}
