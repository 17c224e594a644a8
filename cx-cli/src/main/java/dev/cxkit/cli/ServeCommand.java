package dev.cxkit.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.server.ContactAudit;
import dev.cxkit.server.HelpdeskServer;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.audit.Auditor;
import org.jspecify.annotations.Nullable;
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
        footer = {"", "Endpoints: POST /decisions, GET /decisions, POST /audit, GET /kpis, POST /policy, GET /health.",
            "It listens on the loopback address only unless --bind says otherwise; it has no authentication.",
            "POST /policy accepts the authority-matrix CSV only: DRL is code, so --allow-drl-reload is needed for it.",
            "The database password comes from the environment variable " + ServeCommand.PASSWORD_VARIABLE
                + ", never from the command line (other users of the host can read that).",
            "", "Examples:",
            "  cx serve --policy authority.csv",
            "  cx serve --port 9090 --data /var/lib/cx --policy authority.csv --policy vip.drl --allow-drl-reload",
            "  CX_JDBC_PASSWORD=secret cx serve --jdbc-url jdbc:postgresql://db:5432/cx --jdbc-user cx --policy authority.csv",
            "  curl -s localhost:8080/decisions -d '{\"requestId\":\"r-1\",\"agentId\":\"a-1\",\"agentTier\":\"T1\","
                + "\"action\":\"REFUND\",\"amount\":\"120.00\",\"currency\":\"EUR\",\"customerId\":\"c-1\"}'",
            "  curl -s 'localhost:8080/decisions?customerId=c-1&from=2026-03-01T00:00:00Z'"})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable that holds the password for {@code --jdbc-user}. */
    static final String PASSWORD_VARIABLE = "CX_JDBC_PASSWORD";

    /** The directory of the embedded database when neither {@code --data} nor {@code --jdbc-url} is given. */
    static final String DEFAULT_DATA = "cx-data";

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); another one only behind an "
                    + "authenticating proxy.")
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
        // A service's log is its audit trail: show each decision (ids only) and the service's own lines at
        // INFO, unless -D options chose levels. slf4j-simple reads these when a logger is first created.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.rules.decisions", "info");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.server", "info");
        Policy policy = Policy.compile(policies.stream().map(DecideCommand::read).toList());
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("Unknown address (" + bind + ") for --bind. Maybe 127.0.0.1 or 0.0.0.0?");
        }
        // Closed in reverse: the server stops answering before the database closes under it.
        try (CxDatabase database = openDatabase();
                HelpdeskServer server = HelpdeskServer.builder()
                        .policy(policy)
                        .database(database)
                        .bindAddress(address)
                        .port(port)
                        .allowDrlReload(allowDrlReload)
                        .contactAudit(contactAudit(policy))
                        .build()) {
            server.start();
            spec.commandLine().getErr().println("cx serve: listening on " + server.uri() + " with policy "
                    + server.policyVersion() + (allowDrlReload ? " (DRL reload allowed)" : "") + "; grants and "
                    + "decisions in " + describe(database) + "; Ctrl-C stops it.");
            spec.commandLine().getErr().flush();
            if (whileRunning != null) {
                whileRunning.accept(server);
            } else {
                untilInterrupted(() -> stop(server, database));
            }
        }
        return ExitCodes.OK;
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
