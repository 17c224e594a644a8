package dev.cxkit.wfm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import dev.cxkit.core.io.FormulaEscaping;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.RejectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Forecasts as CSV, so that a forecast made today can be planned, reviewed or edited later
 * ({@code cx forecast --output}, then {@code cx plan --forecast}). One row per queue and interval; the
 * format is in {@code docs/interval-counts.md}, section "Forecast CSV".
 *
 * <p>Every row repeats its forecast's method and backtest summary (origins, days ahead, the chosen
 * method's WAPE and bias, the seasonal naive baseline's WAPE), so a forecast read back still carries
 * the figure that says how far to trust it. The per-day-ahead backtest detail is not written; a read
 * forecast's {@link Backtest} holds the summary scores only. Thread-safe (stateless).
 */
public final class ForecastCsv {

    private static final String[] HEADER = {"queue", "interval_start", "contacts", "lower", "upper", "aht_seconds",
        "open", "interval", "zone", "method", "prediction_level", "dispersion", "backtest_origins",
        "backtest_horizon_days", "backtest_wape", "backtest_bias", "baseline_wape"};

    private ForecastCsv() {
    }

    /**
     * Writes forecasts, instants at the offsets of each forecast's zone.
     *
     * @param forecasts the forecasts, for example one per queue
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<Forecast> forecasts, Writer out) {
        Checks.notNull(forecasts, "forecasts");
        Checks.notNull(out, "out");
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
        try {
            csv.printRecord(out, (Object[]) HEADER);
            for (Forecast f : forecasts) {
                MethodScore chosen = f.backtest().chosenScore();
                String baseline = f.backtest().score(SeasonalNaive.ID).map(s -> text(s.wape())).orElse("");
                for (ForecastInterval i : f.intervals()) {
                    csv.printRecord(out, FormulaEscaping.escape(f.key()), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.start().atZone(f.zone())),
                            IntervalCountsCsv.text(i.contacts()), IntervalCountsCsv.text(i.lower()),
                            IntervalCountsCsv.text(i.upper()),
                            i.averageHandleTime() == null ? "" : IntervalCountsCsv.text(i.averageHandleTime().toNanos() / 1e9),
                            i.open(), f.interval(), f.zone().getId(), f.method(), IntervalCountsCsv.text(f.predictionLevel()),
                            IntervalCountsCsv.text(f.dispersion()), f.backtest().origins(), f.backtest().horizonDays(),
                            text(chosen.wape()), text(chosen.bias()), baseline);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the forecast: " + e.getMessage(), e);
        }
    }

    /**
     * Reads forecasts written by {@link #write}.
     *
     * @param file a forecast CSV
     * @return one forecast per queue, in order of first appearance
     * @throws ImportException on the first bad row, naming file, line and column
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Forecast> read(Path file) {
        Checks.notNull(file, "file");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads forecast CSV text.
     *
     * @param in the text
     * @param source the name used in error messages, usually the file name
     * @return one forecast per queue, in order of first appearance
     * @throws ImportException on the first bad row
     * @throws UncheckedIOException if the reader fails
     */
    public static List<Forecast> read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        Map<String, Draft> drafts = new LinkedHashMap<>();
        CsvInput.parse(in, source, (parser, header) -> {
            for (String column : HEADER) {
                if (!header.containsKey(column)) {
                    throw reject(source, 1, column, RejectKind.MISSING_FIELD, "the header has no column '" + column
                            + "'; found " + new TreeMap<>(header).keySet() + ".\nMaybe this is an interval-counts file, "
                            + "not a forecast written by cx forecast --output?");
                }
            }
            for (CSVRecord record : parser) {
                Row row = new Row(record, header, source, record.getRecordNumber() + 1);
                String key = row.text("queue");
                Draft draft = drafts.get(key);
                if (draft == null) {
                    draft = new Draft(row);
                    drafts.put(key, draft);
                } else {
                    draft.checkSame(row);
                }
                draft.intervals.add(row.interval());
            }
        });
        List<Forecast> result = new ArrayList<>();
        for (Draft d : drafts.values()) {
            result.add(d.build(source));
        }
        return result;
    }

    /** The per-forecast columns, taken from a queue's first row; every later row must repeat them. */
    private static final class Draft {
        private final long line;
        private final String key;
        private final Duration interval;
        private final ZoneId zone;
        private final String method;
        private final double predictionLevel;
        private final double dispersion;
        private final int origins;
        private final int horizonDays;
        private final OptionalDouble wape;
        private final OptionalDouble bias;
        private final OptionalDouble baselineWape;
        private final List<ForecastInterval> intervals = new ArrayList<>();

        Draft(Row row) {
            line = row.line;
            key = row.text("queue");
            interval = row.duration("interval");
            zone = row.zone("zone");
            method = row.text("method");
            predictionLevel = row.number("prediction_level", 0, 1).orElseThrow(() -> row.missing("prediction_level"));
            dispersion = row.number("dispersion", 0, Double.MAX_VALUE).orElseThrow(() -> row.missing("dispersion"));
            origins = (int) row.number("backtest_origins", 1, 52).orElseThrow(() -> row.missing("backtest_origins"));
            horizonDays = (int) row.number("backtest_horizon_days", 1, 366)
                    .orElseThrow(() -> row.missing("backtest_horizon_days"));
            wape = row.number("backtest_wape", 0, Double.MAX_VALUE);
            bias = row.number("backtest_bias", -Double.MAX_VALUE, Double.MAX_VALUE);
            baselineWape = row.number("baseline_wape", 0, Double.MAX_VALUE);
        }

        void checkSame(Row row) {
            same(row, "interval", interval.toString());
            same(row, "zone", zone.getId());
            same(row, "method", method);
        }

        private void same(Row row, String column, String expected) {
            String value = row.record.get(row.header.get(column));
            if (!expected.equals(value)) {
                throw reject(row.source, row.line, column, RejectKind.INCONSISTENT, "queue (" + Checks.abbreviate(key)
                        + ") has " + column + " (" + Checks.abbreviate(value) + ") here but (" + Checks.abbreviate(expected)
                        + ") on line " + line + ".\nMaybe two forecasts were concatenated under one queue name?");
            }
        }

        Forecast build(String source) {
            List<MethodScore> scores = new ArrayList<>();
            if (!method.equals(SeasonalNaive.ID) && baselineWape.isPresent()) {
                scores.add(new MethodScore(SeasonalNaive.ID, baselineWape, OptionalDouble.empty(), 0, 0, List.of()));
            }
            scores.add(new MethodScore(method, wape, bias, 0, 0, List.of()));
            intervals.sort((a, b) -> a.start().compareTo(b.start()));
            for (int i = 1; i < intervals.size(); i++) {
                Instant previous = intervals.get(i - 1).start();
                Instant start = intervals.get(i).start();
                if (!previous.plus(interval).equals(start)) {
                    throw reject(source, line, "interval_start", RejectKind.INCONSISTENT, "queue (" + Checks.abbreviate(key)
                            + ") jumps from " + previous + " to " + start + "; a forecast has one row per " + interval
                            + ", without gaps or repeats.");
                }
            }
            Backtest backtest = new Backtest(origins, horizonDays, scores, List.of(), method);
            return new Forecast(key, interval, zone, method, predictionLevel, dispersion, intervals, backtest);
        }
    }

    /** One record with its header, for typed access with rejects that name the column. */
    private static final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final String source;
        private final long line;

        Row(CSVRecord record, Map<String, Integer> header, String source, long line) {
            this.record = record;
            this.header = header;
            this.source = source;
            this.line = line;
            if (record.size() != header.size()) {
                throw reject(source, line, null, RejectKind.COLUMN_COUNT, "expected " + header.size() + " columns, found "
                        + record.size() + ".");
            }
        }

        /** A text cell, without the apostrophe that formula escaping put in front of it. */
        String text(String column) {
            String value = record.get(header.get(column));
            if (value.isEmpty()) {
                throw missing(column);
            }
            return FormulaEscaping.unescape(value);
        }

        ImportException missing(String column) {
            return reject(source, line, column, RejectKind.MISSING_FIELD, "the " + column + " is empty.");
        }

        OptionalDouble number(String column, double min, double max) {
            String value = record.get(header.get(column));
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            double parsed;
            try {
                parsed = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw reject(source, line, column, RejectKind.WRONG_TYPE, "expected a number, found ("
                        + Checks.abbreviate(value) + ").");
            }
            if (!(parsed >= min && parsed <= max)) {
                throw reject(source, line, column, RejectKind.INVALID_VALUE, "the value (" + Checks.abbreviate(value)
                        + ") is out of range.");
            }
            return OptionalDouble.of(parsed);
        }

        Duration duration(String column) {
            String value = text(column);
            try {
                return IntervalSeries.checkInterval(Duration.parse(value));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw reject(source, line, column, RejectKind.INVALID_VALUE, "expected an interval such as PT30M, found ("
                        + Checks.abbreviate(value) + ").");
            }
        }

        ZoneId zone(String column) {
            String value = text(column);
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw reject(source, line, column, RejectKind.INVALID_VALUE, "expected a zone such as Europe/Berlin, found ("
                        + Checks.abbreviate(value) + ").");
            }
        }

        ForecastInterval interval() {
            String startText = text("interval_start");
            Instant start;
            try {
                start = OffsetDateTime.parse(startText).toInstant();
            } catch (DateTimeException e) {
                throw reject(source, line, "interval_start", RejectKind.WRONG_TYPE, "expected an ISO-8601 date-time with "
                        + "an offset such as 2026-03-02T08:00:00+01:00, found (" + Checks.abbreviate(startText) + ").");
            }
            double contacts = number("contacts", 0, Double.MAX_VALUE).orElseThrow(() -> missing("contacts"));
            double lower = number("lower", 0, Double.MAX_VALUE).orElseThrow(() -> missing("lower"));
            double upper = number("upper", 0, Double.MAX_VALUE).orElseThrow(() -> missing("upper"));
            OptionalDouble aht = number("aht_seconds", Double.MIN_VALUE, 1e9);
            String open = text("open").toLowerCase(Locale.ROOT);
            if (!open.equals("true") && !open.equals("false")) {
                throw reject(source, line, "open", RejectKind.WRONG_TYPE, "expected true or false, found ("
                        + Checks.abbreviate(open) + ").");
            }
            @Nullable Duration handle = aht.isPresent() ? Duration.ofNanos(Math.round(aht.getAsDouble() * 1e9)) : null;
            try {
                return new ForecastInterval(start, contacts, lower, upper, handle, Boolean.parseBoolean(open));
            } catch (IllegalArgumentException e) {
                throw reject(source, line, null, RejectKind.INCONSISTENT, e.getMessage());
            }
        }
    }

    private static String text(OptionalDouble value) {
        return value.isPresent() ? IntervalCountsCsv.text(value.getAsDouble()) : "";
    }

    private static ImportException reject(String source, long line, @Nullable String field, RejectKind kind,
            String message) {
        return CsvInput.reject(source, line, field, kind, message);
    }
}
