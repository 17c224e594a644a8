package dev.cxkit.server.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.cxkit.server.HelpdeskServer;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link HelpdeskServer}: Jetty 12 (core API, HTTP/1.1, optionally TLS) with one handler,
 * {@link Transport}, for every path. Jetty's own small pool parses requests without blocking and answers
 * the cheap routes; the endpoints run on a fixed pool of workers with a bounded queue. Start and close
 * are serialised on a lock.
 */
public final class DefaultHelpdeskServer implements HelpdeskServer {

    private static final Logger LOG = LoggerFactory.getLogger(HelpdeskServer.class);
    private static final long CLOSE_WAIT_SECONDS = 5;
    /** Jetty's threads: one acceptor, one selector, and the rest parse, read bodies and write answers. */
    private static final int IO_THREADS = 8;
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private final ServerSettings settings;
    private final PolicyEngine engine;
    private final HelpdeskHandler handler;
    private final Object lock = new Object();
    private @Nullable Server jetty;
    private @Nullable ServerConnector connector;
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
        // decideAndRecord, which sums, decides, logs and records in one transaction. Either way the server's
        // clock is the engine's: it ends every cap period, whatever instant a client writes.
        PolicyPersistence persistence = new PolicyPersistence(database, settings.policy());
        Policy initial = persistence.initial(settings.policy());
        this.engine = PolicyEngine.builder(initial)
                .grantLedger(database != null ? database.grants() : settings.grantLedger())
                .decisionLog(database != null ? database.decisions() : settings.decisionLog())
                .instantSource(settings.clock())
                .requestTimeTolerance(settings.requestTimeTolerance())
                .build();
        this.handler = new HelpdeskHandler(engine, settings, persistence);
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (closed || jetty != null) {
                throw new IllegalStateException("The helpdesk server was already " + (closed ? "closed" : "started")
                        + ".\nMaybe build a new one?");
            }
            TransportSettings transport = settings.transport();
            QueuedThreadPool io = new QueuedThreadPool(IO_THREADS, 2);
            io.setName("cx-http-io");
            io.setDaemon(true);
            io.setReservedThreads(0);
            Server server = new Server(io);
            server.setStopTimeout(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
            server.setErrorHandler(new JsonErrors());
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setIdleTimeout(transport.idleTimeout().toMillis());
            HttpConnectionFactory http11 = new HttpConnectionFactory(http);
            HeaderDeadlines deadlines = new HeaderDeadlines(server.getScheduler(), transport.headerTimeout().toMillis());
            http11.addEventListener(deadlines);
            ServerConnector listening;
            Path keystore = transport.tlsKeystore();
            if (keystore == null) {
                listening = new ServerConnector(server, 1, 1, http11);
            } else {
                SslContextFactory.Server tls = new SslContextFactory.Server();
                tls.setKeyStorePath(keystore.toString());
                tls.setKeyStoreType("PKCS12");
                tls.setKeyStorePassword(transport.tlsPassword());
                SecureRequestCustomizer secure = new SecureRequestCustomizer();
                secure.setSniHostCheck(false); // the Host check is RequestGuard's, against the bound address
                http.addCustomizer(secure);
                listening = new ServerConnector(server, 1, 1, new SslConnectionFactory(tls, http11.getProtocol()),
                        http11);
            }
            InetAddress address = settings.bindAddress();
            listening.setHost(address.getHostAddress());
            listening.setPort(settings.port());
            listening.setIdleTimeout(transport.idleTimeout().toMillis());
            listening.setAcceptedTcpNoDelay(true); // an answer is never held back for a delayed ACK (Nagle)
            server.addConnector(listening);
            ThreadPoolExecutor pool = pool(settings.threads(), settings.queueCapacity());
            RequestGuard guard = new RequestGuard(address, transport.allowedHosts(), transport.allowedOrigins(),
                    transport.apiKeys());
            server.setHandler(new Transport(handler, guard, pool, server.getScheduler(),
                    transport.readTimeout().toMillis(), transport.registry(), deadlines));
            try {
                server.start();
            } catch (Exception e) {
                pool.shutdownNow();
                stopQuietly(server);
                String where = address.getHostAddress() + ":" + settings.port();
                if (e instanceof IOException io2) {
                    throw new UncheckedIOException("Cannot listen on " + where + " (" + e.getMessage()
                            + ").\nMaybe another server uses the port? Port 0 picks a free one.", io2);
                }
                throw new IllegalStateException("Cannot start the helpdesk server on " + where + " ("
                        + e.getClass().getSimpleName() + ")" + (keystore != null ? ".\nMaybe the keystore "
                        + keystore + " holds no private key?" : "."), e);
            }
            jetty = server;
            connector = listening;
            executor = pool;
            LOG.info("Helpdesk service listening on {} with policy {}; decisions recorded {}; {} worker(s), "
                    + "queue {}.", uri(), engine.policy().version(), settings.database() != null ? "in the database"
                    : "in memory only", settings.threads(), settings.queueCapacity());
            warnIfExposed(address, transport);
        }
    }

    /** The loud warning of an address other hosts can reach, without keys or without TLS. */
    private static void warnIfExposed(InetAddress address, TransportSettings transport) {
        if (address.isLoopbackAddress()) {
            return;
        }
        boolean noKeys = transport.apiKeys().isEmpty();
        boolean noTls = transport.tlsKeystore() == null;
        if (noKeys || noTls) {
            LOG.warn("""

                    ********************************************************************************
                    * WARNING: the helpdesk service listens on {}, which other hosts can reach,
                    * {}.
                    * {}
                    ********************************************************************************""",
                    address.getHostAddress(),
                    noKeys && noTls ? "without API keys and without TLS" : noKeys ? "without API keys" : "without TLS",
                    noKeys ? "Anyone who reaches it can take decisions, read the decision log and replace the policy."
                            : "Tokens and decisions cross the network in clear text.");
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
        return started().getLocalPort();
    }

    @Override
    public URI uri() {
        ServerConnector listening = started();
        try {
            return new URI(settings.transport().tlsKeystore() != null ? "https" : "http", null,
                    settings.bindAddress().getHostAddress(), listening.getLocalPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The server's own address does not form a URI: "
                    + settings.bindAddress(), e);
        }
    }

    private ServerConnector started() {
        synchronized (lock) {
            if (connector == null) {
                throw new IllegalStateException(closed ? "The helpdesk server is closed."
                        : "The helpdesk server is not started.\nMaybe call start() first?");
            }
            return connector;
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
            Server server = jetty;
            ThreadPoolExecutor pool = executor;
            jetty = null;
            connector = null;
            executor = null;
            if (server == null || pool == null) {
                return;
            }
            // Running requests finish and are answered; new ones get 503 until Jetty stops listening.
            pool.shutdown();
            try {
                if (!pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
            stopQuietly(server);
            LOG.info("Helpdesk service stopped.");
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping the HTTP server failed ({}).", e.getClass().getName());
        }
    }
}
