package dev.cxkit.benchmarks.flink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.flink.ScorecardJob;
import dev.cxkit.flink.audit.AuditJob;
import dev.cxkit.flink.audit.AuditJobConfig;
import dev.cxkit.flink.audit.AuditStreams;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditRun;
import dev.cxkit.audit.AuditSummary;
import dev.cxkit.audit.Auditor;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.jspecify.annotations.Nullable;

/**
 * Throughput of {@link AuditJob} on a local MiniCluster at parallelism 1 and 2, against one thread of
 * {@code Auditor.start(asOf, sink)} on the same file (the scorecard benchmark's, {@link BenchmarkData}).
 * A report, not a test: it prints interactions per second and the findings per code.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -Dcxkit.bench.contacts=1000000 -cp benchmarks/target/benchmarks.jar dev.cxkit.benchmarks.flink.AuditThroughputBenchmark
 * </pre>
 *
 * <p>The job takes contacts only (no case events), so the reference is fed contacts only too. Each run
 * prints its finding count per code; the job's findings are counted with an accumulator in front of a
 * discarding sink. The in-process run also reads and parses the file once without auditing, to split
 * its time between parsing and the audit.
 */
public final class AuditThroughputBenchmark {

    private AuditThroughputBenchmark() {
    }

    /**
     * Generates (or reuses) the data and prints one line per measured run, then all of them together.
     *
     * @param args none; the number of contacts comes from {@code -Dcxkit.bench.contacts} (one million by default)
     * @throws Exception if the data cannot be written or a job fails
     */
    public static void main(String[] args) throws Exception {
        int contacts = BenchmarkData.contactsFromProperty();
        BenchmarkData data = BenchmarkData.ofContacts(contacts);
        Path file = data.file();
        Instant asOf = data.config().periodEnd();

        AtomicLong parsed = new AtomicLong();
        long parseStart = System.nanoTime();
        InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(file, interaction -> parsed.incrementAndGet());
        List<String> lines = new ArrayList<>();
        lines.add(BenchmarkData.report("in-process, 1 thread (read + parse only)", parsed.get(),
                System.nanoTime() - parseStart));
        lines.add(data.describe(parsed.get()));

        AtomicLong count = new AtomicLong();
        AtomicLong sunk = new AtomicLong();
        long start = System.nanoTime();
        Auditor auditor = Auditor.builder().calendar(data.config().calendar()).build();
        AuditRun run = auditor.start(asOf, finding -> sunk.incrementAndGet());
        InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(file, interaction -> {
            run.accept(interaction);
            count.incrementAndGet();
        });
        AuditSummary summary = run.finish();
        lines.add(BenchmarkData.report("in-process Auditor.start, 1 thread (read + parse + audit)", count.get(),
                System.nanoTime() - start));
        lines.add(BenchmarkData.print(String.format(Locale.ROOT, "  asOf %s, %,d findings (sink %,d), %,d late contacts: %s",
                asOf, summary.totalFindings(), sunk.get(), summary.lateContacts(), summary.findingsPerCode())));
        BenchmarkData.require(sunk.get() == summary.totalFindings(), "the sink saw every finding of the summary");

        AuditJob job = AuditJob.create(AuditJobConfig.builder().asOf(asOf).calendar(data.config().calendar()).build());
        for (int parallelism : new int[] {1, 2}) {
            StreamExecutionEnvironment env = BenchmarkData.localEnvironment(parallelism);
            AuditStreams streams = job.findings(ScorecardJob.readJsonLines(env, file.toString()));
            streams.findings().filter(new CountFindings()).name("count-findings").sinkTo(new DiscardingSink<>());
            streams.lateContacts().filter(new CountLate()).name("count-late").sinkTo(new DiscardingSink<>());
            long jobStart = System.nanoTime();
            JobExecutionResult result = env.execute("cxkit audit throughput p=" + parallelism);
            lines.add(BenchmarkData.report("Flink MiniCluster, parallelism " + parallelism + " (job start to end)",
                    count.get(), System.nanoTime() - jobStart));
            Map<MistakeCode, Long> perCode = new EnumMap<>(MistakeCode.class);
            long findings = 0;
            for (MistakeCode code : MistakeCode.values()) {
                Long n = result.getAccumulatorResult(CountFindings.PREFIX + code.name());
                if (n != null) {
                    perCode.put(code, n);
                    findings += n;
                }
            }
            Long late = result.getAccumulatorResult(CountLate.NAME);
            lines.add(BenchmarkData.print(String.format(Locale.ROOT, "  %,d findings, %,d late contacts: %s; %s", findings,
                    late == null ? 0 : late, perCode, perCode.equals(summary.findingsPerCode())
                            ? "same counts per code as in-process" : "counts DIFFER from in-process")));
        }
        // Once more together, after the last of Flink's log lines.
        BenchmarkData.print("summary:\n" + String.join("\n", lines));
        BenchmarkData.require(count.get() > contacts / 2, "more than half of the planned contacts were read");
        BenchmarkData.require(parsed.get() == count.get(), "the parse-only and the audited pass read as many contacts");
    }

    /** Counts findings per code in accumulators and drops them: the sink after it sees nothing. */
    private static final class CountFindings extends RichFilterFunction<AuditFinding> {
        static final String PREFIX = "findings ";
        private static final long serialVersionUID = 1L;
        private transient @Nullable Map<MistakeCode, LongCounter> counters;

        @Override
        public void open(OpenContext openContext) {
            Map<MistakeCode, LongCounter> map = new EnumMap<>(MistakeCode.class);
            for (MistakeCode code : MistakeCode.values()) {
                map.put(code, getRuntimeContext().getLongCounter(PREFIX + code.name()));
            }
            counters = map;
        }

        @Override
        public boolean filter(AuditFinding finding) {
            if (counters != null) {
                counters.get(finding.code()).add(1L);
            }
            return false;
        }
    }

    /** Counts the late contacts in an accumulator and drops them. */
    private static final class CountLate extends RichFilterFunction<Interaction> {
        static final String NAME = "late contacts";
        private static final long serialVersionUID = 1L;
        private transient @Nullable LongCounter late;

        @Override
        public void open(OpenContext openContext) {
            late = getRuntimeContext().getLongCounter(NAME);
        }

        @Override
        public boolean filter(Interaction interaction) {
            if (late != null) {
                late.add(1L);
            }
            return false;
        }
    }
}
