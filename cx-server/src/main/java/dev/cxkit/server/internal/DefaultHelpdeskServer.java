package dev.cxkit.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.cxkit.server.HelpdeskServer;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.PolicyEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link HelpdeskServer}: the JDK's {@link HttpServer} with one context for every path,
 * a fixed pool of request threads and a bounded queue (the JDK closes a connection the pool refuses).
 * Start and close are serialised on a lock.
 */
public final class DefaultHelpdeskServer implements HelpdeskServer {

    private static final Logger LOG = LoggerFactory.getLogger(HelpdeskServer.class);
    private static final long CLOSE_WAIT_SECONDS = 5;

    private final ServerSettings settings;
    private final PolicyEngine engine;
    private final HelpdeskHandler handler;
    private final Object lock = new Object();
    private @Nullable HttpServer server;
    private @Nullable ThreadPoolExecutor executor;
    private boolean closed;

    /**
     * Creates a server that is not yet started.
     *
     * @param settings the checked settings of the builder
     */
    public DefaultHelpdeskServer(ServerSettings settings) {
        this.settings = settings;
        CxDatabase database = settings.database();
        // With a database the engine reads that ledger and writes that log; POST /decisions goes through
        // decideAndRecord, which sums, decides, logs and records in one transaction.
        this.engine = database != null ? database.policyEngine(settings.policy())
                : PolicyEngine.builder(settings.policy())
                        .grantLedger(settings.grantLedger())
                        .decisionLog(settings.decisionLog())
                        .build();
        this.handler = new HelpdeskHandler(engine, settings);
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (closed || server != null) {
                throw new IllegalStateException("The helpdesk server was already " + (closed ? "closed" : "started")
                        + ".\nMaybe build a new one?");
            }
            InetSocketAddress address = new InetSocketAddress(settings.bindAddress(), settings.port());
            HttpServer http;
            try {
                http = HttpServer.create(address, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot listen on " + address.getAddress().getHostAddress() + ":"
                        + settings.port() + " (" + e.getMessage() + ").\nMaybe another server uses the port? "
                        + "Port 0 picks a free one.", e);
            }
            ThreadPoolExecutor pool = pool(settings.threads(), settings.queueCapacity());
            http.createContext("/", handler);
            http.setExecutor(pool);
            http.start();
            server = http;
            executor = pool;
            LOG.info("Helpdesk service listening on {} with policy {}; decisions recorded {}.", uri(),
                    engine.policy().version(), settings.database() != null ? "in the database" : "in memory only");
        }
    }

    private static ThreadPoolExecutor pool(int threads, int queueCapacity) {
        AtomicInteger count = new AtomicInteger();
        BlockingQueue<Runnable> queue = queueCapacity == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(queueCapacity);
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, queue, task -> {
            Thread thread = new Thread(task, "cx-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public int port() {
        return started().getAddress().getPort();
    }

    @Override
    public URI uri() {
        InetSocketAddress address = started().getAddress();
        try {
            return new URI("http", null, address.getAddress().getHostAddress(), address.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The server's own address does not form a URI: " + address, e);
        }
    }

    private HttpServer started() {
        synchronized (lock) {
            if (server == null) {
                throw new IllegalStateException(closed ? "The helpdesk server is closed."
                        : "The helpdesk server is not started.\nMaybe call start() first?");
            }
            return server;
        }
    }

    @Override
    public String policyVersion() {
        return engine.policy().version();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            HttpServer http = server;
            ThreadPoolExecutor pool = executor;
            server = null;
            executor = null;
            if (http == null || pool == null) {
                return;
            }
            http.stop(0);
            pool.shutdown();
            try {
                if (!pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
            LOG.info("Helpdesk service stopped.");
        }
    }
}
