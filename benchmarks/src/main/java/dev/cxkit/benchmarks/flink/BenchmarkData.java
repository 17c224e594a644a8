package dev.cxkit.benchmarks.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.InteractionWriter;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The input of the throughput benchmarks ({@link ScorecardThroughputBenchmark},
 * {@link AuditThroughputBenchmark}): 91 generated days of contacts in one JSON Lines file under
 * {@code target/bench} of the working directory, written once and reused by every later run, and the
 * line each benchmark prints per measured run.
 *
 * @param config how the contacts were generated: the period end and calendar of the audit come from here
 * @param file the JSON Lines file, one interaction a line
 */
record BenchmarkData(GeneratorConfig config, Path file) {

    /** The length of the generated period; 13 whole weeks. */
    static final int DAYS = 91;

    /**
     * The number of contacts to plan: the system property {@code cxkit.bench.contacts}, one million by default.
     *
     * @return the contacts
     */
    static int contactsFromProperty() {
        return Integer.getInteger("cxkit.bench.contacts", 1_000_000);
    }

    /**
     * Fails the run when a sanity check on its data does not hold, so that a figure is never printed
     * for a run that read the wrong thing.
     *
     * @param holds the check
     * @param what what should have held
     * @throws IllegalStateException if {@code holds} is false
     */
    static void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("Benchmark data check failed: " + what);
        }
    }

    /**
     * The data for a number of contacts, generated into {@code target/bench/interactions-<contacts>.jsonl}
     * unless that file exists. The generator adds repeat contacts, so the file holds about 1.2 times
     * {@code contacts} interactions.
     *
     * @param contacts the contacts to plan, spread over {@link #DAYS} days (seed 1, no planned spikes)
     * @return the configuration and the file
     * @throws IOException if the file cannot be written
     */
    static BenchmarkData ofContacts(int contacts) throws IOException {
        GeneratorConfig config = GeneratorConfig.builder().seed(1).days(DAYS).contactsPerDay(contacts / DAYS)
                .spikes(List.of()).build();
        Path file = Paths.get("target", "bench", "interactions-" + contacts + ".jsonl").toAbsolutePath();
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            // Written to a temporary name first, so that an interrupted run leaves no truncated file to be reused.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (InteractionWriter writer = InteractionWriter.jsonLines(partial)) {
                SyntheticContactCentre.generate(config, new GeneratedDataSink() {
                    @Override
                    public void interaction(Interaction interaction) {
                        writer.write(interaction);
                    }
                });
            }
            Files.move(partial, file);
        }
        return new BenchmarkData(config, file);
    }

    /**
     * Prints what the data is: days, file size and, once counted, interactions.
     *
     * @param interactions the number of interactions read from the file
     * @return the printed line
     * @throws IOException if the file's size cannot be read
     */
    String describe(long interactions) throws IOException {
        return print(String.format(Locale.ROOT, "data: %d days from %s, %,d interactions, %,.0f MB of JSON Lines (%s)",
                config.days(), config.startDate(), interactions, Files.size(file) / 1e6, file));
    }

    /**
     * A local MiniCluster environment as both benchmarks run it: one task manager with
     * {@code parallelism} slots, streaming mode (the jobs' own mode), object reuse on.
     *
     * @param parallelism the default parallelism and the number of slots
     * @return the environment; each call starts its own MiniCluster on {@code execute}
     */
    static StreamExecutionEnvironment localEnvironment(int parallelism) {
        Configuration configuration = new Configuration();
        configuration.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration);
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.getConfig().enableObjectReuse();
        return env;
    }

    /**
     * Prints one measured run: interactions, seconds and interactions per second.
     *
     * @param what the run, for example "Flink MiniCluster, parallelism 2 (job start to end)"
     * @param interactions the interactions the run read
     * @param nanos the run's wall time, in nanoseconds
     * @return the printed line
     */
    static String report(String what, long interactions, long nanos) {
        return print(String.format(Locale.ROOT, "%-62s %,10d interactions in %6.1f s = %,8.0f /s", what, interactions,
                nanos / 1e9, interactions / (nanos / 1e9)));
    }

    /**
     * Prints a line with one call, so that Flink's log lines do not split it.
     *
     * @param line the line, without a line end
     * @return the line
     */
    static String print(String line) {
        System.out.println(line);
        return line;
    }
}
