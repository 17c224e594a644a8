package dev.cxkit.benchmarks.server;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.server.HelpdeskServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Issue 25 item 5: decisions through the HTTP service, end to end, the way a helpdesk integration calls
 * it: {@code POST /decisions} on kept-alive connections (one JDK {@code HttpClient} per client), each
 * decision decided, logged and (if allowed) recorded as a grant in the database, durable before its
 * answer. Two runs per database: one client in sequence (latency: p50, p90, p99), and 8 clients at once
 * (throughput in decisions/s, and their p50). The requests alternate 10.00 (allowed, recorded as a
 * grant) and 120.00 (needs approval, logged) refunds over 1,000 customers and 8 agents; caps are high
 * enough never to interfere.
 *
 * <p>Databases: {@code h2} (the embedded default, as {@code cx serve} opens it) and {@code postgresql}
 * (zonky's embedded PostgreSQL binaries, {@code synchronous_commit=on}, so that a commit is flushed to
 * the WAL before it returns, as the H2 path is checkpointed). The server runs 8 workers.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.server.ServiceLatency
 * [h2|postgresql|both] [decisions per run]}; default {@code both 4000}. Prints one line per run.
 */
public final class ServiceLatency {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,100000000.00,P30D
            """;
    private static final int CLIENTS = 8;
    private static final int CUSTOMERS = 1000;
    private static final AtomicLong REQUEST_IDS = new AtomicLong();

    private ServiceLatency() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code h2}, {@code postgresql} or {@code both}; then the decisions per run
     * @throws Exception if the server or the database fails
     */
    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int decisions = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Policy policy = Policy.compile(List.of(PolicySource.authorityMatrix("authority.csv", MATRIX)));
        if (!which.equals("postgresql")) {
            Path dir = Files.createTempDirectory("cx-service-bench");
            try (CxDatabase db = CxDatabase.embedded(dir)) {
                measure("h2", db, policy, decisions);
            } finally {
                delete(dir);
            }
        }
        if (!which.equals("h2")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                    .start();
                    CxDatabase db = CxDatabase.builder().jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                            .maxPoolSize(10).build()) {
                measure("postgresql", db, policy, decisions);
            }
        }
    }

    private static void measure(String name, CxDatabase db, Policy policy, int decisions) throws Exception {
        try (HelpdeskServer server = HelpdeskServer.builder().policy(policy).database(db).threads(CLIENTS)
                .decisionLog((request, decision) -> { }).build()) {
            server.start();
            URI uri = server.uri().resolve("/decisions");
            // Warm-up: the JIT, the pools and Drools' first evaluations; not counted.
            run(uri, 1, decisions / 2);
            run(uri, CLIENTS, decisions / 2);
            Result one = run(uri, 1, decisions);
            Result eight = run(uri, CLIENTS, decisions);
            System.out.println(String.format(Locale.ROOT, "%-10s 1 client:  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
                    + "%.0f decisions/s (%d decisions)", name, one.percentile(50), one.percentile(90),
                    one.percentile(99), one.perSecond(), one.latencies.length));
            System.out.println(String.format(Locale.ROOT, "%-10s %d clients: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
                    + "%.0f decisions/s (%d decisions)", name, CLIENTS, eight.percentile(50), eight.percentile(90),
                    eight.percentile(99), eight.perSecond(), eight.latencies.length));
        }
    }

    /** Latencies in nanoseconds and the wall time of one run. */
    private record Result(long[] latencies, long wallNanos) {
        double percentile(int p) {
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100.0 * latencies.length) - 1)] / 1e6;
        }

        double perSecond() {
            return latencies.length / (wallNanos / 1e9);
        }
    }

    private static Result run(URI uri, int clients, int decisions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int agent = c;
                int count = decisions / clients;
                parts.add(pool.submit(() -> client(uri, agent, count)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> part : parts) {
                all.add(part.get());
            }
            long wall = System.nanoTime() - start;
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(latencies, wall);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(URI uri, int agent, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            long id = REQUEST_IDS.incrementAndGet();
            String body = """
                    {"requestId":"b-%d","agentId":"a-%d","agentTier":"T1","action":"REFUND","amount":"%s",\
                    "currency":"EUR","customerId":"c-%d"}""".formatted(id, agent, id % 2 == 0 ? "10.00" : "120.00",
                    id % CUSTOMERS);
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Decision b-" + id + " got " + response.statusCode() + ": "
                        + response.body());
            }
        }
        return latencies;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
