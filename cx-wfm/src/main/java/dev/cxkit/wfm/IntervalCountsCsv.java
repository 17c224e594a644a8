package dev.cxkit.wfm;

import java.io.BufferedReader;
import java.io.BufferedWriter;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.FormulaEscaping;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the interval-counts CSV: one row per queue and interval with the contacts that
 * arrived and their average handle time, optionally the agents on the phones and the service level
 * achieved. The format is documented in {@code docs/interval-counts.md}:
 *
 * <pre>
 * queue,interval_start,contacts,aht_seconds,agents,service_level
 * phone,2026-03-02T08:00:00+01:00,42,312.5,9,0.83
 * phone,2026-03-02T08:30:00+01:00,57,298,,
 * </pre>
 *
 * <ul>
 * <li>{@code interval_start} (required): an ISO-8601 instant with an offset or {@code Z}, or a local
 * date-time ({@code 2026-03-02T08:00} or {@code 2026-03-02 08:00:00}) read in the zone given to
 * {@link #reader(ZoneId)}; a local time in a clock change's overlap takes the earlier offset, so use
 * offsets around clock changes;</li>
 * <li>{@code contacts} (required column): a number ≥ 0; empty means the interval was not recorded;</li>
 * <li>{@code aht_seconds}, {@code agents} (a whole number ≥ 0), {@code service_level} (a share in
 * [0, 1]): optional columns, empty cells mean not recorded;</li>
 * <li>{@code queue}: optional; without it every row belongs to one series named {@code all}.</li>
 * </ul>
 * Column names are case-insensitive and may come in any order; unknown columns are ignored. The
 * interval length is given to the reader or inferred per queue as the smallest gap between two
 * starts. A bad row stops the read with an {@link ImportException} naming the source, line and
 * column: a plan must not rest on a silently shortened history. Thread-safe (stateless).
 */
public final class IntervalCountsCsv {

    /** The key of the single series of a file without a {@code queue} column. */
    public static final String DEFAULT_KEY = "all";

    private static final DateTimeFormatter LOCAL_WITH_SPACE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]",
            Locale.ROOT);

    private final @Nullable ZoneId zone;
    private final @Nullable Duration interval;

    private IntervalCountsCsv(@Nullable ZoneId zone, @Nullable Duration interval) {
        this.zone = zone;
        this.interval = interval;
    }

    /**
     * A reader that accepts only instants with an offset and infers the interval length.
     *
     * @return the reader
     */
    public static IntervalCountsCsv reader() {
        return new IntervalCountsCsv(null, null);
    }

    /**
     * A reader that reads local date-times in a zone and infers the interval length.
     *
     * @param zone the zone of local date-times
     * @return the reader
     */
    public static IntervalCountsCsv reader(ZoneId zone) {
        return new IntervalCountsCsv(Checks.notNull(zone, "zone"), null);
    }

    /**
     * The same reader with a fixed interval length instead of an inferred one.
     *
     * @param length whole minutes dividing a day
     * @return the reader
     */
    public IntervalCountsCsv withInterval(Duration length) {
        return new IntervalCountsCsv(zone, IntervalSeries.checkInterval(length));
    }

    /**
     * Reads a file.
     *
     * @param file a UTF-8 CSV file
     * @return the series, one per queue, in order of first appearance
     * @throws ImportException on the first bad row
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<IntervalSeries> read(Path file) {
        Checks.notNull(file, "file");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV text.
     *
     * @param in the text
     * @param source the name used in error messages, usually the file name
     * @return the series, one per queue, in order of first appearance
     * @throws ImportException on the first bad row
     * @throws UncheckedIOException if the reader fails
     */
    public List<IntervalSeries> read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        CsvInput.parse(in, source, (parser, header) -> {
            int startColumn = require(header, "interval_start", source);
            int contactsColumn = require(header, "contacts", source);
            int ahtColumn = header.getOrDefault("aht_seconds", -1);
            int agentsColumn = header.getOrDefault("agents", -1);
            int slColumn = header.getOrDefault("service_level", -1);
            int queueColumn = header.getOrDefault("queue", -1);
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    throw reject(source, line, null, RejectKind.COLUMN_COUNT, "expected " + header.size()
                            + " columns, found " + record.size() + ".");
                }
                String key = queueColumn < 0 ? DEFAULT_KEY : FormulaEscaping.unescape(record.get(queueColumn));
                if (key.isEmpty()) {
                    throw reject(source, line, "queue", RejectKind.MISSING_FIELD, "the queue is empty.");
                }
                Instant start = instant(record.get(startColumn), source, line);
                double contacts = number(record.get(contactsColumn), "contacts", source, line, 0, Double.MAX_VALUE);
                double aht = ahtColumn < 0 ? Double.NaN
                        : number(record.get(ahtColumn), "aht_seconds", source, line, Double.MIN_VALUE, 1e9);
                double agents = agentsColumn < 0 ? Double.NaN
                        : number(record.get(agentsColumn), "agents", source, line, 0, 1e7);
                if (!Double.isNaN(agents) && agents != Math.rint(agents)) {
                    throw reject(source, line, "agents", RejectKind.WRONG_TYPE, "expected a whole number, found ("
                            + Checks.abbreviate(record.get(agentsColumn)) + ").");
                }
                double sl = slColumn < 0 ? Double.NaN
                        : number(record.get(slColumn), "service_level", source, line, 0, 1);
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(line, start, contacts, aht, agents, sl));
            }
        });
        List<IntervalSeries> result = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : rows.entrySet()) {
            result.add(build(entry.getKey(), entry.getValue(), source));
        }
        return result;
    }

    private record Row(long line, Instant start, double contacts, double aht, double agents, double serviceLevel) {
    }

    private IntervalSeries build(String key, List<Row> rows, String source) {
        Duration length = interval != null ? interval : inferInterval(key, rows, source);
        IntervalSeries.Builder builder = IntervalSeries.builder(key, length);
        Instant first = rows.stream().map(Row::start).min(Instant::compareTo).orElseThrow();
        Map<Instant, Long> seen = new HashMap<>();
        for (Row row : rows) {
            Duration offset = Duration.between(first, row.start());
            if (offset.getSeconds() % length.getSeconds() != 0 || offset.getNano() != 0) {
                throw reject(source, row.line(), "interval_start", RejectKind.INCONSISTENT, "the start " + row.start()
                        + " is not a whole number of intervals of " + length + " after the queue's first start "
                        + first + ".\nMaybe the file mixes interval lengths?");
            }
            Long before = seen.put(row.start(), row.line());
            if (before != null) {
                throw reject(source, row.line(), "interval_start", RejectKind.DUPLICATE_ID, "the interval " + row.start()
                        + " of queue (" + Checks.abbreviate(key) + ") was already given on line " + before + ".");
            }
            if (Double.isNaN(row.contacts())) {
                builder.missing(row.start());
            } else {
                builder.interval(row.start(), row.contacts(),
                        Double.isNaN(row.aht()) ? null : Duration.ofNanos(Math.round(row.aht() * 1e9)));
            }
            if (!Double.isNaN(row.agents())) {
                builder.agents(row.start(), (int) row.agents());
            }
            if (!Double.isNaN(row.serviceLevel())) {
                builder.serviceLevel(row.start(), row.serviceLevel());
            }
        }
        return builder.build();
    }

    private static Duration inferInterval(String key, List<Row> rows, String source) {
        TreeSet<Instant> starts = new TreeSet<>();
        rows.forEach(r -> starts.add(r.start()));
        long smallest = Long.MAX_VALUE;
        Instant previous = null;
        for (Instant s : starts) {
            if (previous != null) {
                smallest = Math.min(smallest, Duration.between(previous, s).getSeconds());
            }
            previous = s;
        }
        if (smallest == Long.MAX_VALUE) {
            throw reject(source, rows.get(0).line(), "interval_start", RejectKind.INCONSISTENT, "queue ("
                    + Checks.abbreviate(key) + ") has a single interval, so its length cannot be inferred."
                    + "\nMaybe give the length with withInterval(Duration)?");
        }
        try {
            return IntervalSeries.checkInterval(Duration.ofSeconds(smallest));
        } catch (IllegalArgumentException e) {
            throw reject(source, rows.get(0).line(), "interval_start", RejectKind.INCONSISTENT, "the smallest gap "
                    + "between two starts of queue (" + Checks.abbreviate(key) + ") is " + Duration.ofSeconds(smallest)
                    + ", which is not a whole number of minutes dividing a day.");
        }
    }

    private Instant instant(String text, String source, long line) {
        if (text.isEmpty()) {
            throw reject(source, line, "interval_start", RejectKind.MISSING_FIELD, "the interval start is empty.");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withOffset) {
            LocalDateTime local;
            try {
                local = text.indexOf('T') > 0 ? LocalDateTime.parse(text) : LocalDateTime.parse(text, LOCAL_WITH_SPACE);
            } catch (DateTimeException e) {
                throw reject(source, line, "interval_start", RejectKind.WRONG_TYPE, "expected an ISO-8601 date-time "
                        + "such as 2026-03-02T08:00:00+01:00, found (" + Checks.abbreviate(text) + ").");
            }
            if (zone == null) {
                throw reject(source, line, "interval_start", RejectKind.INVALID_VALUE, "the date-time ("
                        + Checks.abbreviate(text) + ") has no offset.\nMaybe read it with a zone: reader(ZoneId)?");
            }
            return local.atZone(zone).toInstant();
        }
    }

    private static double number(String text, String field, String source, long line, double min, double max) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw reject(source, line, field, RejectKind.WRONG_TYPE, "expected a number, found ("
                    + Checks.abbreviate(text) + ").");
        }
        if (!(value >= min && value <= max)) {
            throw reject(source, line, field, RejectKind.INVALID_VALUE, "the value (" + Checks.abbreviate(text)
                    + ") is outside " + (field.equals("service_level") ? "[0, 1]"
                            + (value > 1 && value <= 100 ? ".\nMaybe it is in percent?" : ".")
                            : min == 0 ? "[0, " + (max >= 1e300 ? "∞" : String.valueOf((long) max)) + "]." : "(0, 1e9]."));
        }
        return value;
    }

    private static int require(Map<String, Integer> header, String column, String source) {
        Integer index = header.get(column);
        if (index == null) {
            throw reject(source, 1, column, RejectKind.MISSING_FIELD, "the header has no column '" + column
                    + "'; found " + new TreeMap<>(header).keySet() + ".");
        }
        return index;
    }

    private static ImportException reject(String source, long line, @Nullable String field, RejectKind kind,
            String message) {
        return CsvInput.reject(source, line, field, kind, message);
    }

    /**
     * Writes series as interval-counts CSV with instants in UTC, every interval on its own row
     * (missing ones with an empty {@code contacts}); reading the text back gives equal series.
     *
     * @param series the series; keys become the {@code queue} column
     * @param out where to write; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<IntervalSeries> series, Writer out) {
        write(series, out, ZoneOffset.UTC);
    }

    /**
     * Writes series as interval-counts CSV with instants at the offset of a zone, for people reading
     * the file in local time.
     *
     * @param series the series
     * @param out where to write; flushed, not closed
     * @param zone the zone whose offsets the instants show
     * @throws UncheckedIOException if writing fails
     */
    public static void write(List<IntervalSeries> series, Writer out, ZoneId zone) {
        Checks.notNull(series, "series");
        Checks.notNull(out, "out");
        Checks.notNull(zone, "zone");
        try {
            BufferedWriter buffered = new BufferedWriter(out);
            CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
            csv.printRecord(buffered, "queue", "interval_start", "contacts", "aht_seconds", "agents", "service_level");
            for (IntervalSeries s : series) {
                for (int i = 0; i < s.size(); i++) {
                    Instant start = s.startOf(i);
                    csv.printRecord(buffered, FormulaEscaping.escape(s.key()), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(zone)),
                            text(s.contacts(i).orElse(Double.NaN)), text(s.averageHandleTimeSeconds(i).orElse(Double.NaN)),
                            s.agents(i).isPresent() ? String.valueOf(s.agents(i).getAsInt()) : "",
                            text(s.serviceLevel(i).orElse(Double.NaN)));
                }
            }
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write interval counts: " + e.getMessage(), e);
        }
    }

    /** Shortest text that parses back to the same double; empty for NaN. */
    static String text(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.valueOf(value);
    }
}
