package dev.cxkit.core.io.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.ParsedLine;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The read loop shared by all readers: lines from {@link LineSplitter}, strict UTF-8, a record
 * parser per format, duplicate ids, and the {@link ImportSession} bookkeeping. Every record ends as
 * exactly one of: passed to the sink, or rejected. Immutable and thread-safe; each call has its
 * own state.
 *
 * @param <T> the record type
 */
public final class StreamingReader<T> {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().get();

    private final ImportOptions options;
    private final @Nullable JsonRecordFormat<T> jsonFormat;
    private final @Nullable CsvRecordFormat<T> csvFormat;
    /** Shared by all reads: the Jackson factory is thread-safe and costly to create. */
    private final JsonTree tree;

    private StreamingReader(ImportOptions options, @Nullable JsonRecordFormat<T> jsonFormat,
            @Nullable CsvRecordFormat<T> csvFormat) {
        this.options = options;
        this.jsonFormat = jsonFormat;
        this.csvFormat = csvFormat;
        this.tree = new JsonTree(options.maxLineBytes());
    }

    /** A JSON Lines reader. */
    public static <T> StreamingReader<T> jsonLines(ImportOptions options, JsonRecordFormat<T> format) {
        return new StreamingReader<>(options, format, null);
    }

    /** A CSV reader. */
    public static <T> StreamingReader<T> csv(ImportOptions options, CsvRecordFormat<T> format) {
        return new StreamingReader<>(options, null, format);
    }

