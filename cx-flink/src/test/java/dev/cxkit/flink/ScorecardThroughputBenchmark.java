package dev.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.InteractionWriter;
import dev.cxkit.core.synthetic.GeneratedDataSink;
import dev.cxkit.core.synthetic.GeneratorConfig;
import dev.cxkit.core.synthetic.SyntheticContactCentre;
import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the job on a local MiniCluster at parallelism 1 and 2, against one thread of
 * {@code StandardKpis} on the same file. Not part of the build (the class name matches no Surefire
 * include); run it with
 * {@code mvn -pl cx-flink -am verify -Dtest=ScorecardThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dcxkit.bench.contacts=1000000}.
 * The file is generated once into {@code target/bench} and reused.
 */
class ScorecardThroughputBenchmark {

    @Test
    void measuresInteractionsPerSecond() throws Exception {
        int contacts = Integer.getInteger("cxkit.bench.contacts", 1_000_000);
        int days = 91;
        Path file = Paths.get("target", "bench", "interactions-" + contacts + ".jsonl").toAbsolutePath();
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            GeneratorConfig config = GeneratorConfig.builder().seed(1).days(days).contactsPerDay(contacts / days)
                    .spikes(List.of()).build();
            try (InteractionWriter writer = InteractionWriter.jsonLines(file)) {
                SyntheticContactCentre.generate(config, new GeneratedDataSink() {
                    @Override
                    public void interaction(Interaction interaction) {
                        writer.write(interaction);
                    }
                });
            }
        }
        AtomicLong count = new AtomicLong();
        long start = System.nanoTime();
        StandardKpis reference = StandardKpis.create();
        InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(file, interaction -> {
            reference.accept(interaction);
            count.incrementAndGet();
        });
        reference.results();
        report("in-process StandardKpis, 1 thread (read + parse + KPIs)", count.get(), System.nanoTime() - start);

        for (int parallelism : new int[] {1, 2}) {
            Configuration configuration = new Configuration();
            configuration.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration);
            env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
            env.getConfig().enableObjectReuse();
            ScorecardStreams streams = ScorecardJob.create(ScorecardJobConfig.builder().totalAtEndOfInput(true).build())
                    .scorecards(ScorecardJob.readJsonLines(env, file.toString()));
            streams.scorecards().sinkTo(new DiscardingSink<>());
            streams.lateContacts().sinkTo(new DiscardingSink<>());
            long jobStart = System.nanoTime();
            env.execute("cxkit scorecard throughput p=" + parallelism);
            report("Flink MiniCluster, parallelism " + parallelism + " (job start to end)", count.get(),
                    System.nanoTime() - jobStart);
        }
        assertThat(count.get()).isGreaterThan(contacts / 2);
    }

    private static void report(String what, long interactions, long nanos) {
        System.out.printf(Locale.ROOT, "%-62s %,10d interactions in %6.1f s = %,8.0f /s%n", what, interactions,
                nanos / 1e9, interactions / (nanos / 1e9));
    }
}
