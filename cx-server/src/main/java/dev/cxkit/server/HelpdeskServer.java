package dev.cxkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.cxkit.server.internal.DefaultHelpdeskServer;
import dev.cxkit.server.internal.ServerSettings;
import dev.cxkit.server.internal.TransportSettings;
import dev.cxkit.micrometer.CxMetrics;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.jdbc.DecisionQuery;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP service that a helpdesk calls: empowerment decisions, mistake audits, the KPI scorecard and
 * policy reloads, all as JSON over HTTP/1.1 (or HTTPS) on an embedded Jetty 12. Thread-safe: requests
 * run on a bounded pool of workers ({@link Builder#threads(int)}, {@link Builder#queueCapacity(int)});
 * {@link #start()} and {@link #close()} may be called from any thread.
 *
 * <h2>Storage</h2>
 * With a {@link Builder#database(CxDatabase) database} (what {@code cx serve} uses: embedded H2 by
 * default, PostgreSQL by JDBC URL), every {@code POST /decisions} goes through
 * {@link dev.cxkit.jdbc.JdbcGrantLedger#decideAndRecord}: the customer's and agent's grants are summed,
 * the decision is made, logged and, if allowed, recorded as a grant, in one transaction under row
 * locks, before the answer is sent. Concurrent grants never together exceed a cap, a retried
 * {@code requestId} counts once and gets its first decision, and everything survives a restart or a
 * crash: a decision that was answered is in the database. {@code GET /decisions} then reads the
 * decision log. Without a database the service keeps the in-memory ledger (or the one given to
 * {@link Builder#grantLedger(GrantLedger)}) and the {@link Builder#decisionLog(DecisionLog)} only, for
 * embedding and tests; a restart forgets them. A request that states no granted amounts is then
 * decided and, if allowed, recorded in that ledger in one step
 * ({@link dev.cxkit.rules.PolicyEngine#decideAndRecord}), so caps apply and a retried
 * {@code requestId} counts once; a request that states them, or a ledger that cannot record
 * (not a {@link dev.cxkit.rules.spi.RecordingGrantLedger}), is decided from those figures and nothing
 * is recorded.
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code POST /decisions}: a decision request as a JSON object (below) → the decision, the same
 *       document as {@code cx decide --json}: {@code {"outcome":"NEEDS_APPROVAL","approverRole":"TEAM_LEAD",
 *       "reason":…,"firedRules":["refund-t1"],"headroom":[],"policyVersion":"sha256:…"}} plus the
 *       {@code requestId} if one was given. Every decision is recorded <em>before</em> the answer is
 *       sent (in the database, or else in the {@link DecisionLog}); a decision that cannot be recorded
 *       is answered with 500. A denial is a 200 with {@code "outcome":"DENIED"}: outcomes are data.
 *       With a database, a request that states {@code grantedToCustomer} or {@code grantedByAgent} is
 *       refused with 400 (the database's ledger is the one source of what was granted; a stated amount
 *       would let a caller talk its way past a cap), and a {@code requestId} already used for another
 *       customer, agent, action or amount gets 409.</li>
 *   <li>{@code GET /decisions?customerId=c-1&from=2026-03-01T00:00:00Z&to=…&limit=100}: the logged
 *       decisions a compliance reviewer asks for, oldest first. Filters, all optional and combined with
 *       and: {@code customerId}, {@code agentId}, {@code ruleId} (a rule that fired), {@code requestId},
 *       {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants of the request;
 *       {@code limit} 1 to {@value DecisionQuery#MAX_LIMIT} (default {@value DecisionQuery#DEFAULT_LIMIT})
 *       and {@code after}, the {@code next} of the previous page. → {@code {"decisions":[{"id":…,
 *       "requestId":…,"at":…,"recordedAt":…,"customerId":…,"segment":…,"agentId":…,"agentTier":…,
 *       "channel":…,"action":…,"amount":…,"currency":…,"viaLedger":…,"outcome":…,"approverRole":…,
 *       …,"policyVersion":…}],"next":id or null}}: ids, request facts and outcomes, no personal data.
 *       An unknown, repeated or malformed parameter → 400; without a database → 501.</li>
 *   <li>{@code POST /audit}: interactions as JSON Lines (docs/formats.md) → {@code {"findings":[…],
 *       "counts":{"HOLD_OVER_STATED":1,…},"interactions":n}}, the findings of the {@link ContactAudit}
 *       in input order. The interactions are then added to the running KPI totals. All or nothing: if
 *       any line is rejected the answer is 400 with the rejects (line, field, kind, message) and nothing
 *       is audited or counted. Without a configured audit the answer is 501.</li>
 *   <li>{@code GET /kpis}: the {@link Scorecard} over every interaction posted so far, as in
 *       {@code cx scorecard --json}: {@code {"scorecard":{"rows":[…],"met":…,"notMet":…,"noData":…},
 *       "interactions":n}}. The totals live in memory for the life of the server (promises and surveys are
 *       kept until the end, about 100–200 bytes each); a restart starts them afresh.</li>
 *   <li>{@code POST /policy?name=authority.csv}: the body replaces the policy source of that name (or
 *       is added when the policy has none of that name); the other sources stay. The name's extension
 *       chooses the form as in {@link dev.cxkit.rules.PolicySource#read}; without a name the policy's
 *       first authority matrix is replaced. Only the authority-matrix CSV is accepted unless
 *       {@link Builder#allowDrlReload(boolean)} is on: DRL and decision tables are code that runs inside
 *       this process, so anyone who may post them may run code here; otherwise they get 403. Success →
 *       200 {@code {"status":"APPLIED","policyVersion":new,"previousVersion":old,"sources":[…]}}; a
 *       source that does not compile → 422 with {@code "problems":[{"source","line","column",
 *       "message"}]} and the old policy stays in force. Compiling costs about a millisecond and 100 KB
 *       per matrix row, so the body is limited ({@link Builder#maxPolicyBytes(int)}, 413) and so are
 *       the rows (the policy's {@link Policy.Builder#maxMatrixRows(int)}, default 2,000: 413
 *       {@code "policy too large"} with {@code maxMatrixRows}, before anything is compiled); one reload
 *       compiles at a time, and another that arrives meanwhile gets 429 with {@code Retry-After: 1}.</li>
 *   <li>{@code GET /health}: readiness, for a load balancer or an orchestrator; needs no key. 200
 *       {@code {"status":"UP","policyLoaded":true,"policyVersion":…,"database":"UP","auditConfigured":…,
 *       "databaseConfigured":…}} when the policy is in force and the database (if any) answers a probe
 *       within 2 s ({@code "database":"NOT_CONFIGURED"} without one); 503 with {@code "status":"DOWN"} and
 *       {@code "database":"DOWN"} when it does not. Answered even when every worker is busy.</li>
 *   <li>{@code GET /metrics}: every meter in the Prometheus text format (version 0.0.4): {@code cx_decisions_total}
 *       by outcome, action, tier, segment and channel ({@link CxMetrics}), {@code http_server_requests_seconds}
 *       by method, route, status and outcome, and the JVM's memory, threads, GC, CPU and uptime. Tags from
 *       {@link Builder#metricsTags(Iterable)} are on all of them. Answered even when every worker is busy.</li>
 * </ul>
 *
 * <h2>Decision request</h2>
 * A JSON object with {@code agentId}, {@code agentTier} ({@code T1}…{@code T3}), {@code action}
 * ({@code REFUND}, {@code CREDIT}, {@code DISCOUNT}, …), {@code amount} (a decimal string such as
 * {@code "120.00"} or number, or a percentage such as {@code "10%"} for percent actions),
 * {@code currency} (ISO 4217, required for money) and {@code customerId}; optional {@code segment}
 * (default {@code STANDARD}), {@code channel} (default {@code PHONE}), {@code grantedToCustomer} and
 * {@code grantedByAgent} (in the request's currency; absent: asked from the {@link GrantLedger}),
 * {@code at} (ISO-8601 instant; default: now from the {@link Builder#clock(InstantSource) clock}; a
 * value further than {@link Builder#requestTimeTolerance(Duration) the tolerance} from the server's
 * clock is a 400 naming {@code at}, and any other is only checked: the server's clock ends every cap
 * period and stamps what is logged and recorded, so a back- or forward-dated request cannot escape a
 * cap),
 * {@code requestId} and {@code flags} (an object of booleans for DRL rules, such as
 * {@code {"hasOpenComplaint":true}}). Unknown and duplicate fields are rejected, so that a misspelt
 * field never silently changes a decision.
 *
 * <h2>Errors</h2>
 * Every error is JSON {@code {"error":…,"detail":…}}, sometimes with more fields ({@code field},
 * {@code problems}, {@code rejects}): 400 for malformed JSON or an invalid request (the detail names
 * the field), 401 without a valid API key (with {@code WWW-Authenticate: Bearer}), 403 for a key without
 * the permission, a cross-origin state change or a DRL reload that is not allowed, 404 for an unknown
 * path, 405 for a wrong method (with {@code Allow}), 408 for a body slower than
 * {@link Builder#readTimeout(Duration)}, 409 for a request id reused for another grant, 413 for a body
 * over the limit ({@link Builder#maxRequestBytes(int)}, {@link Builder#maxAuditRequestBytes(long)},
 * {@link Builder#maxPolicyBytes(int)}) or a matrix over its row limit, 415 for a {@code POST /policy}
 * that is not {@code text/csv} (or {@code text/x-drl}), 421 for a {@code Host} that is not this server,
 * 422 for a policy that does not compile, 429 (with {@code Retry-After: 1}) for a policy reload while
 * another compiles, 501 for an audit or a decision log that is not configured, 503 (with
 * {@code Retry-After: 1}) when every worker is busy and the queue is full, 500
 * {@code "policy evaluation failed"} for a policy whose rules fail or overrun their time
 * ({@link Policy.Builder#maxEvaluationTime}), and 500 for anything else, never with a stack trace.
 *
 * <h2>Slow and idle clients</h2>
 * Headers are parsed and bodies read as bytes arrive, without holding a worker; a connection that
 * sends no complete headers within {@link Builder#headerTimeout(Duration)} is closed, a body that takes
 * longer than {@link Builder#readTimeout(Duration)} gets 408, and a connection silent for
 * {@link Builder#idleTimeout(Duration)} is closed. So slow or half-open clients cost connections, never
 * workers, and {@code /health} keeps answering. Answers are written in one piece with their length,
 * on connections with TCP no-delay, so a kept-alive client never waits for a delayed acknowledgement.
 *
 * <h2>Logging</h2>
 * One access-log line per request on the logger {@code dev.cxkit.server.access} at INFO:
 * {@code method=POST route=/decisions status=200 ms=1.84 in=187 out=243 key=helpdesk}: the route only
 * for a known path (never the raw path or the query, which can hold customer ids), the API key's name,
 * and no client address, body or header. Other lines hold ids, counts, statuses and outcomes only:
 * never request bodies, exception messages (they can quote input) or personal data.
 *
 * <h2>Security</h2>
 * The server binds the loopback address by default. Against a web page on the operator's machine: a
 * {@code Host} other than the server's own address (or an {@link Builder#allowedHosts allowed name}) gets
 * 421, which defeats DNS rebinding; a state change with a foreign {@code Origin} gets 403; and
 * {@code POST /policy} takes only {@code text/csv} (or {@code text/x-drl}), which a page cannot send
 * without a CORS preflight that this server never grants. Against other hosts:
 * {@link Builder#apiKeys(ApiKeys) API keys} with one {@link Permission} per kind of endpoint, and
 * {@link Builder#tls(Path, String) TLS} from a PKCS#12 keystore. Bound to an address other hosts can
 * reach without keys or without TLS, the server logs a loud warning at start.
 */
public interface HelpdeskServer extends AutoCloseable {

    /**
     * Binds the address and starts answering.
     *
     * @throws java.io.UncheckedIOException if the address cannot be bound (for example the port is taken)
     * @throws IllegalStateException if the server was already started or closed
     */
    void start();

    /**
     * The port the server listens on; the actual one when the builder asked for port 0.
     *
     * @return the port
     * @throws IllegalStateException if the server is not started
     */
    int port();

    /**
     * The base address of the service, such as {@code http://127.0.0.1:8080/}.
     *
     * @return the address, ending in {@code /}
     * @throws IllegalStateException if the server is not started
     */
    URI uri();

    /**
     * The version of the policy in force now.
     *
     * @return the version, such as {@code sha256:3f2a…}
     */
    String policyVersion();

    /**
     * Stops listening, closes open connections and waits up to a few seconds for running requests to
     * finish. A decision answered before is in the decision log. Does not close the
     * {@link Builder#database(CxDatabase) database}: its owner does, after this. Idempotent.
     */
    @Override
    void close();

    /**
     * Starts a builder; {@link Builder#policy(Policy)} is required.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HelpdeskServer}; not thread-safe. Each setter checks its argument. */
    final class Builder {

        /** The default body limit of {@code POST /decisions}: 1 MiB. */
        public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

        /** The default body limit of {@code POST /audit}: 32 MiB. */
        public static final long DEFAULT_MAX_AUDIT_REQUEST_BYTES = 32L << 20;

        /** The default body limit of {@code POST /policy}: 256 KiB, room for about 4,000 matrix rows. */
        public static final int DEFAULT_MAX_POLICY_BYTES = 256 << 10;

        /** The default number of request threads. */
        public static final int DEFAULT_THREADS = 4;

        /** The default number of requests that may wait for a thread. */
        public static final int DEFAULT_QUEUE_CAPACITY = 64;

        /** The default time a connection may stay silent before it is closed: 30 s. */
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

        /** The default time a new connection has to send its first request's headers: 10 s. */
        public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);

        /** The default time a request has to send its body once its headers are in: 30 s. */
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

        private @Nullable Policy policy;
        private @Nullable GrantLedger grantLedger;
        private @Nullable CxDatabase database;
        private DecisionLog decisionLog = DecisionLog.slf4j();
        private @Nullable ContactAudit contactAudit;
        private boolean allowDrlReload;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxAuditRequestBytes = DEFAULT_MAX_AUDIT_REQUEST_BYTES;
        private int threads = DEFAULT_THREADS;
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
        private InstantSource clock = InstantSource.system();
        private Duration requestTimeTolerance = Duration.ofMinutes(PolicyEngine.DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES);
        private int maxPolicyBytes = DEFAULT_MAX_POLICY_BYTES;
        private StandardKpis.Config kpiConfig = StandardKpis.Config.ofDefaults();
        private Scorecard scorecard = Scorecard.ofDefaults();
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private ApiKeys apiKeys = ApiKeys.builder().build();
        private @Nullable Path tlsKeystore;
        private @Nullable String tlsPassword;
        private List<String> allowedHosts = List.of();
        private List<String> allowedOrigins = List.of();
        private @Nullable PrometheusMeterRegistry meterRegistry;
        private Tags metricsTags = Tags.empty();

        private Builder() {
        }

        /**
         * Sets the policy in force at start; {@code POST /policy} replaces it later.
         *
         * @param policy a compiled policy
         * @return this builder
         */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "The policy must not be null.");
            return this;
        }

        /**
         * Makes the service decide, log and record grants in a database (see <em>Storage</em> on
         * {@link HelpdeskServer}): {@code POST /decisions} through
         * {@link dev.cxkit.jdbc.JdbcGrantLedger#decideAndRecord}, and {@code GET /decisions} on its
         * decision log. The server uses the database but does not own it: close the database after
         * the server.
         *
         * @param database an open database, such as {@link CxDatabase#embedded(java.nio.file.Path)}
         * @return this builder
         */
        public Builder database(CxDatabase database) {
            this.database = Objects.requireNonNull(database, "The database must not be null.");
            return this;
        }

        /**
         * Sets where granted amounts come from when a request does not state them, for a server
         * without a {@link #database(CxDatabase) database}.
         *
         * @param grantLedger the ledger; default a new, empty {@link InMemoryGrantLedger}
         * @return this builder
         */
        public Builder grantLedger(GrantLedger grantLedger) {
            this.grantLedger = Objects.requireNonNull(grantLedger, "The grantLedger must not be null.");
            return this;
        }

        /**
         * Sets where every decision is written before it is answered. With a
         * {@link #database(CxDatabase) database}, the database's decision log is the record and this
         * log is told of each decision after the database committed it (for a console line or a
         * metric); if it fails, the answer is 500, the decision stays recorded, and a retry with the
         * same {@code requestId} gets it.
         *
         * @param decisionLog the log, called on request threads; default {@link DecisionLog#slf4j()}
         * @return this builder
         */
        public Builder decisionLog(DecisionLog decisionLog) {
            this.decisionLog = Objects.requireNonNull(decisionLog, "The decisionLog must not be null.");
            return this;
        }

        /**
         * Sets the audit behind {@code POST /audit}; without one that endpoint answers 501.
         *
         * @param contactAudit the per-contact checks, thread-safe
         * @return this builder
         */
        public Builder contactAudit(ContactAudit contactAudit) {
            this.contactAudit = Objects.requireNonNull(contactAudit, "The contactAudit must not be null.");
            return this;
        }

        /**
         * Lets {@code POST /policy} accept DRL and decision tables as well as the authority matrix.
         * DRL is code that runs in this process with its rights: turn this on only when everyone who
         * can reach the endpoint may run code on this host.
         *
         * @param allow {@code true} to accept DRL; default {@code false}
         * @return this builder
         */
        public Builder allowDrlReload(boolean allow) {
            this.allowDrlReload = allow;
            return this;
        }

        /**
         * Sets the address to listen on.
         *
         * @param bindAddress the address; default the loopback address
         * @return this builder
         */
        public Builder bindAddress(InetAddress bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "The bindAddress must not be null.");
            return this;
        }

        /**
         * Sets the port to listen on.
         *
         * @param port 0 (the default) for a free port chosen at start, or 1–65535
         * @return this builder
         * @throws IllegalArgumentException if the port is outside 0–65535
         */
        public Builder port(int port) {
            this.port = inRange(port, 0, 65_535, "port");
            return this;
        }

        /**
         * Sets the largest body accepted by {@code POST /decisions}; larger
         * bodies get 413.
         *
         * @param bytes at least 1; default {@value #DEFAULT_MAX_REQUEST_BYTES} (1 MiB)
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is below 1
         */
        public Builder maxRequestBytes(int bytes) {
            this.maxRequestBytes = inRange(bytes, 1, Integer.MAX_VALUE, "maxRequestBytes");
            return this;
        }

        /**
         * Sets the largest body accepted by {@code POST /audit}; larger bodies get 413 and nothing of
         * them is audited or counted. The posted interactions are held in memory while a request runs.
         *
         * @param bytes at least 1; default {@value #DEFAULT_MAX_AUDIT_REQUEST_BYTES} (32 MiB)
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is below 1
         */
        public Builder maxAuditRequestBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("The maxAuditRequestBytes (" + bytes
                        + ") of the helpdesk server must be at least 1.");
            }
            this.maxAuditRequestBytes = bytes;
            return this;
        }

        /**
         * Sets the number of workers: how many requests run their endpoint at once (a decision holds one
         * for its database transaction). Reading requests and answering {@code /health} and
         * {@code /metrics} does not take a worker.
         *
         * @param threads 1–256; default {@value #DEFAULT_THREADS}
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is outside 1–256
         */
        public Builder threads(int threads) {
            this.threads = inRange(threads, 1, 256, "threads");
            return this;
        }

        /**
         * Sets how many requests (with their bodies read) may wait for a busy worker; beyond that, a
         * request gets 503 with {@code Retry-After: 1} and nothing of it is done.
         *
         * @param queueCapacity 0 (hand over or refuse) to 100 000; default {@value #DEFAULT_QUEUE_CAPACITY}
         * @return this builder
         * @throws IllegalArgumentException if {@code queueCapacity} is outside 0–100 000
         */
        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = inRange(queueCapacity, 0, 100_000, "queueCapacity");
            return this;
        }

        /**
         * Sets how long a connection may stay silent (no byte either way) before the server closes it;
         * also the most a kept-alive connection may wait between requests.
         *
         * @param timeout 10 ms to 1 h; default {@link #DEFAULT_IDLE_TIMEOUT} (30 s)
         * @return this builder
         * @throws IllegalArgumentException if outside 10 ms to 1 h
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout(timeout, "idleTimeout");
            return this;
        }

        /**
         * Sets how long a new connection has to send the headers of its first request; a connection
         * that trickles them slower is closed without an answer. Waiting for headers holds no worker.
         *
         * @param timeout 10 ms to 1 h; default {@link #DEFAULT_HEADER_TIMEOUT} (10 s)
         * @return this builder
         * @throws IllegalArgumentException if outside 10 ms to 1 h
         */
        public Builder headerTimeout(Duration timeout) {
            this.headerTimeout = timeout(timeout, "headerTimeout");
            return this;
        }

        /**
         * Sets how long a request has to send its whole body once its headers are in; a slower one gets
         * 408 and its connection is closed, and nothing of it is done. The body is read without holding
         * a worker, so slow senders never keep other requests waiting.
         *
         * @param timeout 10 ms to 1 h; default {@link #DEFAULT_READ_TIMEOUT} (30 s)
         * @return this builder
         * @throws IllegalArgumentException if outside 10 ms to 1 h
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout(timeout, "readTimeout");
            return this;
        }

        /**
         * Makes every endpoint but {@code GET /health} ask for an API key
         * ({@code Authorization: Bearer <token>}) with the endpoint's {@link Permission}: 401 without a
         * valid one, 403 with one that lacks the permission. Read the keys from a file
         * ({@link ApiKeys#read(Path)}) or an environment variable, never from a command line.
         *
         * @param apiKeys the keys; default none, and then no endpoint asks for a key
         * @return this builder
         */
        public Builder apiKeys(ApiKeys apiKeys) {
            this.apiKeys = Objects.requireNonNull(apiKeys, "The apiKeys must not be null.");
            return this;
        }

        /**
         * Serves HTTPS instead of HTTP, with the key and certificate chain of a PKCS#12 keystore (for
         * example {@code keytool -genkeypair -storetype PKCS12}, or {@code openssl pkcs12 -export} from a
         * PEM key and certificate). The keystore is opened by {@link #build()}, so that a wrong password
         * fails there.
         *
         * @param keystore the {@code .p12} file
         * @param password its password; read it from an environment variable or a file, never from a
         *     command line
         * @return this builder
         */
        public Builder tls(Path keystore, String password) {
            this.tlsKeystore = Objects.requireNonNull(keystore, "The TLS keystore must not be null.");
            this.tlsPassword = Objects.requireNonNull(password, "The TLS keystore password must not be null.");
            return this;
        }

        /**
         * Adds host names the server answers for in the {@code Host} header, besides its bound address
         * (and {@code localhost} when bound to loopback or to every address): the names clients and a
         * reverse proxy use for it. A request for any other name gets 421, which defeats DNS rebinding.
         *
         * @param hosts names such as {@code cx.example.org}, without port; default none
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or holds a port, path or space
         */
        public Builder allowedHosts(Collection<String> hosts) {
            List<String> checked = new ArrayList<>();
            for (String host : Objects.requireNonNull(hosts, "The allowedHosts must not be null.")) {
                if (host == null || !host.matches("[A-Za-z0-9.-]{1,253}")) {
                    throw new IllegalArgumentException("The allowed host (" + host + ") is not a host name.\nMaybe "
                            + "leave out the scheme and the port, as in cx.example.org?");
                }
                checked.add(host.toLowerCase(Locale.ROOT));
            }
            this.allowedHosts = List.copyOf(checked);
            return this;
        }

        /**
         * Adds web origins whose pages may change state here (any method but GET and HEAD): an
         * {@code Origin} header that is neither the server's own nor one of these gets 403. Requests
         * without {@code Origin} (every non-browser client) are not affected.
         *
         * @param origins origins such as {@code https://crm.example.org}, exactly as browsers send them;
         *     default none
         * @return this builder
         * @throws IllegalArgumentException if an origin is not {@code scheme://host[:port]}
         */
        public Builder allowedOrigins(Collection<String> origins) {
            List<String> checked = new ArrayList<>();
            for (String origin : Objects.requireNonNull(origins, "The allowedOrigins must not be null.")) {
                if (origin == null || !origin.matches("https?://[A-Za-z0-9.\\[\\]:-]+")) {
                    throw new IllegalArgumentException("The allowed origin (" + origin + ") is not scheme://host[:port]."
                            + "\nMaybe https://crm.example.org, without a path or a final slash?");
                }
                checked.add(origin);
            }
            this.allowedOrigins = List.copyOf(checked);
            return this;
        }

        /**
         * Sets the registry behind {@code GET /metrics}, for an application that already has one.
         *
         * @param registry the registry; default a new {@link PrometheusMeterRegistry} with JVM meters
         * @return this builder
         */
        public Builder meterRegistry(PrometheusMeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "The meterRegistry must not be null.");
            return this;
        }

        /**
         * Sets tags added to the cxkit meters ({@link CxMetrics#create(Iterable)}) and the JVM meters the
         * server registers, as Micrometer's binders take them, such as {@code Tags.of("site", "lisbon")}.
         *
         * @param tags the tags; default none
         * @return this builder
         */
        public Builder metricsTags(Iterable<Tag> tags) {
            this.metricsTags = Tags.of(Objects.requireNonNull(tags, "The metricsTags must not be null."));
            return this;
        }

        /**
         * Sets the clock that says when "now" is for every decision: cap periods end at its instant,
         * decisions and grants are logged and recorded at it, and a request without {@code at} gets it.
         *
         * @param clock the clock; default {@link InstantSource#system()}
         * @return this builder
         */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "The clock must not be null.");
            return this;
        }

        /**
         * Sets how far a decision request's {@code at} may be from the server's clock, either way,
         * before it is refused with 400 (see {@link PolicyEngine.Builder#requestTimeTolerance}).
         *
         * @param tolerance {@code PT0S} to {@code P1D}; default 5 minutes
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder requestTimeTolerance(Duration tolerance) {
            Objects.requireNonNull(tolerance, "The requestTimeTolerance must not be null.");
            if (tolerance.isNegative() || tolerance.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("The requestTimeTolerance (" + tolerance
                        + ") of the helpdesk server is outside PT0S–P1D.");
            }
            this.requestTimeTolerance = tolerance;
            return this;
        }

        /**
         * Sets the most bytes a {@code POST /policy} body may have; more is a 413 and nothing is
         * compiled. The policy's own row limit ({@link Policy.Builder#maxMatrixRows(int)}) applies too.
         *
         * @param bytes at least 1; default {@value #DEFAULT_MAX_POLICY_BYTES} (256 KiB)
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is below 1
         */
        public Builder maxPolicyBytes(int bytes) {
            this.maxPolicyBytes = inRange(bytes, 1, Integer.MAX_VALUE, "maxPolicyBytes");
            return this;
        }

        /**
         * Sets the windows and thresholds of the running KPIs.
         *
         * @param kpiConfig the configuration; default {@link StandardKpis.Config#ofDefaults()}
         * @return this builder
         */
        public Builder kpiConfig(StandardKpis.Config kpiConfig) {
            this.kpiConfig = Objects.requireNonNull(kpiConfig, "The kpiConfig must not be null.");
            return this;
        }

        /**
         * Sets the benchmarks {@code GET /kpis} judges against.
         *
         * @param scorecard the scorecard; default {@link Scorecard#ofDefaults()}
         * @return this builder
         */
        public Builder scorecard(Scorecard scorecard) {
            this.scorecard = Objects.requireNonNull(scorecard, "The scorecard must not be null.");
            return this;
        }

        /**
         * Builds the server, not yet started.
         *
         * @return the server
         * @throws IllegalStateException if no policy was set, or both a database and a grant ledger were
         */
        public HelpdeskServer build() {
            if (policy == null) {
                throw new IllegalStateException("The policy of the helpdesk server was not set.\n"
                        + "Maybe call policy(Policy.compile(List.of(PolicySource.read(path))))?");
            }
            if (database != null && grantLedger != null) {
                throw new IllegalStateException("The helpdesk server was given both a database (" + database
                        + ") and a grant ledger (" + grantLedger + "); with a database, its ledger is the one that counts."
                        + "\nMaybe drop grantLedger(...)?");
            }
            if (tlsKeystore != null && tlsPassword != null) {
                checkKeystore(tlsKeystore, tlsPassword);
            }
            PrometheusMeterRegistry registry = meterRegistry;
            if (registry == null) {
                registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
                new JvmMemoryMetrics(metricsTags).bindTo(registry);
                new JvmThreadMetrics(metricsTags).bindTo(registry);
                new ProcessorMetrics(metricsTags).bindTo(registry);
                new UptimeMetrics(metricsTags).bindTo(registry);
                new JvmGcMetrics(metricsTags).bindTo(registry);
            }
            CxMetrics metrics = CxMetrics.create(metricsTags);
            metrics.bindTo(registry);
            TransportSettings transport = new TransportSettings(idleTimeout, headerTimeout, readTimeout, apiKeys,
                    tlsKeystore, tlsPassword, java.util.Set.copyOf(allowedHosts), allowedOrigins, registry);
            // Every decision is counted after it is recorded: the log the engine or the database path tells last.
            return new DefaultHelpdeskServer(new ServerSettings(policy, database,
                    grantLedger != null ? grantLedger : InMemoryGrantLedger.create(), metrics.around(decisionLog),
                    contactAudit, allowDrlReload, bindAddress, port, maxRequestBytes, maxAuditRequestBytes, threads,
                    queueCapacity, clock, requestTimeTolerance, maxPolicyBytes, kpiConfig, scorecard, transport));
        }

        /** Opens the keystore, so that a wrong path or password fails here and not at the first client. */
        private static void checkKeystore(Path keystore, String password) {
            if (!Files.isRegularFile(keystore)) {
                throw new IllegalArgumentException("The TLS keystore (" + keystore + ") is not a file.\nMaybe give the "
                        + "path of the .p12 file?");
            }
            try (InputStream in = Files.newInputStream(keystore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, password.toCharArray());
                boolean hasKey = false;
                for (String alias : java.util.Collections.list(store.aliases())) {
                    hasKey |= store.isKeyEntry(alias);
                }
                if (!hasKey) {
                    throw new IllegalArgumentException("The TLS keystore (" + keystore + ") holds no private key."
                            + "\nMaybe it is a trust store? The server needs its own key and certificate.");
                }
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalArgumentException("The TLS keystore (" + keystore + ") cannot be opened as PKCS#12 "
                        + "with the given password (" + e.getClass().getSimpleName() + ").\nMaybe the password is "
                        + "wrong, or the file is PEM or JKS?", e);
            }
        }

        private static Duration timeout(Duration timeout, String name) {
            Objects.requireNonNull(timeout, "The " + name + " must not be null.");
            if (timeout.compareTo(Duration.ofMillis(10)) < 0 || timeout.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("The " + name + " (" + timeout + ") of the helpdesk server is outside "
                        + "10 ms to 1 h.");
            }
            return timeout;
        }

        private static int inRange(int value, int min, int max, String name) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("The " + name + " (" + value + ") of the helpdesk server is outside "
                        + min + "–" + max + ".");
            }
            return value;
        }
    }
}
