package dev.cxkit.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.flink.internal.EndOfInputWindows;
import dev.cxkit.flink.internal.GroupKey;
import dev.cxkit.flink.internal.GroupPartial;
import dev.cxkit.flink.internal.JobArgs;
import dev.cxkit.flink.internal.JobSettings;
import dev.cxkit.flink.internal.JsonLineParser;
import dev.cxkit.flink.internal.LatenessGate;
import dev.cxkit.flink.internal.PartialOf;
import dev.cxkit.flink.internal.QueuedAtWatermarks;
import dev.cxkit.flink.internal.RepeatClassifier;
import dev.cxkit.flink.internal.RepeatProbe;
import dev.cxkit.flink.internal.RollUp;
import dev.cxkit.flink.internal.ScorecardAggregate;
import dev.cxkit.flink.internal.ScorecardInput;
import dev.cxkit.flink.internal.WeekWindows;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;

/**
 * The cxkit KPI scorecard as an Apache Flink DataStream job: the same {@link dev.cxkit.kpi.StandardKpis}
 * figures as {@code cx kpi}, per team, channel and UTC ISO week of {@code queuedAt}, per week, and
 * (for bounded input) in total.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * ScorecardJob job = ScorecardJob.create(ScorecardJobConfig.ofDefaults());
 * ScorecardStreams out = job.scorecards(ScorecardJob.readJsonLines(env, "/data/interactions"));
 * out.scorecards().map(GroupScorecard::toJson).print();
 * env.execute("cxkit scorecard");
 * }</pre>
 *
 * <p>The dataflow: timestamps and watermarks from {@code queuedAt} (bounded out-of-orderness); a
 * lateness gate that sends contacts more than the allowed lateness behind the watermark to the late
 * output; repeat detection keyed by customer (or customer and reason) in event-time state that lives one
 * repeat window; one event-time window per team, channel and week that aggregates the contacts and
 * the repeat outcomes with cxkit's accumulators; roll-ups that {@code combine} the closed windows'
 * accumulators. A week's figures come out when the watermark passes the week's end plus the repeat
 * window plus the allowed lateness, because FCR is not known before.
 *
 * <p>Serialisation: interactions travel as Flink POJOs (records; {@code Duration} and {@code Amount}
 * fields through Kryo) and inside the windows' input as Kryo generic types; the accumulators are Kryo
 * generic types too. The job works with object reuse enabled (nothing holds or changes its input).
 *
 * <p>Thread-safety: immutable; the streams it builds follow Flink's rules.
 */
public final class ScorecardJob {

    private final ScorecardJobConfig config;

    private ScorecardJob(ScorecardJobConfig config) {
        this.config = config;
    }

