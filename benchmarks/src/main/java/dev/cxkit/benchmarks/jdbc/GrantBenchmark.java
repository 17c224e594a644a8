package dev.cxkit.benchmarks.jdbc;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grants per second through {@code JdbcGrantLedger.decideAndRecord}: lock the customer and the agent,
 * check the request id, sum the period, decide (Drools), write the decision and the grant, commit.
 * Two threads, each its own agent. {@code customers=1000} spreads the grants over many customers (row
 * locks rarely collide); {@code customers=1} puts every grant on one customer, so the two threads
 * queue for the same row lock: the worst case. The cap is high enough that every grant is allowed and
 * recorded. PostgreSQL runs with {@code synchronous_commit=on} (zonky's default is off): a grant is
 * flushed to the WAL before it returns, like the embedded H2's {@code WRITE_DELAY=0}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Threads(2)
public class GrantBenchmark {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,100000000.00,P30D
            """;

    private static final Money ONE_EURO = Money.of("1.00", "EUR");
    private static final Instant START = Instant.parse("2026-11-23T00:00:00Z");

    /** Which database. */
    @Param({"h2", "postgresql"})
    public String database = "h2";

    /** Over how many customers the grants spread. */
    @Param({"1000", "1"})
    public int customers = 1000;

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong threads = new AtomicLong();
    private @Nullable EmbeddedPostgres postgres;
    private @Nullable Path dir;
    private @Nullable CxDatabase db;
    private @Nullable PolicyEngine engine;

    /** One agent per benchmark thread. */
    @State(Scope.Thread)
    public static class Agent {
        AgentId id = AgentId.of("a-0");

        /**
         * Takes the next agent id.
         *
         * @param bench the shared state
         */
        @Setup(Level.Trial)
        public void name(GrantBenchmark bench) {
            id = AgentId.of("a-" + bench.threads.incrementAndGet());
        }
    }

    /**
     * Opens a fresh database and compiles the policy.
     *
     * @throws IOException if the server or the directory cannot be set up
     */
    @Setup(Level.Trial)
    public void open() throws IOException {
        if (database.equals("postgresql")) {
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
            db = CxDatabase.builder().jdbcUrl(postgres.getJdbcUrl("postgres", "postgres")).maxPoolSize(4).build();
        } else {
            dir = Files.createTempDirectory("cx-jdbc-bench");
            db = CxDatabase.builder().embedded(dir).maxPoolSize(4).build();
        }
        engine = db.policyEngine(Policy.builder().version("bench").source(PolicySource.authorityMatrix("m.csv", MATRIX))
                .build());
    }

    /**
     * Checks that grants were allowed, then closes and removes the database.
     *
     * @throws IOException if the server cannot be stopped
     */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (db != null) {
            db.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Decides and records one grant of 1.00 EUR with a new request id.
     *
     * @param agent this thread's agent
     * @return the decision
     */
    @Benchmark
    public Decision decideAndRecord(Agent agent) {
        long n = requests.incrementAndGet();
        DecisionRequest request = DecisionRequest.builder()
                .agent(agent.id, Tier.T1)
                .action(Action.REFUND, ONE_EURO)
                .customer(CustomerId.of("c-" + n % customers), Segment.STANDARD)
                .channel(Channel.PHONE)
                .at(START.plusMillis(n))
                .requestId("r-" + n)
                .build();
        Decision decision = db.grants().decideAndRecord(engine, request);
        if (!(decision instanceof Allowed)) {
            throw new IllegalStateException("Expected every benchmark grant to be allowed, got " + decision);
        }
        return decision;
    }
}
