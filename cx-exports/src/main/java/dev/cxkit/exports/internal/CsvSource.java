package dev.cxkit.exports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.core.io.RejectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one CSV or TSV file with a header (RFC 4180 quoting through Apache Commons CSV), each
 * with the line on which it starts. Header names are matched case-insensitively with runs of white
 * space as one space, so that "Created time", "Created Time" and "CREATEDTIME"-style spellings of
 * one export version all resolve. Blank lines are not records. A row with a different number of
 * cells than the header is rejected ({@link RejectKind#COLUMN_COUNT}); a row with bytes that are not
 * UTF-8 ({@link RejectKind#ENCODING}); a row longer than the line cap ({@link RejectKind#TOO_LONG}).
 * An unterminated quote ends the file with one reject that says so.
 */
final class CsvSource {

    /** One data row. */
    static final class Row {
        private final String file;
        private final long line;
        private final Header header;
        private final CSVRecord record;

        Row(String file, long line, Header header, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.record = record;
        }

        String file() {
            return file;
        }

        long line() {
            return line;
        }

        String where() {
            return file + ":" + line;
        }

        /** Whether the header has this column. */
        boolean has(String column) {
            return header.index(column) >= 0;
        }

        /** The trimmed cell of a column, or {@code null} if the column is absent or the cell empty. */
        @Nullable String get(String column) {
            int index = header.index(column);
            return index < 0 ? null : cell(index);
        }

        /** The first present cell among spellings of one column. */
        @Nullable String get(String... columns) {
            for (String column : columns) {
                String value = get(column);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        /** The trimmed cell at a 0-based index, or {@code null} if empty. */
        @Nullable String cell(int index) {
            if (index >= record.size()) {
                return null;
            }
            String value = record.get(index).trim();
            return value.isEmpty() ? null : value;
        }
    }

    /** The header: column names to 0-based indexes. */
    static final class Header {
        private final List<String> names;
        private final Map<String, Integer> byName = new HashMap<>();

        Header(List<String> names) {
            this.names = List.copyOf(names);
            for (int i = 0; i < names.size(); i++) {
                byName.putIfAbsent(normal(names.get(i)), i);
            }
        }

        int index(String column) {
            Integer index = byName.get(normal(column));
            return index == null ? -1 : index;
        }

        boolean has(String column) {
            return index(column) >= 0;
        }

        int size() {
            return names.size();
        }

        static String normal(String name) {
            String stripped = name.strip();
            if (!stripped.isEmpty() && stripped.charAt(0) == '\uFEFF') {
                stripped = stripped.substring(1);
            }
            return stripped.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** Receives the header once, then each row. */
    interface Handler {
        /** The header, once, before the first row. */
        default void header(Header header) {
        }

        void row(Row row);
    }

    private final String fileName;
    private final ReadSession session;
    private final char delimiter;
    private final @Nullable Character quote;
    private final boolean hasHeader;
    private boolean reportProblems = true;

    CsvSource(String fileName, ReadSession session, char delimiter, @Nullable Character quote, boolean hasHeader) {
        this.fileName = fileName;
        this.session = session;
        this.delimiter = delimiter;
        this.quote = quote;
        this.hasHeader = hasHeader;
    }

    /** A second pass over a file whose malformed rows the first pass has already rejected. */
    CsvSource quiet() {
        this.reportProblems = false;
        return this;
    }

    private void problem(long line, RejectKind kind, String message) {
        if (reportProblems) {
            session.reject(fileName, line, null, kind, message);
        }
    }

    /** The header of a file (its first non-blank record), or {@code null} for an empty file. */
    static @Nullable Header peekHeader(Path file, char delimiter) {
        CSVFormat format = format(delimiter, '"');
        try (Reader reader = reader(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (!isBlank(record)) {
                    return new Header(record.toList());
                }
            }
            return null;
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** Reads the file to its end. */
    void read(Path file, Handler handler) {
        CSVFormat format = format(delimiter, quote);
        int maxChars = session.options().maxLineBytes();
        try (Reader reader = reader(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            Header header = null;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problem(line, RejectKind.MALFORMED, "not well-formed CSV ("
                            + Cells.shown(String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage()))
                            + "); the rest of the file was not read");
                    return;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    if (hasHeader) {
                        header = new Header(record.toList());
                        handler.header(header);
                        continue;
                    }
                    List<String> numbers = new ArrayList<>();
                    for (int i = 1; i <= record.size(); i++) {
                        numbers.add(String.valueOf(i));
                    }
                    header = new Header(numbers);
                    handler.header(header);
                }
                int length = 0;
                boolean badBytes = false;
                for (String value : record) {
                    length += value.length() + 1;
                    badBytes |= value.indexOf('\uFFFD') >= 0;
                }
                if (length - 1 > maxChars) {
                    problem(line, RejectKind.TOO_LONG, "record is " + (length - 1)
                            + " characters; the limit is " + maxChars + " (maxLineBytes)");
                } else if (badBytes) {
                    problem(line, RejectKind.ENCODING, "not valid UTF-8");
                } else if (record.size() != header.size()) {
                    problem(line, RejectKind.COLUMN_COUNT, "has " + record.size()
                            + " columns, the header has " + header.size()
                            + (delimiter == '\t' ? "" : ".\nMaybe the file uses another delimiter (--delimiter)?"));
                } else {
                    handler.row(new Row(fileName, line, header, record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ".", e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static CSVFormat format(char delimiter, @Nullable Character quote) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
    }

    private static Reader reader(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF)) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
