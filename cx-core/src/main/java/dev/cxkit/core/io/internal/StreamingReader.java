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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
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
        ImportSession session = new ImportSession(sourceName, options,
                jsonFormat != null ? jsonFormat.factFields() : Checks.notNull(csvFormat, "csvFormat").factFields());
        LineSplitter lines = new LineSplitter(in, options.maxLineBytes());
        try {
            if (jsonFormat != null && options.threads() > 1) {
                readJsonInChunks(jsonFormat, lines, session, sink);
            } else if (jsonFormat != null) {
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
        JsonTape tape = new JsonTape();
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
                value = parseRecord(format, lines.bytes(), 0, lines.size(), decoder, tape, session);
                checkUnique(ids, format.uniqueKey(value), format.keyField(), line);
            } catch (RecordException e) {
                session.reject(line, e.field(), e.kind(), e.getMessage());
                continue;
            }
            session.countAccepted();
            format.countNotRecorded(value, session);
            sink.accept(value);
        }
    }

    /**
     * Bytes of lines per chunk: about 130 interactions. Records wait in their chunk until the reading
     * thread replays it, so smaller chunks keep fewer of them alive across young collections.
     */
    private static final int CHUNK_BYTES = 64 * 1024;
    /** Lines per chunk at most, for files of very short lines. */
    private static final int CHUNK_LINES = 4096;

    /**
     * {@link #readJson} on {@link ImportOptions#threads()} threads: the calling thread cuts the
     * lines into chunks (through the same {@link LineSplitter}, so byte order marks, line ends, caps
     * and line numbers are as in one thread), parsing threads turn each chunk into values or
     * rejects with a recording session, and the calling thread replays chunk after chunk in file
     * order: counts, warnings, clock-skew marks, duplicate ids, rejects and the sink. So the result,
     * fail-fast included, is that of {@link #readJson}. A file of one chunk starts no thread.
     */
    private void readJsonInChunks(JsonRecordFormat<T> format, LineSplitter lines, ImportSession session,
            Consumer<? super T> sink) throws IOException {
        Chunk first = Chunk.cut(lines);
        if (first == null) {
            return;
        }
        Chunk second = Chunk.cut(lines);
        if (second == null) {
            replay(format, parseChunk(format, first, session.source()), session, new IdHashSet(), sink);
            return;
        }
        int threads = options.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, StreamingReader::parsingThread);
        try {
            ArrayDeque<Future<Chunk>> inFlight = new ArrayDeque<>();
            inFlight.add(pool.submit(() -> parseChunk(format, first, session.source())));
            inFlight.add(pool.submit(() -> parseChunk(format, second, session.source())));
            IdHashSet ids = new IdHashSet();
            boolean more = true;
            while (!inFlight.isEmpty()) {
                while (more && inFlight.size() < 2 * threads + 1) {
                    Chunk next = Chunk.cut(lines);
                    if (next == null) {
                        more = false;
                    } else {
                        inFlight.add(pool.submit(() -> parseChunk(format, next, session.source())));
                    }
                }
                replay(format, await(Checks.notNull(inFlight.poll(), "chunk")), session, ids, sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Thread parsingThread(Runnable task) {
        Thread thread = new Thread(task, "cx-reader");
        thread.setDaemon(true);
        return thread;
    }

    private static Chunk await(Future<Chunk> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Parses every line of a chunk on a parsing thread; nothing here touches the reading session. */
    private Chunk parseChunk(JsonRecordFormat<T> format, Chunk chunk, String source) {
        Utf8LineDecoder decoder = new Utf8LineDecoder();
        JsonTape tape = new JsonTape();
        ImportSession recording = ImportSession.recording(source, options);
        int count = chunk.count;
        Object[] results = new Object[count];
        int[] warningsEnd = new int[count];
        boolean[] skew = new boolean[count];
        // What the reading thread would otherwise do for each accepted record, done here in parallel.
        long[] idHashes = new long[count];
        long[] notRecorded = new long[count];
        for (int i = 0; i < count; i++) {
            int size = chunk.sizes[i];
            if (size < 0) {
                results[i] = new RecordException(null, RejectKind.TOO_LONG, tooLong(chunk.lengths[i]));
            } else if (isBlank(chunk.data, chunk.starts[i], size)) {
                results[i] = Chunk.BLANK;
            } else {
                try {
                    T value = parseRecord(format, chunk.data, chunk.starts[i], size, decoder, tape, recording);
                    results[i] = value;
                    String key = format.uniqueKey(value);
                    idHashes[i] = key == null ? 0 : IdHashSet.hash(key);
                    format.countNotRecorded(value, recording);
                    notRecorded[i] = recording.takeNotRecordedMark();
                } catch (RecordException e) {
                    results[i] = e;
                }
            }
            warningsEnd[i] = recording.recordedWarnings();
            skew[i] = recording.takeClockSkewMark();
        }
        chunk.parsed(results, warningsEnd, skew, idHashes, notRecorded, recording);
        return chunk;
    }

    private static boolean isBlank(byte[] data, int from, int size) {
        for (int i = from, end = from + size; i < end; i++) {
            if (data[i] != ' ' && data[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Hands a parsed chunk on as {@link #readJson} would have, line by line. */
    @SuppressWarnings("unchecked")
    private void replay(JsonRecordFormat<T> format, Chunk chunk, ImportSession session, IdHashSet ids,
            Consumer<? super T> sink) {
        Object[] results = Checks.notNull(chunk.results, "results");
        int[] warningsEnd = Checks.notNull(chunk.warningsEnd, "warningsEnd");
        boolean[] skew = Checks.notNull(chunk.skew, "skew");
        long[] idHashes = Checks.notNull(chunk.idHashes, "idHashes");
        long[] notRecorded = Checks.notNull(chunk.notRecorded, "notRecorded");
        ImportSession recording = Checks.notNull(chunk.recording, "recording");
        int warningsFrom = 0;
        for (int i = 0; i < chunk.count; i++) {
            Object result = results[i];
            long line = chunk.firstLine + i;
            if (result == Chunk.BLANK) {
                continue;
            }
            session.countRead();
            session.replay(recording, warningsFrom, warningsEnd[i], skew[i]);
            warningsFrom = warningsEnd[i];
            if (result instanceof RecordException e) {
                session.reject(line, e.field(), e.kind(), e.getMessage());
                continue;
            }
            T value = (T) result;
            String key = format.uniqueKey(value);
            if (key != null) {
                long firstSeen = ids.addIfAbsent(idHashes[i], line);
                if (firstSeen >= 0) {
                    session.reject(line, format.keyField(), RejectKind.DUPLICATE_ID, duplicate(key, firstSeen));
                    continue;
                }
            }
            session.countAccepted();
            session.countNotRecorded(notRecorded[i]);
            sink.accept(value);
            results[i] = null;
        }
    }

    /**
     * Consecutive lines as cut by the {@link LineSplitter}, then their parse results. A line too long
     * to keep has size −1 and its length in {@code lengths}.
     */
    private static final class Chunk {

        static final Object BLANK = new Object();

        final long firstLine;
        byte[] data = new byte[CHUNK_BYTES + 1024];
        int used;
        int[] starts = new int[256];
        int[] sizes = new int[256];
        long[] lengths = new long[256];
        int count;
        Object @Nullable [] results;
        int @Nullable [] warningsEnd;
        boolean @Nullable [] skew;
        long @Nullable [] idHashes;
        long @Nullable [] notRecorded;
        @Nullable ImportSession recording;

        private Chunk(long firstLine) {
            this.firstLine = firstLine;
        }

        /** The next chunk of lines, or {@code null} at the end of input. */
        static @Nullable Chunk cut(LineSplitter lines) throws IOException {
            if (!lines.next()) {
                return null;
            }
            Chunk chunk = new Chunk(lines.lineNumber());
            do {
                chunk.add(lines);
            } while (chunk.used < CHUNK_BYTES && chunk.count < CHUNK_LINES && lines.next());
            return chunk;
        }

        private void add(LineSplitter lines) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                sizes = Arrays.copyOf(sizes, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            if (lines.isTooLong()) {
                starts[count] = used;
                sizes[count] = -1;
                lengths[count] = lines.length();
            } else {
                int size = lines.size();
                if (used + size > data.length) {
                    data = Arrays.copyOf(data, Math.max(data.length * 2, used + size));
                }
                System.arraycopy(lines.bytes(), 0, data, used, size);
                starts[count] = used;
                sizes[count] = size;
                used += size;
            }
            count++;
        }

        void parsed(Object[] results, int[] warningsEnd, boolean[] skew, long[] idHashes, long[] notRecorded,
                ImportSession recording) {
            this.results = results;
            this.idHashes = idHashes;
            this.notRecorded = notRecorded;
            this.warningsEnd = warningsEnd;
            this.skew = skew;
            this.recording = recording;
            // The bytes are no longer needed while the chunk waits for its turn.
            this.data = new byte[0];
        }
    }

    /**
     * One JSON record read from bytes to a value. A plain ASCII line goes to Jackson as bytes; any
     * other line is decoded strictly first, so that an invalid byte is an encoding reject naming the
     * byte and Jackson's column numbers count characters.
     *
     * @throws RecordException for every failure, the unexpected ones included
     */
    private T parseRecord(JsonRecordFormat<T> format, byte[] bytes, int offset, int size, Utf8LineDecoder decoder,
            JsonTape tape, ImportSession session) {
        try {
            parseFields(bytes, offset, size, decoder, tape);
            return format.parse(JsonObject.root(tape), session);
        } catch (RecordException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /**
     * Reads a line onto the tape: the usual line (plain ASCII, of the usual shape) through the
     * {@link JsonScanner}, anything else with Jackson, from its bytes if they are plain ASCII. Jackson's byte parser words some
     * errors differently from its text parser ("Unexpected end-of-input in VALUE_STRING" for "was
     * expecting closing quote for a string value", "expected a value" for "expected a valid value
     * (JSON String, …)") and places some number errors one column further. So a line the byte parser
     * fails on is parsed again as text: a reject reads exactly as it did before the byte path, at
     * the cost of a second parse of a bad line only.
     */
    private void parseFields(byte[] bytes, int offset, int size, Utf8LineDecoder decoder, JsonTape tape) {
        if (JsonTree.isPlainAscii(bytes, offset, size)) {
            if (tape.scanner().scan(bytes, offset, size)) {
                return;
            }
            try {
                tree.parseObject(bytes, offset, size, tape);
                return;
            } catch (RuntimeException e) {
                // Parsed again below, for the text parser's message.
            }
        }
        tree.parseObject(decoder.decode(bytes, offset, size), tape);
    }

    /**
     * One JSON record given as text to a value.
     *
     * @throws RecordException for every failure, the unexpected ones included
     */
    private T parseRecord(JsonRecordFormat<T> format, String text, ImportSession session) {
        try {
            JsonTape tape = new JsonTape();
            tree.parseObject(text, tape);
            return format.parse(JsonObject.root(tape), session);
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

    private static String duplicate(String key, long firstSeen) {
        return "duplicate id '" + Checks.abbreviate(key) + "', first seen at line " + firstSeen;
    }

    private static void checkUnique(IdHashSet ids, @Nullable String key, String field, long line) {
        if (key == null) {
            return;
        }
        long firstSeen = ids.addIfAbsent(key, line);
        if (firstSeen >= 0) {
            throw new RecordException(field, RejectKind.DUPLICATE_ID, duplicate(key, firstSeen));
        }
    }

    /**
     * CSV: records from {@link CsvRecords}, which keeps a stray quote from swallowing the lines after
     * it; each record is parsed on its own, so a bad record never derails the next. The first record
     * is the header, unless it names none of the known columns (a file without a header): then it is
     * counted and rejected like every other record, so that {@code read} still equals the records in
     * the file.
     */
    private void readCsv(CsvRecordFormat<T> format, LineSplitter lines, ImportSession session,
            Consumer<? super T> sink) throws IOException {
        CsvRecords records = new CsvRecords(lines, options.maxLineBytes());
        IdHashSet ids = new IdHashSet();
        CsvHeader header = null;
        CsvRecords.Record record;
        while ((record = records.next(header == null)) != null) {
            if (header == null && record.problem == null && record.encodingError == null) {
                header = CsvHeader.parse(record, format, session);
                if (!header.firstLineIsData()) {
                    continue;
                }
            }
            session.countRead();
            if (header == null) {
                // A first line that cannot be read at all (too long, not UTF-8) is rejected; the next is the header.
                RecordException problem = record.problem != null ? record.problem : record.encodingError;
                session.reject(record.line, "header", problem.kind(), problem.getMessage());
                continue;
            }
            T value;
            try {
                value = parseCsvRecord(format, header, record, records, session);
                checkUnique(ids, format.uniqueKey(value), format.keyField(), record.line);
            } catch (RecordException e) {
                session.reject(record.line, e.field(), e.kind(), e.getMessage());
                continue;
            } catch (RuntimeException e) {
                session.reject(record.line, null, RejectKind.INVALID_VALUE, Values.messageOf(e));
                continue;
            }
            session.countAccepted();
            format.countNotRecorded(value, session);
            sink.accept(value);
        }
    }

    private T parseCsvRecord(CsvRecordFormat<T> format, CsvHeader header, CsvRecords.Record record,
            CsvRecords records, ImportSession session) {
        if (record.problem != null) {
            throw record.problem;
        }
        if (record.isMultiLine() && (record.syntaxError != null || record.fields.size() != header.size())) {
            // A quoted line break that leaves a broken record was a stray quote: its line alone is the reject.
            records.rereadContinuation(record);
            throw new RecordException(null, RejectKind.MALFORMED, "unbalanced quote: the quote opened at column "
                    + record.openQuoteColumn + " closes only on line " + record.lastLine() + ", which leaves "
                    + (record.syntaxError != null ? "a broken record" : record.fields.size() + " columns instead of "
                            + header.size()) + "; this line is rejected and reading goes on at the next line");
        }
        if (record.syntaxError != null) {
            throw record.syntaxError;
        }
        if (record.encodingError != null) {
            throw record.encodingError;
        }
        if (header.problem() != null) {
            throw header.problem();
        }
        if (record.fields.size() != header.size()) {
            throw new RecordException(null, RejectKind.COLUMN_COUNT, "expected " + header.size()
                    + " columns as in the header, got " + record.fields.size());
        }
        return format.parse(new CsvRow(header.columns(), record.fields), session);
    }

    /** Whether a cell holds a date and a time, as every data row of an interaction file does. */
    private static boolean looksLikeATime(String cell) {
        return TIME.matcher(cell).find();
    }

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}");

    /**
     * The parsed header: column positions, or the problem that rejects every data record; and whether
     * the first line was data rather than a header (it names none of the known columns).
     */
    record CsvHeader(Map<String, Integer> columns, int size, @Nullable RecordException problem,
            boolean firstLineIsData) {

        static <T> CsvHeader parse(CsvRecords.Record record, CsvRecordFormat<T> format, ImportSession session) {
            if (record.syntaxError != null) {
                RecordException e = record.syntaxError;
                session.warnOnce("header", "the header cannot be read (" + e.getMessage() + "); every record is rejected");
                return new CsvHeader(Map.of(), 0, new RecordException("header", e.kind(), "the header cannot be read: "
                        + e.getMessage()), false);
            }
            List<String> names = record.fields;
            if (names.stream().map(String::trim).noneMatch(format.knownColumns()::contains)) {
                boolean data = names.stream().anyMatch(StreamingReader::looksLikeATime);
                String message = data
                        ? "the file has no header row: the first line names none of the columns "
                                + String.join(", ", format.requiredColumns()) + " and holds data; every record is rejected"
                        : "the header names none of the columns " + String.join(", ", format.requiredColumns())
                                + " (a file of another format?); every record is rejected";
                // Issue 25 item 10: neither a first line of data nor a foreign header is echoed (their
                // cells may be personal data). A first line of data is counted and rejected like the
                // records after it; a foreign header is a header and not counted.
                session.warnOnce("header", message);
                return new CsvHeader(Map.of(), names.size(), new RecordException(null, RejectKind.MISSING_FIELD,
                        message), data);
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
            return new CsvHeader(Map.copyOf(columns), names.size(), problem, false);
        }
    }
}
