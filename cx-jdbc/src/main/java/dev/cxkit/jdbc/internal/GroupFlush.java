package dev.cxkit.jdbc.internal;

import dev.cxkit.jdbc.CxStorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Makes committed transactions durable in groups, for the embedded H2 database: a writer that has
 * committed calls {@link #awaitDurable()}, which returns once a {@code CHECKPOINT} (or
 * {@code CHECKPOINT SYNC}, which also fsyncs the file) that <em>started after</em> its commit has
 * finished. One caller at a time runs the checkpoint (the leader); writers that commit meanwhile
 * wait and are covered together by the next one. So under load one file write serves many commits,
 * and a commit is never answered before it is in the file.
 *
 * <p>Why not H2's own {@code WRITE_DELAY=0}: it writes a new chunk inside every commit, serialised
 * on the store's lock, which caps an embedded database at a few hundred commits per second on a
 * small machine, and it made durability a property of H2's commit path that this library could not
 * check. Here the order is explicit: commit, then a checkpoint begun after the commit, then the
 * answer.
 *
 * <p>Thread-safe. A failed checkpoint fails every writer waiting on it with a
 * {@link CxStorageException}; their transactions may or may not survive a crash, so callers retry
 * with the same request id (which counts once).
 */
public final class GroupFlush {

    private final DataSource dataSource;
    private final String statement;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition flushed = lock.newCondition();
    /** Tickets handed out, one per commit that asks to be made durable. */
    private long requested;
    /** Every ticket up to this one is durable. */
    private long durable;
    /** The ticket of the last failed checkpoint's newest waiter, and its failure. */
    private long failedUpTo;
    private @Nullable CxStorageException failure;
    private boolean flushing;

    /**
     * Creates a group flush over a pool of H2 connections.
     *
     * @param dataSource the pool; the checkpoint takes one connection while it runs
     * @param sync {@code true} to fsync the file as well ({@code CHECKPOINT SYNC}): survives a power
     *     cut; {@code false} ({@code CHECKPOINT}): the write is in the operating system's cache, which
     *     survives a crash of the process
     */
    public GroupFlush(DataSource dataSource, boolean sync) {
        this.dataSource = dataSource;
        this.statement = sync ? "CHECKPOINT SYNC" : "CHECKPOINT";
    }

    /**
     * Returns once everything committed before this call is in the database file.
     *
     * @throws CxStorageException if the checkpoint that was to cover this commit failed
     */
    public void awaitDurable() {
        lock.lock();
        try {
            long ticket = ++requested;
            while (durable < ticket) {
                CxStorageException failed = failure;
                if (failed != null && failedUpTo >= ticket) {
                    throw failed;
                }
                if (flushing) {
                    flushed.awaitUninterruptibly();
                    continue;
                }
                // Lead: every ticket handed out so far belongs to a commit that returned before it was taken.
                long target = requested;
                flushing = true;
                CxStorageException error = null;
                lock.unlock();
                try {
                    checkpoint();
                } catch (CxStorageException e) {
                    error = e;
                } finally {
                    lock.lock();
                    flushing = false;
                    if (error == null) {
                        durable = Math.max(durable, target);
                    } else {
                        failure = error;
                        failedUpTo = target;
                    }
                    flushed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void checkpoint() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new CxStorageException("Could not write the committed transactions to the database file ("
                    + statement + "): " + e.getMessage() + "\nThey may be lost in a crash; a retry with the same "
                    + "request id counts once.", e);
        }
    }
}
