package dev.cxkit.jdbc.internal;

import dev.cxkit.jdbc.CxStorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Runs work in one transaction on a pooled connection: commit when the work returns, roll back when
 * it throws, and report a {@link SQLException} as a {@link CxStorageException} naming what was being
 * done. The pool sets READ COMMITTED on every connection. Thread-safe.
 */
public final class Transactor {

    /**
     * Work on a connection inside a transaction.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work; must not commit or roll back.
         *
         * @param connection the connection, auto-commit off
         * @return the result
         * @throws SQLException if a statement fails
         */
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    /**
     * Creates a transactor.
     *
     * @param dataSource the pool
     */
    public Transactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs work in one transaction.
     *
     * @param what what is being done, for the error message, such as {@code "record decision r-1"}
     * @param work the work
     * @param <T> the result type
     * @return the work's result, once committed
     * @throws CxStorageException if the database fails; nothing was committed
     */
    public <T> T inTransaction(Supplier<String> what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new CxStorageException("Could not " + what.get() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only work with auto-commit on.
     *
     * @param what what is being read, for the error message
     * @param work the work
     * @param <T> the result type
     * @return the work's result
     * @throws CxStorageException if the database fails
     */
    public <T> T read(Supplier<String> what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new CxStorageException("Could not " + what.get() + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
