package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

import dev.cxkit.core.Interaction;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.wfm.Backtest;
import dev.cxkit.wfm.Forecast;
import dev.cxkit.wfm.ForecastConfig;
import dev.cxkit.wfm.ForecastCsv;
import dev.cxkit.wfm.ForecastInterval;
import dev.cxkit.wfm.ForecastOutcome;
import dev.cxkit.wfm.Forecaster;
import dev.cxkit.wfm.InsufficientHistory;
import dev.cxkit.wfm.IntervalAggregator;
import dev.cxkit.wfm.IntervalCountsCsv;
import dev.cxkit.wfm.IntervalSeries;
import dev.cxkit.wfm.MethodScore;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cx forecast}: contacts and handle time per interval for the days after the history, each
 * series with the rolling-origin backtest that chose its method (cx-wfm's {@link Forecaster}).
 */
@Command(name = "forecast", sortOptions = false,
        description = {"Forecast contacts and handle time per interval from history, with the backtest that picked the method.",
            "History is interactions (--input) or interval counts (--counts, docs/interval-counts.md)."},
        footer = {"", "Examples:",
            "  cx forecast --input interactions.jsonl --horizon P7D --interval PT30M --by channel --zone Europe/Berlin --output forecast.csv",
            "  cx forecast --counts calls-30min.csv --zone America/New_York --json",
            "", "Then: cx plan --forecast forecast.csv --target 80/20 --shrinkage 30%"})
final class ForecastCommand implements Runnable {

    /** How interactions are split into series. */
    enum By {
        ALL, CHANNEL, TEAM, REASON;

        Function<Interaction, String> key() {
            return switch (this) {
                case ALL -> i -> IntervalCountsCsv.DEFAULT_KEY;
                case CHANNEL -> i -> i.channel().name();
                case TEAM -> i -> i.team() == null ? "no-team" : i.team().value();
                case REASON -> i -> i.reason() == null ? "no-reason" : i.reason().key();
            };
        }
    }

    static final class History {
        @Option(names = "--input", paramLabel = "FILE",
                description = "Interactions as JSON Lines or CSV (docs/formats.md); arrivals are counted by queue time.")
        Path interactions;

        @Option(names = "--counts", paramLabel = "FILE",
                description = "Interval counts CSV (docs/interval-counts.md).")
        Path counts;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    History history;

    /** How an interactions file of another shape is read (as for cx kpi's options of the same names). */
    static final class ExportFormat {
        @Option(names = "--format", paramLabel = "FORMAT", description = "With --input: jsonl, csv, zendesk, freshdesk, "
                + "salesforce, amazon-connect or mapped (docs/exports.md). Default: by file extension.")
        @Nullable String format;

        @Option(names = "--mapping", paramLabel = "FILE", description = "With --input: the mapping file of --format mapped.")
        @Nullable Path mapping;

        @Option(names = "--delimiter", paramLabel = "CHAR",
                description = "With --input: column delimiter of a CSV export: one character, or tab, comma, semicolon, pipe.")
        @Nullable String delimiter;

        /** Hands the three options to an input built by hand (not a picocli mixin). */
        void applyTo(InteractionInput input) {
            input.format = format;
            input.mapping = mapping;
            input.delimiter = delimiter;
        }
    }

    @Mixin
    ExportFormat exportFormat = new ExportFormat();

    @Option(names = "--skip-bad", description = "With --input: go on past rejected records (counted and reported).")
    boolean skipBad;

    @Option(names = "--clock-skew", paramLabel = "DURATION", defaultValue = "PT0S",
            description = "With --input: tolerate a time up to this far before the one it must follow (two clocks), "
                    + "at most PT1M; as for cx kpi. Default: ${DEFAULT-VALUE} (none).")
    Duration clockSkew;

    @Option(names = "--pseudonymise-key-file", paramLabel = "FILE",
            description = "With --input: replace customer ids by keyed pseudonyms as they are read (key from FILE "
                    + "only); as for cx kpi.")
    Path pseudonymiseKeyFile;

    @Option(names = "--interval", defaultValue = "PT30M", paramLabel = "DURATION",
            description = "Interval length: whole minutes dividing a day, e.g. PT15M, PT30M, PT1H (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--horizon", defaultValue = "P7D", paramLabel = "DAYS",
            description = "How far ahead, whole days, e.g. P7D; also the block length of the backtest (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--by", defaultValue = "all", paramLabel = "KEY",
            description = "With --input: one series per all, channel, team or reason (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Wall clock the seasons follow (same local half-hour on the same weekday), and the zone of "
                    + "interval counts written without an offset (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--backtest-origins", defaultValue = "4", paramLabel = "N",
            description = "Forecast origins in the rolling backtest, 1..52 (default: ${DEFAULT-VALUE}).")
    int origins;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the forecast as CSV for cx plan --forecast (docs/interval-counts.md, \"Forecast CSV\").")
    Path output;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int horizonDays = wholeDays(horizon);
        List<IntervalSeries> series = readHistory(err);
        ForecastConfig config = ForecastConfig.builder().zone(zone).backtestOrigins(origins).horizonDays(horizonDays)
                .build();
        Forecaster forecaster = Forecaster.create(config);
        List<Forecast> forecasts = new ArrayList<>();
        List<InsufficientHistory> tooShort = new ArrayList<>();
        Progress progress = Progress.of(err, "backtest and forecast", json);
        for (IntervalSeries s : series) {
            ForecastOutcome outcome = forecaster.forecast(s);
            if (outcome instanceof Forecast f) {
                forecasts.add(f);
            } else {
                tooShort.add((InsufficientHistory) outcome);
            }
            progress.tick();
        }
        progress.done();
        tooShort.forEach(s -> err.println("warning: no forecast for (" + s.key() + "): " + s.message()));
        if (forecasts.isEmpty()) {
            throw new BadInputException("No series has enough history to forecast and backtest"
                    + (tooShort.isEmpty() ? "." : ": " + tooShort.get(0).message())
                    + " Maybe use a shorter --horizon or fewer --backtest-origins?");
        }
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                ForecastCsv.write(forecasts, w);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("forecasts");
                for (Forecast f : forecasts) {
                    g.writeStartObject();
                    g.writeStringField("key", f.key());
                    g.writeStringField("interval", f.interval().toString());
                    g.writeStringField("zone", f.zone().getId());
                    g.writeStringField("method", f.method());
                    g.writeNumberField("predictionLevel", f.predictionLevel());
                    writeBacktest(g, f.backtest());
                    g.writeNumberField("totalContacts", f.totalContacts());
                    g.writeArrayFieldStart("intervals");
                    for (ForecastInterval i : f.intervals()) {
                        g.writeStartObject();
                        g.writeStringField("start", i.start().toString());
                        g.writeNumberField("contacts", i.contacts());
                        g.writeNumberField("lower", i.lower());
                        g.writeNumberField("upper", i.upper());
                        if (i.averageHandleTime() == null) {
                            g.writeNullField("ahtSeconds");
                        } else {
                            g.writeNumberField("ahtSeconds", i.averageHandleTime().toNanos() / 1e9);
                        }
                        g.writeBooleanField("open", i.open());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notForecast");
                for (InsufficientHistory s : tooShort) {
                    g.writeStartObject();
                    g.writeStringField("key", s.key());
                    g.writeNumberField("daysAvailable", s.daysAvailable());
                    g.writeNumberField("daysNeeded", s.daysNeeded());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }));
            return;
        }
        for (Forecast f : forecasts) {
            printText(out, f);
        }
        if (output != null) {
            out.println("Wrote " + output + "; plan it with: cx plan --forecast " + output + " --target 80/20");
        }
    }

    private List<IntervalSeries> readHistory(PrintWriter err) {
        return readHistory(history, exportFormat, interval, zone, zoneGiven(spec), by, skipBad, clockSkew,
                pseudonymiseKeyFile, err, json);
    }

    /**
     * The history as interval series: read from an interval-counts file, or counted from interactions
     * (arrivals by queue time, one series per {@code by} key). Shared by {@code cx forecast} and
     * {@code cx staffing}.
     */
    static List<IntervalSeries> readHistory(History history, ExportFormat exportFormat, Duration interval, ZoneId zone,
            boolean zoneGiven, String by, boolean skipBad, Duration clockSkew, @Nullable Path pseudonymiseKeyFile,
            PrintWriter err, boolean json) {
        if (history.counts != null) {
            if (!Files.isRegularFile(history.counts)) {
                throw new BadInputException("File not found: " + history.counts + " (--counts).");
            }
            return IntervalCountsCsv.reader(zone).withInterval(interval).read(history.counts);
        }
        By key = parseBy(by);
        IntervalAggregator aggregator = IntervalAggregator.builder().interval(interval).zone(zone).groupBy(key.key())
                .build();
        InteractionInput input = new InteractionInput();
        input.file = history.interactions;
        input.skipBad = skipBad;
        input.clockSkew = clockSkew;
        input.pseudonymiseKeyFile = pseudonymiseKeyFile;
        exportFormat.applyTo(input);
        // An export's local times are read in --zone only when it was given (a mapping may name its own).
        input.zone = zoneGiven ? zone : null;
        input.read(aggregator::accept, err, json);
        List<IntervalSeries> series = aggregator.result();
        if (series.isEmpty()) {
            throw new BadInputException("The file " + history.interactions + " holds no interactions to count.");
        }
        return series;
    }

    /** Whether the command line named {@code --zone} (its default must not replace a mapping's zone). */
    static boolean zoneGiven(CommandSpec spec) {
        return spec.commandLine().getParseResult().hasMatchedOption("--zone");
    }

    private static By parseBy(String text) {
        try {
            return By.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("Unknown --by (" + text + "). Maybe one of all, channel, team, reason?");
        }
    }

    static int wholeDays(Duration horizon) {
        if (horizon.isNegative() || horizon.isZero() || horizon.toSeconds() % 86_400 != 0 || horizon.toDays() > 366) {
            throw new BadInputException("The --horizon (" + horizon + ") must be whole days between P1D and P366D.");
        }
        return (int) horizon.toDays();
    }

    private void printText(PrintWriter out, Forecast f) {
        Backtest b = f.backtest();
        out.printf(Locale.ROOT, "Forecast for %s: %s intervals from %s, method %s%n", f.key(), f.interval(),
                f.start().atZone(f.zone()).toLocalDateTime(), f.method());
        out.printf(Locale.ROOT, "  Backtest, %d origins of %d days (WAPE = Σ|actual − forecast| / Σ actual):%n",
                b.origins(), b.horizonDays());
        for (MethodScore s : b.scores()) {
            out.printf(Locale.ROOT, "    %-20s WAPE %s  bias %s%s%n", s.method(), percent(s.wape()), percent(s.bias()),
                    s.method().equals(b.chosen()) ? "  <- chosen" : "");
        }
        b.skipped().forEach(m -> out.println("    " + m + ": not enough history, skipped"));
        OptionalDouble skill = b.skillOverBaseline();
        if (skill.isPresent()) {
            out.printf(Locale.ROOT, "  Better than seasonal naive by %.1f %% of its WAPE%n", skill.getAsDouble() * 100);
        }
        Map<LocalDate, double[]> days = new TreeMap<>();
        ForecastInterval peak = null;
        for (ForecastInterval i : f.intervals()) {
            double[] d = days.computeIfAbsent(LocalDate.ofInstant(i.start(), f.zone()), k -> new double[3]);
            d[0] += i.contacts();
            d[1] += i.lower();
            d[2] += i.upper();
            if (peak == null || i.contacts() > peak.contacts()) {
                peak = i;
            }
        }
        out.printf(Locale.ROOT, "  %-14s %10s   (%d %% interval, summed per interval)%n", "Day", "Contacts",
                Math.round(f.predictionLevel() * 100));
        for (Map.Entry<LocalDate, double[]> e : days.entrySet()) {
            out.printf(Locale.ROOT, "  %-14s %10.0f   %.0f–%.0f%n", e.getKey() + " " + e.getKey().getDayOfWeek().name()
                    .substring(0, 3), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
        }
        if (peak != null) {
            Instant start = peak.start();
            out.printf(Locale.ROOT, "  Peak interval %s: %.1f contacts%n", start.atZone(f.zone()).toLocalDateTime(),
                    peak.contacts());
        }
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%6.1f %%", value.getAsDouble() * 100) : "  n/a  ";
    }

    static void writeBacktest(com.fasterxml.jackson.core.JsonGenerator g, Backtest b) throws IOException {
        g.writeObjectFieldStart("backtest");
        g.writeNumberField("origins", b.origins());
        g.writeNumberField("horizonDays", b.horizonDays());
        g.writeStringField("chosen", b.chosen());
        OptionalDouble skill = b.skillOverBaseline();
        if (skill.isPresent()) {
            g.writeNumberField("skillOverSeasonalNaive", skill.getAsDouble());
        } else {
            g.writeNullField("skillOverSeasonalNaive");
        }
        g.writeArrayFieldStart("scores");
        for (MethodScore s : b.scores()) {
            g.writeStartObject();
            g.writeStringField("method", s.method());
            number(g, "wape", s.wape());
            number(g, "bias", s.bias());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(com.fasterxml.jackson.core.JsonGenerator g, String name, OptionalDouble value)
            throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }
}
