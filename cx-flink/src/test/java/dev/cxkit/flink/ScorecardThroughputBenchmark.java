package dev.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the job on a local MiniCluster at parallelism 1 and 2, against one thread of
 * {@code StandardKpis} on the same file. Not part of the build (the class name matches no Surefire
 * include); run it with
 * {@code mvn -pl cx-flink -am verify -Dtest=ScorecardThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcxkit.bench.contacts=1000000}.
 * The file is generated once into {@code target/bench} and reused ({@link BenchmarkData}).
 */
class ScorecardThroughputBenchmark {

    @Test
    void measuresInteractionsPerSecond() throws Exception {
        int contacts = Integer.getInteger("cxkit.bench.contacts", 1_000_000);
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
        assertThat(count.get()).isGreaterThan(contacts / 2);
    }
}
