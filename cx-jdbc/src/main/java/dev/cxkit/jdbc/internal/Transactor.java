package dev.cxkit.jdbc.internal;

import dev.cxkit.jdbc.CxStorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Runs work in one transaction on a pooled connection: commit when the work returns (and, on the
 * embedded database, wait until the commit is in the file), roll back when it throws, and report a {@link SQLException} as a {@link CxStorageException} naming what was being
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
    private final @Nullable GroupFlush flush;

    /**
     * Creates a transactor.
     *
     * @param dataSource the pool
     * @param flush makes commits durable before {@link #inTransaction} returns, or {@code null} when a
     *     commit is durable by itself (PostgreSQL with {@code synchronous_commit} on)
     */
    public Transactor(DataSource dataSource, @Nullable GroupFlush flush) {
        this.dataSource = dataSource;
        this.flush = flush;
    }

    /**
     * Runs work in one transaction and returns once it is committed and durable: with a
     * {@link GroupFlush}, after a checkpoint that began after the commit, on no connection (so the
     * pool is free for the checkpoint and for other writers meanwhile).
     *
     * @param what what is being done, for the error message, such as {@code "record decision r-1"}
     * @param work the work
     * @param <T> the result type
     * @return the work's result, once committed and durable
     * @throws CxStorageException if the database fails; nothing was committed, unless the failure was
     *     the checkpoint after the commit (then the work may or may not survive a crash)
     */
    public <T> T inTransaction(Supplier<String> what, Work<T> work) {
        T result;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new CxStorageException("Could not " + what.get() + ": " + e.getMessage(), e);
        }
        if (flush != null) {
            flush.awaitDurable();
        }
        return result;
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