    /** Reads a file; rejects name the file name. */
    public ImportReport read(Path file, Consumer<? super T> sink) {
        Checks.notNull(file, "file");
        Path name = file.getFileName();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return read(in, name == null ? file.toString() : name.toString(), sink);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream to its end without closing it. */
    public ImportReport read(InputStream in, String sourceName, Consumer<? super T> sink) {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(sink, "sink");
        ImportSession session = new ImportSession(sourceName, options);
        LineSplitter lines = new LineSplitter(in, options.maxLineBytes());
        try {
            if (jsonFormat != null) {
                readJson(jsonFormat, lines, session, sink);
            } else {
                readCsv(Checks.notNull(csvFormat, "csvFormat"), lines, session, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + sourceName + ": " + e.getMessage(), e);
        }
        return session.report();
    }

    private String tooLong(long length) {
        return "line is " + length + " bytes; the limit is " + options.maxLineBytes() + " (maxLineBytes)";
    }

    private void readJson(JsonRecordFormat<T> format, LineSplitter lines, ImportSession session,
            Consumer<? super T> sink) throws IOException {
        Utf8LineDecoder decoder = new Utf8LineDecoder();
        IdHashSet ids = new IdHashSet();
        while (lines.next()) {
            long line = lines.lineNumber();
            if (lines.isTooLong()) {
                session.countRead();
                session.reject(line, null, RejectKind.TOO_LONG, tooLong(lines.length()));
                continue;
            }
            if (lines.isBlank()) {
                continue;
            }
            session.countRead();
            T value;
            try {
                value = parseRecord(format, lines.bytes(), lines.size(), decoder, session);
                checkUnique(ids, format.uniqueKey(value), format.keyField(), line);
            } catch (RecordException e) {
                session.reject(line, e.field(), e.kind(), e.getMessage());
                continue;
            }
            session.countAccepted();
            sink.accept(value);
        }
    }

    /**
     * One JSON record read from bytes to a value. A plain ASCII line goes to Jackson as bytes; any
     * other line is decoded strictly first, so that an invalid byte is an encoding reject naming the
     * byte and Jackson's column numbers count characters.
     *
     * @throws RecordException for every failure, the unexpected ones included
     */
    private T parseRecord(JsonRecordFormat<T> format, byte[] bytes, int size, Utf8LineDecoder decoder,
            ImportSession session) {
        try {
            return format.parse(JsonObject.root(parseFields(bytes, size, decoder)), session);
        } catch (RecordException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /**
     * The tree of a line, from its bytes if they are plain ASCII. Jackson's byte parser words some
     * errors differently from its text parser ("Unexpected end-of-input in VALUE_STRING" for "was
     * expecting closing quote for a string value", "expected a value" for "expected a valid value
     * (JSON String, …)") and places some number errors one column further. So a line the byte parser
     * fails on is parsed again as text: a reject reads exactly as it did before the byte path, at
     * the cost of a second parse of a bad line only.
     */
    private Map<String, Object> parseFields(byte[] bytes, int size, Utf8LineDecoder decoder) {
        if (JsonTree.isPlainAscii(bytes, size)) {
            try {
                return tree.parseObject(bytes, size);
            } catch (RuntimeException e) {
                // Parsed again below, for the text parser's message.
            }
        }
        return tree.parseObject(decoder.decode(bytes, size));
    }

    /**
     * One JSON record given as text to a value.
     *
     * @throws RecordException for every failure, the unexpected ones included
     */
    private T parseRecord(JsonRecordFormat<T> format, String text, ImportSession session) {
        try {
            return format.parse(JsonObject.root(tree.parseObject(text)), session);
        } catch (RecordException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /** A safety net: formats turn domain failures into RecordExceptions themselves. */
    private static RecordException unexpected(RuntimeException e) {
        return new RecordException(null, RejectKind.INVALID_VALUE, Values.messageOf(e));
    }

    /**
     * Parses one JSON Lines record on its own (see {@code InteractionReader#parseLine}): no
     * duplicate detection, no warnings, rejects returned rather than thrown.
     *
     * @throws UnsupportedOperationException for a CSV reader
     */
    public ParsedLine<T> parseLine(String text, String sourceName) {
        Checks.notNull(text, "line");
        Checks.notNull(sourceName, "sourceName");
        if (jsonFormat == null) {
            throw new UnsupportedOperationException("A CSV reader parses whole streams only: a record needs the header."
                    + "\nMaybe use a JSON Lines reader for one record at a time?");
        }
        try {
            checkSingleLine(text);
            return new ParsedLine.Accepted<>(parseRecord(jsonFormat, text, new ImportSession(sourceName, options)));
        } catch (RecordException e) {
            return new ParsedLine.Rejected<>(
                    new Reject(sourceName, 1, e.field(), e.kind(), ImportSession.oneLine(e.getMessage())));
        }
    }

    /** What the line splitter and the UTF-8 decoder check for a line read from bytes. */
    private void checkSingleLine(String text) {
        if (text.isBlank()) {
            throw new RecordException(null, RejectKind.MALFORMED, "blank line: not a record");
        }
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RecordException(null, RejectKind.ENCODING,
                        "unpaired surrogate at character " + (i + 1) + ": the text has no UTF-8 form");
            } else {
                bytes += 3;
            }
        }
        if (bytes > options.maxLineBytes()) {
            throw new RecordException(null, RejectKind.TOO_LONG, tooLong(bytes));
        }
    }

    private static void checkUnique(IdHashSet ids, @Nullable String key, String field, long line) {
        if (key == null) {
            return;
        }
        long firstSeen = ids.addIfAbsent(key, line);
        if (firstSeen >= 0) {
            throw new RecordException(field, RejectKind.DUPLICATE_ID,
                    "duplicate id '" + Checks.abbreviate(key) + "', first seen at line " + firstSeen);
        }
    }

    /**
     * CSV: physical lines are joined into logical records while the count of {@code '"'} is odd
     * (RFC 4180 quoted line breaks), each record is parsed on its own, so a bad record never
     * derails the next. The first record is the header.
     */
    private void readCsv(CsvRecordFormat<T> format, LineSplitter lines, ImportSession session,
            Consumer<? super T> sink) throws IOException {
        Utf8LineDecoder decoder = new Utf8LineDecoder();
        IdHashSet ids = new IdHashSet();
        CsvHeader header = null;
        StringBuilder record = new StringBuilder();
        long recordStart = 0;
        long recordBytes = 0;
        long quotes = 0;
        boolean open = false;
        @Nullable RecordException pending = null;
        while (lines.next()) {
            long line = lines.lineNumber();
            if (!open) {
                if (lines.isTooLong()) {
                    session.countRead();
                    session.reject(line, null, RejectKind.TOO_LONG, tooLong(lines.length()));
                    continue;
                }
                if (lines.isBlank()) {
                    continue;
                }
                open = true;
                recordStart = line;
                record.setLength(0);
                recordBytes = 0;
                quotes = 0;
                pending = null;
            } else if (pending == null) {
                record.append('\n');
            }
            if (pending == null) {
                if (lines.isTooLong() || recordBytes + lines.length() > options.maxLineBytes()) {
                    pending = new RecordException(null, RejectKind.TOO_LONG, "record starting at line " + recordStart
                            + " is longer than " + options.maxLineBytes() + " bytes (maxLineBytes)");
                    record.setLength(0);
                } else {
                    try {
                        record.append(decoder.decode(lines.bytes(), lines.size()));
                    } catch (RecordException e) {
                        pending = new RecordException(null, e.kind(), e.getMessage()
                                + (line == recordStart ? "" : " of line " + line));
                        record.setLength(0);
                    }
                }
                recordBytes += lines.length() + 1;
            }
            // Quotes are counted on the raw bytes so that even a rejected record ends where it should.
            if (lines.isTooLong()) {
                // The bytes are gone; assume an even number of quotes in an over-long line.
            } else {
                byte[] bytes = lines.bytes();
                for (int i = 0; i < lines.size(); i++) {
                    if (bytes[i] == '"') {
                        quotes++;
                    }
                }
            }
            if (quotes % 2 != 0) {
                continue;
            }
            open = false;
            if (header == null) {
                if (pending != null) {
                    session.countRead();
                    session.reject(recordStart, "header", pending.kind(), pending.getMessage());
                    continue;
                }
                header = CsvHeader.parse(record.toString(), format, session);
                continue;
            }
            session.countRead();
            T value;
            try {
                if (pending != null) {
                    throw pending;
                }
                value = parseCsvRecord(format, header, record.toString());
                checkUnique(ids, format.uniqueKey(value), format.keyField(), recordStart);
            } catch (RecordException e) {
                session.reject(recordStart, e.field(), e.kind(), e.getMessage());
                continue;
            } catch (RuntimeException e) {
                session.reject(recordStart, null, RejectKind.INVALID_VALUE, Values.messageOf(e));
                continue;
            }
            session.countAccepted();
            sink.accept(value);
        }
        if (open) {
            session.countRead();
            session.reject(recordStart, null, RejectKind.MALFORMED, "unterminated quoted value: the record starting at line "
                    + recordStart + " has an odd number of '\"' at the end of the input");
        }
    }

    private T parseCsvRecord(CsvRecordFormat<T> format, CsvHeader header, String text) {
        if (header.problem() != null) {
            throw header.problem();
        }
        List<String> values = parseCsvLine(text);
        if (values.size() != header.size()) {
            throw new RecordException(null, RejectKind.COLUMN_COUNT, "expected " + header.size()
                    + " columns as in the header, got " + values.size());
        }
        return format.parse(new CsvRow(header.columns(), values));
    }

    static List<String> parseCsvLine(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new RecordException(null, RejectKind.MALFORMED,
                        "expected one CSV record, got " + records.size());
            }
            List<String> values = new ArrayList<>();
            records.get(0).forEach(values::add);
            return values;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RecordException recordException) {
                throw recordException;
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RecordException(null, RejectKind.MALFORMED, "malformed CSV: " + Checks.abbreviate(
                    ImportSession.oneLine(message).replaceAll("\\s+", " ")));
        }
    }

    /** The parsed header: column positions, or the problem that rejects every data record. */
    record CsvHeader(Map<String, Integer> columns, int size, @Nullable RecordException problem) {

        static <T> CsvHeader parse(String text, CsvRecordFormat<T> format, ImportSession session) {
            List<String> names;
            try {
                names = parseCsvLine(text);
            } catch (RecordException e) {
                return new CsvHeader(Map.of(), 0, new RecordException("header", e.kind(), e.getMessage()));
            }
            Map<String, Integer> columns = new HashMap<>();
            RecordException problem = null;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).trim();
                if (columns.putIfAbsent(name, i) != null && problem == null) {
                    problem = new RecordException(Checks.abbreviate(name), RejectKind.MALFORMED,
                            "the header names column '" + Checks.abbreviate(name) + "' twice");
                }
                if (!format.knownColumns().contains(name)) {
                    session.warnOnce("column:" + name, "unknown column '" + Checks.abbreviate(name) + "' ignored");
                }
            }
            for (String required : format.requiredColumns()) {
                if (!columns.containsKey(required) && problem == null) {
                    problem = new RecordException(required, RejectKind.MISSING_FIELD,
                            "the header lacks the required column '" + required + "'");
                    session.warnOnce("missing:" + required, "the header lacks the required column '" + required
                            + "'; every record is rejected");
                }
            }
            return new CsvHeader(Map.copyOf(columns), names.size(), problem);
        }
    }
}
