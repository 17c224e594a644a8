package dev.cxkit.benchmarks.rules;

import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second and latency of the cx-rules engine on a 50-row authority matrix, next to a
 * hand-written Java reading of the same matrix, in one run (issue 5). Run:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PolicyDecision -t 1                 # decisions/s, one thread
 * java -jar benchmarks/target/benchmarks.jar PolicyDecision -t 2                 # two threads
 * java -jar benchmarks/target/benchmarks.jar PolicyDecision -bm sample -tu us    # p50/p99 latency
 * </pre>
 * The setup checks that both implementations give the same outcome, rule and approver for every
 * request, so neither can win by being wrong.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PolicyDecisionBenchmark {

    private static final int REQUESTS = 4_096;

    private PolicyEngine engine;
    private HandWrittenPolicy handWritten;
    private DecisionRequest[] requests;

    /** Compiles the matrix and checks the two implementations agree on every request. */
    @Setup(Level.Trial)
    public void setUp() {
        List<AuthorityMatrixFixture.Row> rows = AuthorityMatrixFixture.rows();
        Policy policy = Policy.builder()
                .source(PolicySource.authorityMatrix("bench-50-rows.csv", AuthorityMatrixFixture.csv(rows)))
                .build();
        engine = PolicyEngine.builder(policy).instantSource(InstantSource.fixed(AuthorityMatrixFixture.AT)).build();
        handWritten = new HandWrittenPolicy(rows);
        requests = AuthorityMatrixFixture.requests(REQUESTS, 42);
        requireAgreement(engine, handWritten, requests);
    }

    static void requireAgreement(PolicyEngine engine, HandWrittenPolicy handWritten, DecisionRequest[] requests) {
        for (DecisionRequest request : requests) {
            Decision decision = engine.decide(request);
            HandWrittenPolicy.Outcome expected = handWritten.decide(request);
            String outcome = decision.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2")
                    .toUpperCase(java.util.Locale.ROOT);
            String rule = decision.firedRules().isEmpty() ? "" : decision.firedRules().get(0);
            String role = decision instanceof NeedsApproval approval ? approval.approverRole().name() : "";
            if (!outcome.equals(expected.outcome()) || !rule.equals(expected.ruleId()) || !role.equals(expected.approverRole())) {
                throw new IllegalStateException("The engine and the hand-written table disagree on " + request
                        + ": engine " + decision + ", hand-written " + expected);
            }
        }
    }

    /** A per-thread cursor over the prepared requests. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next() {
            next = (next + 1) & (REQUESTS - 1);
            return next;
        }
    }

    /** One decision by the cx-rules engine (Drools matching, Java resolution, pooled sessions). */
    @Benchmark
    public Decision cxkitEngine(Cursor cursor) {
        return engine.decide(requests[cursor.next()]);
    }

    /** One decision by the hand-written table. */
    @Benchmark
    public HandWrittenPolicy.Outcome handWritten(Cursor cursor) {
        return handWritten.decide(requests[cursor.next()]);
    }
}
