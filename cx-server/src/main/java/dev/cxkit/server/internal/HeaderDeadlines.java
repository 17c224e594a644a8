package dev.cxkit.server.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The header timeout: a new HTTP connection that has not sent the headers of its first request within
 * the timeout is closed, however slowly it trickles bytes (the idle timeout alone would let one byte
 * every few seconds hold a connection for hours). Later requests on a kept-alive connection are bounded
 * by the idle timeout. Listens to the HTTP connection factory; thread-safe.
 */
final class HeaderDeadlines implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadlines.class);

    private final Scheduler scheduler;
    private final long timeoutMillis;
    private final Map<Connection, Scheduler.Task> pending = new ConcurrentHashMap<>();

    HeaderDeadlines(Scheduler scheduler, long timeoutMillis) {
        this.scheduler = scheduler;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void onOpened(Connection connection) {
        pending.put(connection, scheduler.schedule(() -> expire(connection), timeoutMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(Connection connection) {
        Scheduler.Task task = pending.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    /** A request's headers are in: its connection has met its deadline. */
    void requestStarted(Connection connection) {
        Scheduler.Task task = pending.remove(connection);
        if (task != null) {
            task.cancel();
        }
    }

    private void expire(Connection connection) {
        if (pending.remove(connection) != null) {
            LOG.debug("A connection sent no complete request headers within {} ms; closed.", timeoutMillis);
            connection.getEndPoint().close(); // the socket itself: no half-made error answer
        }
    }
}
