package dev.cxkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.InteractionWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 24: the JSON Lines reader alone, one whole read of a file held in memory per operation, on
 * one thread. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} divided by the interactions the
 * setup prints is the allocation per interaction, the figure benchmarks/README.md compares before
 * and after. The benchmark uses only the public reader API, so the same class measures an older
 * build of cxkit as well.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ReaderAllocation -prof gc -p file=data/interactions.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReaderAllocationBenchmark {

    /** A JSON Lines file of interactions; empty for 42 generated days (seed of the default generator). */
    @Param("")
    public String file;

    private byte[] bytes = new byte[0];
    private final InteractionReader reader = InteractionReader.jsonLines(ImportOptions.ofDefaults());

    /** Loads (or generates) the lines once and prints how many interactions one operation reads. */
    @Setup
    public void setUp() {
        try {
            if (file.isEmpty()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (InteractionWriter writer = InteractionWriter.jsonLines(out)) {
                    for (Interaction interaction : ScorecardData.generate(42)) {
                        writer.write(interaction);
                    }
                }
                bytes = out.toByteArray();
            } else {
                bytes = Files.readAllBytes(Path.of(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report = reader.read(new ByteArrayInputStream(bytes), "setup", interaction -> { });
        System.out.printf("%n%,d interactions per operation (%,d bytes); divide gc.alloc.rate.norm by it%n",
                report.accepted(), bytes.length);
    }

    /**
     * Reads every line into an interaction.
     *
     * @param blackhole consumes the interactions
     * @return the import report
     */
    @Benchmark
    public ImportReport read(Blackhole blackhole) {
        return reader.read(new ByteArrayInputStream(bytes), "benchmark", blackhole::consume);
    }
}
