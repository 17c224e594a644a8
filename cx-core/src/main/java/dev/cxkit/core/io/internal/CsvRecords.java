package dev.cxkit.core.io.internal;

import dev.cxkit.core.io.RejectKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits CSV input into records by RFC 4180 (delimiter {@code ','}, quote {@code '"'}, a quote in a
 * quoted value doubled) without letting one bad quote take the rest of the file with it.
 *
 * <p>A quote opens a quoted value only at the start of a value; a quote anywhere else in an unquoted
 * value, or text between a closing quote and the next comma, is a structural error of that record
 * (reported with its column), and the record ends at the end of its line. A quoted value may span
 * lines (a quoted line break), but a record that does so is only a record if it closes within
 * {@code maxLineBytes}, before the end of the input, and parses cleanly into fields; otherwise the
 * quote that opened it is taken for a stray quote: only the line on which it starts is rejected, and
 * the lines read after it are pushed back and read again as records of their own. So a stray quote
 * costs exactly one record, and every line is either part of an accepted record or counted in a
 * reject. The lines kept for that re-reading are bounded by {@code maxLineBytes}.
 *
 * <p>Lines are decoded strictly; a line that is not UTF-8 is decoded leniently for the structure
 * only, and the record carries the encoding error. Not thread-safe.
 */
final class CsvRecords {

    /** A physical line kept for re-reading: its number, bytes (exact length) and length as counted. */
    private record KeptLine(long number, byte[] bytes, long length, boolean tooLong) {
    }

    /** One record: where it starts, its fields, and what is wrong with it, if anything. */
    static final class Record {
        final long line;
        final List<String> fields;
        /** A problem of the whole record (too long, unbalanced quote), or {@code null}. */
        final @Nullable RecordException problem;
        /** A structural error inside the record (stray quote), or {@code null}. */
        final @Nullable RecordException syntaxError;
        /** The first line in the record that is not UTF-8, or {@code null}. */
        final @Nullable RecordException encodingError;
        /** The lines after the first, when the record spans several; else empty. */
        final List<KeptLine> continuation;
        /** Where the quote that made the record span lines was opened, for messages. */
        final int openQuoteColumn;

        private Record(long line, List<String> fields, @Nullable RecordException problem,
                @Nullable RecordException syntaxError, @Nullable RecordException encodingError,
                List<KeptLine> continuation, int openQuoteColumn) {
            this.line = line;
            this.fields = fields;
            this.problem = problem;
            this.syntaxError = syntaxError;
            this.encodingError = encodingError;
            this.continuation = continuation;
            this.openQuoteColumn = openQuoteColumn;
        }

        /** Whether the record spans more than one physical line. */
        boolean isMultiLine() {
            return !continuation.isEmpty();
        }

        /** The number of the record's last line. */
        long lastLine() {
            return continuation.isEmpty() ? line : continuation.get(continuation.size() - 1).number();
        }
    }

    private final LineSplitter lines;
    private final int maxLineBytes;
    private final Utf8LineDecoder decoder = new Utf8LineDecoder();
    private final ArrayDeque<KeptLine> pushedBack = new ArrayDeque<>();
    private final Tokenizer tokenizer = new Tokenizer();

    // The current physical line, from the splitter or the pushed-back lines.
    private long lineNumber;
    private byte[] bytes = new byte[0];
    private int size;
    private long length;
    private boolean tooLong;

    CsvRecords(LineSplitter lines, int maxLineBytes) {
        this.lines = lines;
        this.maxLineBytes = maxLineBytes;
    }

    private boolean nextLine() throws IOException {
        KeptLine kept = pushedBack.pollFirst();
        if (kept != null) {
            lineNumber = kept.number();
            bytes = kept.bytes();
            size = kept.bytes().length;
            length = kept.length();
            tooLong = kept.tooLong();
            return true;
        }
        if (!lines.next()) {
            return false;
        }
        lineNumber = lines.lineNumber();
        bytes = lines.bytes();
        size = lines.size();
        length = lines.length();
        tooLong = lines.isTooLong();
        return true;
    }

    private KeptLine keepCurrent() {
        return new KeptLine(lineNumber, tooLong ? new byte[0] : Arrays.copyOf(bytes, size), length, tooLong);
    }

    private boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Takes a record that spans lines for a stray quote after all: its lines after the first are
     * read again, as records of their own.
     */
    void rereadContinuation(Record record) {
        pushBack(record.continuation);
    }

