package dev.cxkit.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.server.ApiKeys;
import dev.cxkit.server.ContactAudit;
import dev.cxkit.server.HelpdeskServer;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.audit.Auditor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx serve}: the HTTP decision, audit and KPI service for helpdesks, until interrupted, with its
 * grants and decisions in a database: embedded H2 in {@code --data} by default, or PostgreSQL by
 * {@code --jdbc-url}.
 */
@Command(name = "serve", sortOptions = false,
        description = {"Run the HTTP service for helpdesks (decisions, decision log, audit, KPIs, policy reload) "
                + "until interrupted.",
            "Grants and decisions are kept in a database, so caps count across restarts: an embedded one in --data "
                + "by default, or PostgreSQL with --jdbc-url."},
        footer = {"", "Endpoints: POST /decisions, GET /decisions, POST /audit, GET /kpis, POST /policy, GET /health, "
                + "GET /metrics.",
            "It listens on the loopback address only unless --bind says otherwise. API keys come from --api-keys FILE "
                + "or the environment variable " + ServeCommand.TOKEN_VARIABLE + " (one token, every permission); the "
                + "keystore password of --tls-keystore from " + ServeCommand.TLS_PASSWORD_VARIABLE + ".",
            "Bound to another address without keys or TLS it warns loudly at start.",
            "POST /policy accepts the authority-matrix CSV only (Content-Type: text/csv): DRL is code, so "
                + "--allow-drl-reload is needed for it.",
            "Passwords and tokens come from the environment or a file, never from the command line (other users "
                + "of the host can read that); the database password from " + ServeCommand.PASSWORD_VARIABLE + ".",
            "", "Examples:",
            "  cx serve --policy authority.csv",
            "  cx serve --port 9090 --data /var/lib/cx --policy authority.csv --policy vip.drl --allow-drl-reload",
            "  CX_JDBC_PASSWORD=secret cx serve --jdbc-url jdbc:postgresql://db:5432/cx --jdbc-user cx --policy authority.csv",
            "  curl -s localhost:8080/decisions -d '{\"requestId\":\"r-1\",\"agentId\":\"a-1\",\"agentTier\":\"T1\","
                + "\"action\":\"REFUND\",\"amount\":\"120.00\",\"currency\":\"EUR\",\"customerId\":\"c-1\"}'",
            "  curl -s 'localhost:8080/decisions?customerId=c-1&from=2026-03-01T00:00:00Z'",
            "  curl -s localhost:8080/policy -H 'Content-Type: text/csv' --data-binary @authority.csv",
            "  CX_TLS_PASSWORD=secret cx serve --bind 0.0.0.0 --tls-keystore server.p12 --api-keys keys.txt "
                + "--allowed-host cx.example.org --policy authority.csv"})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable that holds the password for {@code --jdbc-user}. */
    static final String PASSWORD_VARIABLE = "CX_JDBC_PASSWORD";

    /** The environment variable that may hold one API token with every permission. */
    static final String TOKEN_VARIABLE = "CX_API_TOKEN";

    /** The environment variable that holds the password of {@code --tls-keystore}. */
    static final String TLS_PASSWORD_VARIABLE = "CX_TLS_PASSWORD";

    /** The directory of the embedded database when neither {@code --data} nor {@code --jdbc-url} is given. */
    static final String DEFAULT_DATA = "cx-data";

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); another one with --api-keys and "
                    + "--tls-keystore, or behind a proxy that authenticates.")
    String bind;

    @Option(names = "--policy", required = true, paramLabel = "FILE",
            description = "Policy sources: authority matrix (.csv), DRL (.drl) or decision table (.drl.csv); repeatable.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--allow-drl-reload",
            description = "Let POST /policy accept DRL and decision tables: code that runs in the server.")
    boolean allowDrlReload;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database (H2), created if missing (default: ./" + DEFAULT_DATA
                    + "). One server at a time may use it.")
    @Nullable Path data;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost:5432/cx "
                    + "(PostgreSQL 12 or later). The schema is created or updated on start.")
    @Nullable String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER",
            description = "User for --jdbc-url; the password is read from the environment variable "
                    + PASSWORD_VARIABLE + ".")
    @Nullable String jdbcUser;

    @Option(names = "--threads", defaultValue = "" + HelpdeskServer.Builder.DEFAULT_THREADS, paramLabel = "N",
            description = "Workers: requests that run at once (default: ${DEFAULT-VALUE}); slow clients take none.")
    int threads;

    @Option(names = "--queue", defaultValue = "" + HelpdeskServer.Builder.DEFAULT_QUEUE_CAPACITY, paramLabel = "N",
            description = "Requests that may wait for a worker; beyond them 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--header-timeout", defaultValue = "10s", paramLabel = "TIME", converter = Durations.class,
            description = "A new connection's time to send its headers, as 500ms, 10s or 2m (default: ${DEFAULT-VALUE}).")
    Duration headerTimeout;

    @Option(names = "--read-timeout", defaultValue = "30s", paramLabel = "TIME", converter = Durations.class,
            description = "A request's time to send its body; slower gets 408 (default: ${DEFAULT-VALUE}).")
    Duration readTimeout;

    @Option(names = "--idle-timeout", defaultValue = "30s", paramLabel = "TIME", converter = Durations.class,
            description = "A silent connection is closed after this (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--api-keys", paramLabel = "FILE",
            description = "API keys, one a line: name, permissions (decide, read-decisions, change-policy, "
                    + "read-metrics or *), token or sha256:hash. Every endpoint but /health then needs one.")
    @Nullable Path apiKeys;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with this PKCS#12 keystore; its password from " + TLS_PASSWORD_VARIABLE + ".")
    @Nullable Path tlsKeystore;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients use for this service (Host header); repeatable. Others get 421.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--allowed-origin", paramLabel = "ORIGIN",
            description = "A web origin whose pages may post here, such as https://crm.example.org; repeatable.")
    List<String> allowedOrigins = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private final @Nullable Consumer<HelpdeskServer> whileRunning;
    private final UnaryOperator<String> environment;

    /** The command as {@code cx} runs it: serve until the process is interrupted. */
    ServeCommand() {
        this.whileRunning = null;
        this.environment = System::getenv;
    }

    /**
     * For tests: serve while {@code whileRunning} runs, then close.
     *
     * @param whileRunning called with the started server
     * @param environment the environment variables, by name; {@code null} for an unset one
     */
    ServeCommand(Consumer<HelpdeskServer> whileRunning, UnaryOperator<String> environment) {
        this.whileRunning = whileRunning;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // A service's log is its audit trail: show each decision (ids only; the decision log writes at DEBUG)
        // and the service's own lines at INFO, unless -D options chose levels. slf4j-simple reads these when
        // a logger is first created.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.rules.decisions", "debug");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.server", "info");
        Progress progress = Progress.of(spec, "serve", false);
        progress.phase("compiling the policy");
        Policy policy = Policy.compile(policies.stream().map(DecideCommand::read).toList());
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("Unknown address (" + bind + ") for --bind. Maybe 127.0.0.1 or 0.0.0.0?");
        }
        // Closed in reverse: the server stops answering before the database closes under it.
        HelpdeskServer.Builder builder;
        try {
            builder = HelpdeskServer.builder().bindAddress(address).port(port).allowDrlReload(allowDrlReload)
                    .threads(threads).queueCapacity(queue).headerTimeout(headerTimeout).readTimeout(readTimeout)
                    .idleTimeout(idleTimeout).allowedHosts(allowedHosts).allowedOrigins(allowedOrigins);
            ApiKeys keys = apiKeys();
            if (keys != null) {
                builder.apiKeys(keys);
            }
            if (tlsKeystore != null) {
                String password = environment.apply(TLS_PASSWORD_VARIABLE);
                if (password == null) {
                    throw new BadInputException("--tls-keystore (" + tlsKeystore + ") needs its password in the "
                            + "environment variable " + TLS_PASSWORD_VARIABLE + " (empty for none); cx never takes it "
                            + "as an argument. Maybe export " + TLS_PASSWORD_VARIABLE + " first?");
                }
                builder.tls(tlsKeystore, password);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadInputException(String.valueOf(e.getMessage()));
        }
        try (CxDatabase database = openDatabase();
                HelpdeskServer server = builder
                        .policy(policy)
                        .database(database)
                        .contactAudit(contactAudit(policy))
                        .build()) {
            progress.phase("starting the server");
            server.start();
            spec.commandLine().getErr().println("cx serve: listening on " + server.uri() + " with policy "
                    + server.policyVersion() + (allowDrlReload ? " (DRL reload allowed)" : "") + "; grants and "
                    + "decisions in " + describe(database) + "; " + (apiKeys != null || environment.apply(
                    TOKEN_VARIABLE) != null ? "API keys required" : "no API keys") + "; Ctrl-C stops it.");
            spec.commandLine().getErr().flush();
            // The URL alone on standard output once the server answers, for scripts: cx serve ... | head -1
            spec.commandLine().getOut().println(server.uri());
            spec.commandLine().getOut().flush();
            if (whileRunning != null) {
                whileRunning.accept(server);
            } else {
                untilInterrupted(() -> stop(server, database));
            }
        }
        return ExitCodes.OK;
    }

    /** The keys of {@code --api-keys}, or the one token of {@code CX_API_TOKEN}, or none; not both. */
    private @Nullable ApiKeys apiKeys() {
        String token = environment.apply(TOKEN_VARIABLE);
        if (apiKeys != null && token != null) {
            throw new BadInputException("Give either --api-keys (" + apiKeys + ") or the environment variable "
                    + TOKEN_VARIABLE + ", not both. Maybe unset " + TOKEN_VARIABLE + "?");
        }
        if (apiKeys != null) {
            return ApiKeys.read(apiKeys);
        }
        return token == null ? null : ApiKeys.ofToken("token", token);
    }

    /** Durations as {@code 500ms}, {@code 10s}, {@code 2m} or ISO-8601 ({@code PT10S}). */
    static final class Durations implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (text.startsWith("pt")) {
                    return Duration.parse(text);
                }
                if (text.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
                }
                if (text.endsWith("s")) {
                    return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
                }
                if (text.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
                }
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("(" + value + ") is not a duration. Maybe 500ms, 10s or 2m?");
        }
    }

    /** The embedded database in {@code --data} (or its default), or the one at {@code --jdbc-url}. */
    private CxDatabase openDatabase() {
        String url = jdbcUrl;
        if (url == null) {
            if (jdbcUser != null) {
                throw new BadInputException("--jdbc-user (" + jdbcUser + ") goes with --jdbc-url; the embedded database "
                        + "needs no user. Maybe add --jdbc-url?");
            }
            return CxDatabase.embedded(data != null ? data : Path.of(DEFAULT_DATA));
        }
        if (data != null) {
            throw new BadInputException("Give either --data (" + data + ", the embedded database) or --jdbc-url, "
                    + "not both.");
        }
        CxDatabase.Builder builder = CxDatabase.builder().jdbcUrl(url);
        String password = environment.apply(PASSWORD_VARIABLE);
        if (jdbcUser != null) {
            if (password == null) {
                throw new BadInputException("--jdbc-user (" + jdbcUser + ") needs its password in the environment "
                        + "variable " + PASSWORD_VARIABLE + " (empty for none); cx never takes it as an argument. "
                        + "Maybe export " + PASSWORD_VARIABLE + " first?");
            }
            builder.credentials(jdbcUser, password);
        } else if (password != null) {
            throw new BadInputException(PASSWORD_VARIABLE + " is set but --jdbc-user is not, so the password would "
                    + "go unused. Maybe add --jdbc-user?");
        }
        return builder.build();
    }

    /** The data directory, or the URL up to its parameters, which may hold a password. */
    private String describe(CxDatabase database) {
        if (jdbcUrl == null) {
            return (data != null ? data : Path.of(DEFAULT_DATA)).toAbsolutePath() + " (embedded H2)";
        }
        String url = database.jdbcUrl();
        int parameters = url.replace(';', '?').indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /** What Ctrl-C does: stop answering, then close the database (both are idempotent). */
    private static void stop(HelpdeskServer server, CxDatabase database) {
        server.close();
        database.close();
    }

    /** Blocks until the thread is interrupted or the JVM shuts down (Ctrl-C), running {@code stop} either way. */
    private static void untilInterrupted(Runnable stop) {
        Thread hook = new Thread(stop, "cx-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down and the hook stops the server and closes the database.
            }
        }
    }

    /**
     * The per-contact audit behind {@code POST /audit}: the catalog's contact checks, OVER_AUTHORITY
     * against the served policy, judged at the moment of the request or at its {@code asOf}. Cross-contact codes need a
     * whole period and are left to {@code cx audit}.
     */
    private static ContactAudit contactAudit(Policy policy) {
        Auditor auditor = Auditor.builder().calendar(GeneratorConfig.ofDefaults().calendar()).policy(policy).build();
        return ContactAudit.of(auditor, InstantSource.system());
    }
}