    /**
     * Creates a job with settings.
     *
     * @param config the KPI settings, watermark bound and allowed lateness
     * @return the job
     */
    public static ScorecardJob create(ScorecardJobConfig config) {
        return new ScorecardJob(Checks.notNull(config, "config"));
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ScorecardJobConfig config() {
        return config;
    }

    /**
     * Reads JSON Lines files (docs/formats.md) with a {@link FileSource}, one interaction per line,
     * parsed by cxkit's own reader. Rejected lines are dropped and counted in the metric
     * {@code cxkit_rejected_lines}. Files are read whole (a file is one split), in parallel across files.
     *
     * @param env the environment
     * @param paths files or directories (every file in a directory is read), local or on any file
     *        system Flink knows ({@code s3://…}, {@code hdfs://…})
     * @return the interactions, without timestamps yet
     * @throws IllegalArgumentException if no path is given
     */
    public static DataStream<Interaction> readJsonLines(StreamExecutionEnvironment env, String... paths) {
        Checks.notNull(env, "env");
        Checks.notNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("readJsonLines needs at least one path.");
        }
        Path[] flinkPaths = new Path[paths.length];
        for (int i = 0; i < paths.length; i++) {
            flinkPaths[i] = new Path(Checks.notNull(paths[i], "paths[" + i + "]"));
        }
        FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(), flinkPaths).build();
        return parseJsonLines(env.fromSource(source, WatermarkStrategy.noWatermarks(), "cxkit-jsonl-files"));
    }

    /**
     * Parses JSON Lines records (docs/formats.md) from any source of strings, such as the values of a
     * Kafka topic, with cxkit's own reader. Rejected records are dropped and counted in the metric
     * {@code cxkit_rejected_lines}; blank strings are skipped.
     *
     * @param lines one interaction per string
     * @return the interactions, without timestamps yet
     */
    public static DataStream<Interaction> parseJsonLines(DataStream<String> lines) {
        return Checks.notNull(lines, "lines").flatMap(new JsonLineParser()).name("cxkit-parse-jsonl");
    }

    /**
     * Builds the scorecard dataflow on a stream of interactions. Timestamps and watermarks are
     * assigned here, from {@code queuedAt}; any the stream already had are replaced.
     *
     * @param interactions the interactions, from files, Kafka or any source
     * @return the scorecards and the late contacts
     */
    public ScorecardStreams scorecards(DataStream<Interaction> interactions) {
        Checks.notNull(interactions, "interactions");
        JobSettings settings = new JobSettings(config.kpis(), config.maxOutOfOrderness(), config.allowedLateness());
        SingleOutputStreamOperator<ScorecardInput> contacts = interactions
                .assignTimestampsAndWatermarks(QueuedAtWatermarks.strategy(settings.outOfOrdernessMillis()))
                .name("cxkit-queued-at-watermarks")
                .process(new LatenessGate(settings)).name("cxkit-lateness-gate")
                .returns(TypeInformation.of(ScorecardInput.class));
        DataStream<ScorecardInput> outcomes = contacts.getSideOutput(LatenessGate.PROBES)
                .keyBy(RepeatProbe::key)
                .process(new RepeatClassifier(settings)).name("cxkit-repeat-by-customer")
                .returns(TypeInformation.of(ScorecardInput.class));

        long delay = settings.decisionDelayMillis();
        SingleOutputStreamOperator<GroupPartial> partials = contacts.union(outcomes)
                .keyBy(ScorecardInput::group)
                .window(new WeekWindows(delay))
                .aggregate(new ScorecardAggregate(settings), new PartialOf()).name("cxkit-team-channel-week");

        TypeInformation<GroupScorecard> scorecardType = TypeInformation.of(GroupScorecard.class);
        DataStream<GroupScorecard> weeks = partials.keyBy(partial -> partial.group().weekRollUp())
                .window(new WeekWindows(delay))
                .reduce(GroupPartial::combine, new RollUp<TimeWindow>(), scorecardType).name("cxkit-week");
        DataStream<GroupScorecard> all = partials
                .map(partial -> new GroupScorecard(partial.group().tags(), partial.accumulator().results()))
                .returns(scorecardType).name("cxkit-group-results")
                .union(weeks);
        if (config.totalAtEndOfInput()) {
            all = all.union(partials.keyBy(partial -> GroupKey.TOTAL)
                    .window(new EndOfInputWindows())
                    .reduce(GroupPartial::combine, new RollUp<TimeWindow>(), scorecardType).name("cxkit-total"));
        }
        return new ScorecardStreams(all, contacts.getSideOutput(LatenessGate.LATE));
    }

    /**
     * Runs the job on JSON Lines files and prints one JSON line per scorecard (and one
     * {@code late <id> <queuedAt>} line per late contact on standard error). Submit it with
     * {@code flink run -c dev.cxkit.flink.ScorecardJob cx-flink-<version>-job.jar --input <path> …}.
     *
     * <p>Options: {@code --input PATH} (repeatable; a file or a directory), {@code --out-of-orderness
     * PT5M}, {@code --allowed-lateness PT1H}. The input is bounded, so a total is printed at the end.
     *
     * @param args the options
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        List<String> inputs = new ArrayList<>();
        ScorecardJobConfig.Builder config = ScorecardJobConfig.builder().totalAtEndOfInput(true);
        Map<String, Consumer<String>> options = new LinkedHashMap<>();
        options.put("--input", inputs::add);
        options.put("--out-of-orderness", value -> config.maxOutOfOrderness(Duration.parse(value)));
        options.put("--allowed-lateness", value -> config.allowedLateness(Duration.parse(value)));
        JobArgs.parse(args, options);
        JobArgs.requireInput(inputs, "--input interactions.jsonl");
        StreamExecutionEnvironment env = JobArgs.streamingEnvironment();
        ScorecardStreams out = create(config.build()).scorecards(readJsonLines(env, inputs.toArray(new String[0])));
        out.scorecards().map(GroupScorecard::toJson).name("cxkit-json").print();
        out.lateContacts().map(late -> "late " + late.id().value() + " " + late.queuedAt()).name("cxkit-late")
                .printToErr();
        env.execute("cxkit scorecard");
    }
}