    /** Puts lines back to be read again, before anything still waiting, in file order. */
    private void pushBack(List<KeptLine> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            pushedBack.addFirst(kept.get(i));
        }
    }

    private String tooLongMessage() {
        return "line is " + length + " bytes; the limit is " + maxLineBytes + " (maxLineBytes)";
    }

    /**
     * The next record, skipping blank lines; {@code null} at the end of the input.
     *
     * @param singleLine whether the record must fit one physical line (the header): a quote left
     *     open at the end of the line is then a syntax error of the record rather than a line break
     */
    @Nullable Record next(boolean singleLine) throws IOException {
        do {
            if (!nextLine()) {
                return null;
            }
            if (tooLong) {
                return new Record(lineNumber, List.of(),
                        new RecordException(null, RejectKind.TOO_LONG, tooLongMessage()), null, null, List.of(), 0);
            }
        } while (isBlank());
        long start = lineNumber;
        tokenizer.reset();
        RecordException encoding = feed(start);
        long recordBytes = length;
        List<KeptLine> continuation = List.of();
        int openColumn = tokenizer.openQuoteColumn;
        while (tokenizer.inQuotes()) {
            if (singleLine) {
                tokenizer.fail("a quote opened at column " + openColumn + " does not close on this line");
                break;
            }
            if (!nextLine()) {
                pushBack(continuation);
                return unbalanced(start, openColumn, "by the end of the input");
            }
            if (continuation.isEmpty()) {
                continuation = new ArrayList<>();
            }
            continuation.add(keepCurrent());
            if (tooLong || recordBytes + 1 + length > maxLineBytes) {
                pushBack(continuation);
                return unbalanced(start, openColumn, "within " + maxLineBytes + " bytes (maxLineBytes)");
            }
            tokenizer.lineBreak();
            RecordException lineEncoding = feed(start);
            if (encoding == null) {
                encoding = lineEncoding;
            }
            recordBytes += 1 + length;
        }
        return new Record(start, tokenizer.finish(), null, tokenizer.error, encoding, continuation, openColumn);
    }

    /** Decodes and tokenizes the current line; returns its encoding error, if any. */
    private @Nullable RecordException feed(long start) {
        String text;
        RecordException error = null;
        try {
            text = decoder.decode(bytes, size);
        } catch (RecordException e) {
            error = new RecordException(null, e.kind(), e.getMessage() + (lineNumber == start ? "" : " of line " + lineNumber));
            text = new String(bytes, 0, size, StandardCharsets.UTF_8);
        }
        tokenizer.feed(text);
        return error;
    }

    private Record unbalanced(long start, int column, String where) {
        return new Record(start, List.of(), new RecordException(null, RejectKind.MALFORMED,
                "unbalanced quote: the quote opened at column " + column + " does not close " + where
                        + "; this line is rejected and reading goes on at the next line"),
                null, null, List.of(), column);
    }

    /**
     * The RFC 4180 state machine over the text of one record, line by line. Only the first syntax
     * error is kept; after it the rest of the line is skipped, so a broken record ends at its line.
     */
    private static final class Tokenizer {
        private static final int FIELD_START = 0;
        private static final int UNQUOTED = 1;
        private static final int QUOTED = 2;
        private static final int AFTER_QUOTE = 3;
        private static final int BROKEN = 4;

        private final StringBuilder field = new StringBuilder();
        private List<String> fields = new ArrayList<>();
        private int state;
        private @Nullable RecordException error;
        /** The 1-based column of the quote that opened the current quoted value, on its line. */
        int openQuoteColumn;

        void reset() {
            fields = new ArrayList<>();
            field.setLength(0);
            state = FIELD_START;
            error = null;
            openQuoteColumn = 0;
        }

        boolean inQuotes() {
            return state == QUOTED;
        }

        void lineBreak() {
            field.append('\n');
        }

        void fail(String message) {
            if (error == null) {
                error = new RecordException(null, RejectKind.MALFORMED, message);
            }
            state = BROKEN;
        }

        void feed(String text) {
            int n = text.length();
            int i = 0;
            while (i < n && state != BROKEN) {
                char c = text.charAt(i);
                switch (state) {
                    case FIELD_START -> {
                        if (c == '"') {
                            state = QUOTED;
                            openQuoteColumn = i + 1;
                        } else if (c == ',') {
                            fields.add("");
                        } else {
                            field.append(c);
                            state = UNQUOTED;
                        }
                    }
                    case UNQUOTED -> {
                        if (c == ',') {
                            endField();
                        } else if (c == '"') {
                            fail("stray quote at column " + (i + 1) + ": a value that holds a quote must be quoted "
                                    + "as a whole, with the quote doubled (\"5\"\" screen\")");
                        } else {
                            field.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                state = AFTER_QUOTE;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                    default -> {
                        // AFTER_QUOTE
                        if (c == ',') {
                            endField();
                        } else {
                            fail("text after the closing quote at column " + (i + 1)
                                    + ": a quoted value must be followed by a comma or the end of the line");
                        }
                    }
                }
                i++;
            }
        }

        private void endField() {
            fields.add(field.toString());
            field.setLength(0);
            state = FIELD_START;
        }

        /** The fields of a record whose last line has been fed. */
        List<String> finish() {
            if (state != BROKEN) {
                fields.add(field.toString());
            }
            field.setLength(0);
            return fields;
        }
    }
}
