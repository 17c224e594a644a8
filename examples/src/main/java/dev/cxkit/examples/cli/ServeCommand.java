package dev.cxkit.examples.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import dev.cxkit.examples.http.HelpdeskServer;
import dev.cxkit.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cx serve}: the HTTP decision, audit and KPI service for helpdesks, until interrupted. */
@Command(name = "serve", sortOptions = false,
        description = "Run the HTTP service for helpdesks (decisions, audit, KPIs, policy reload) until interrupted.",
        footer = {"", "Endpoints: POST /decisions, POST /audit, GET /kpis, POST /policy, GET /health.",
            "It listens on the loopback address only unless --bind says otherwise; it has no authentication.",
            "POST /policy accepts the authority-matrix CSV only: DRL is code, so --allow-drl-reload is needed for it.",
            "", "Examples:",
            "  cx serve --policy authority.csv",
            "  cx serve --port 9090 --policy authority.csv --policy vip.drl --allow-drl-reload",
            "  curl -s localhost:8080/decisions -d '{\"agentId\":\"a-1\",\"agentTier\":\"T1\",\"action\":\"REFUND\","
                + "\"amount\":\"120.00\",\"currency\":\"EUR\",\"customerId\":\"c-1\"}'"})
final class ServeCommand implements Callable<Integer> {

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

    @Spec
    private CommandSpec spec;

    private final Consumer<HelpdeskServer> whileRunning;

    /** The command as {@code cx} runs it: serve until the process is interrupted. */
    ServeCommand() {
        this(ServeCommand::untilInterrupted);
    }

    /** For tests: serve while {@code whileRunning} runs, then close. */
    ServeCommand(Consumer<HelpdeskServer> whileRunning) {
        this.whileRunning = whileRunning;
    }

    @Override
    public Integer call() {
        // A service's log is its audit trail: show each decision (ids only) and the service's own lines at
        // INFO, unless -D options chose levels. slf4j-simple reads these when a logger is first created.
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.rules.decisions", "info");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.dev.cxkit.examples.http", "info");
        Policy policy = Policy.compile(policies.stream().map(DecideCommand::read).toList());
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadInputException("Unknown address (" + bind + ") for --bind. Maybe 127.0.0.1 or 0.0.0.0?");
        }
        try (HelpdeskServer server = HelpdeskServer.builder()
                .policy(policy)
                .bindAddress(address)
                .port(port)
                .allowDrlReload(allowDrlReload)
                .build()) {
            server.start();
            spec.commandLine().getErr().println("cx serve: listening on " + server.uri() + " with policy "
                    + server.policyVersion() + (allowDrlReload ? " (DRL reload allowed)" : "") + "; Ctrl-C stops it.");
            spec.commandLine().getErr().flush();
            whileRunning.accept(server);
        }
        return ExitCodes.OK;
    }

    /** Blocks until the thread is interrupted or the JVM shuts down (Ctrl-C), closing the server either way. */
    private static void untilInterrupted(HelpdeskServer server) {
        Thread hook = new Thread(server::close, "cx-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down and the hook closes the server.
            }
        }
    }
}
