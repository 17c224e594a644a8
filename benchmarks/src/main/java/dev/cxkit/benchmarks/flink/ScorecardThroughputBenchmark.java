package dev.cxkit.benchmarks.flink;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.flink.ScorecardJob;
import dev.cxkit.flink.ScorecardJobConfig;
import dev.cxkit.flink.ScorecardStreams;
import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Throughput of the job on a local MiniCluster at parallelism 1 and 2, against one thread of
 * {@code StandardKpis} on the same file. A report, not a test: it prints interactions per second.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Dcxkit.bench.contacts=1000000 -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.flink.ScorecardThroughputBenchmark
 * </pre>
 *
 * The file is generated once into {@code target/bench} and reused ({@link BenchmarkData}).
 */
public final class ScorecardThroughputBenchmark {

    private ScorecardThroughputBenchmark() {
    }

    /**
     * Generates (or reuses) the data and prints one line per measured run.
     *
     * @param args none; the number of contacts comes from {@code -Dcxkit.bench.contacts} (one million by default)
     * @throws Exception if the data cannot be written or a job fails
     */
    public static void main(String[] args) throws Exception {
        int contacts = BenchmarkData.contactsFromProperty();
        BenchmarkData data = BenchmarkData.ofContacts(contacts);
        Path file = data.file();
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime();
        StandardKpis reference = StandardKpis.create();
        InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(file, interaction -> {
            reference.accept(interaction);
            count.incrementAndGet();
        });
        reference.results();
        BenchmarkData.report("in-process StandardKpis, 1 thread (read + parse + KPIs)", count.get(),
                System.nanoTime() - start);
        data.describe(count.get());

        for (int parallelism : new int[] {1, 2}) {
            StreamExecutionEnvironment env = BenchmarkData.localEnvironment(parallelism);
            ScorecardStreams streams = ScorecardJob.create(ScorecardJobConfig.builder().totalAtEndOfInput(true).build())
                    .scorecards(ScorecardJob.readJsonLines(env, file.toString()));
            streams.scorecards().sinkTo(new DiscardingSink<>());
            streams.lateContacts().sinkTo(new DiscardingSink<>());
            long jobStart = System.nanoTime();
            env.execute("cxkit scorecard throughput p=" + parallelism);
            BenchmarkData.report("Flink MiniCluster, parallelism " + parallelism + " (job start to end)", count.get(),
                    System.nanoTime() - jobStart);
        }
        BenchmarkData.require(count.get() > contacts / 2, "more than half of the planned contacts were read");
    }
}
