package dev.cxkit.exports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;

/**
 * The JSON records of one file, in any of the layouts vendors deliver: one object a line (JSON
 * Lines, also several objects back to back on a line as Firehose writes them), a JSON array, an
 * API response envelope whose arrays hold the records ({@code {"tickets":[…],"count":2}}), a
 * wrapper ({@code {"ticket":{…}}}), or a pretty-printed document of any of these. Records are
 * streamed with the line on which each starts.
 *
 * <p>Layout: if the first non-blank line parses as complete JSON values, the file is read line by
 * line, so that a malformed line costs only itself; otherwise it is read as one document, and a
 * syntax error ends the file there (one reject says so).
 */
final class JsonSource {

    /** Receives the records of a file. */
    interface Handler {
        /**
         * One record.
         *
         * @param line the line on which the record starts
         * @param kind the envelope array or wrapper it came from ({@code tickets}, {@code ticket}), or
         *     {@code ""} for a bare object
         * @param object the record
         */
        void record(long line, String kind, Map<String, Object> object);
    }

    /** Marks JSON {@code null} in a tree, so that an explicit null and an absent field read the same. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private final String fileName;
    private final ReadSession session;
    private final Set<String> collections;
    private final Set<String> wrappers;
    private final Handler handler;
    private final boolean reportProblems;

    /**
     * @param collections envelope array names whose elements are records (lower case)
     * @param wrappers single-object wrapper names ({@code ticket}) unwrapped to their record
     * @param reportProblems whether malformed lines are rejected; {@code false} on a second pass over
     *     a file, whose problems the first pass has counted
     */
    JsonSource(String fileName, ReadSession session, Set<String> collections, Set<String> wrappers,
            Handler handler, boolean reportProblems) {
        this.fileName = fileName;
        this.session = session;
        this.collections = collections;
        this.wrappers = wrappers;
        this.handler = handler;
        this.reportProblems = reportProblems;
    }

    private void problem(long line, RejectKind kind, String message) {
        if (reportProblems) {
            session.reject(fileName, line, null, kind, message);
        }
    }

    /** Reads the file to its end. */
    void read(Path file) {
        int maxBytes = session.options().maxLineBytes();
        boolean lines;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            lines = looksLikeLines(in, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ".", e);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (lines) {
                readLines(in, maxBytes);
            } else {
                readDocument(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ".", e);
        }
    }

    /**
     * Whether the file is JSON Lines: one of its first three non-blank lines starts with '{' at the
     * margin and holds complete JSON values (so that a broken first line does not turn a JSON Lines
     * file into one malformed document). A file that starts with '[' is a document.
     */
    private static boolean looksLikeLines(InputStream in, int maxBytes) throws IOException {
        LineReader reader = new LineReader(in, maxBytes);
        int seen = 0;
        for (LineReader.Line line = reader.next(); line != null && seen < 3; line = reader.next()) {
            if (line.text() == null) {
                return true;
            }
            String text = line.text();
            if (text.isBlank()) {
                continue;
            }
            if (seen++ == 0 && text.strip().charAt(0) == '[') {
                return false;
            }
            if (text.charAt(0) != '{') {
                continue;
            }
            try (JsonParser parser = FACTORY.createParser(text)) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
                return true;
            } catch (JsonProcessingException e) {
                // not complete on its own: look at the next line
            }
        }
        return false;
    }

    private void readLines(InputStream in, int maxBytes) throws IOException {
        LineReader reader = new LineReader(in, maxBytes);
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            if (line.tooLong()) {
                problem(line.number(), RejectKind.TOO_LONG, "line is " + line.bytes()
                        + " bytes; the limit is " + maxBytes + " (maxLineBytes)");
                continue;
            }
            if (line.text() == null) {
                problem(line.number(), RejectKind.ENCODING, "not valid UTF-8");
                continue;
            }
            if (line.text().isBlank()) {
                continue;
            }
            // Parse the whole line before handing on any record, so that a malformed tail costs the
            // line once and no record of it is passed on twice.
            List<Object[]> found = new ArrayList<>();
            try (JsonParser parser = FACTORY.createParser(line.text())) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    collectRoot(parser, token, line.number(), found);
                }
            } catch (JsonProcessingException e) {
                problem(line.number(), kindOf(e), "not well-formed JSON: " + brief(e));
                continue;
            }
            emit(found);
        }
    }

    private void readDocument(InputStream in) throws IOException {
        long line = 1;
        try (JsonParser parser = FACTORY.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                line = parser.currentTokenLocation().getLineNr();
                List<Object[]> found = new ArrayList<>();
                streamRoot(parser, token, found);
                emit(found);
            }
        } catch (JsonProcessingException e) {
            long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            problem(at, kindOf(e), "not well-formed JSON: " + brief(e)
                    + "; the rest of the file was not read");
        }
    }

    /**
     * A root value of a document: arrays and envelope arrays are handed on element by element, so
     * that a large document is never held whole.
     */
    private void streamRoot(JsonParser parser, JsonToken token, List<Object[]> found) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                long line = parser.currentTokenLocation().getLineNr();
                collectRoot(parser, t, line, found);
                emit(found);
                found.clear();
            }
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            parser.skipChildren();
            found.add(new Object[] {line, "", "expected a JSON object, got " + describe(token)});
            return;
        }
        long rootLine = parser.currentTokenLocation().getLineNr();
        Map<String, Object> rest = new LinkedHashMap<>();
        boolean envelope = false;
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && collections.contains(name.toLowerCase(Locale.ROOT))) {
                envelope = true;
                String kind = name.toLowerCase(Locale.ROOT);
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    long line = parser.currentTokenLocation().getLineNr();
                    element(parser, e, line, kind, found);
                    emit(found);
                    found.clear();
                }
            } else {
                rest.put(name, readValue(parser, value));
            }
        }
        if (!envelope) {
            unwrap(rest, rootLine, found);
        }
    }

    /** A root value on one line (or an element of a root array): envelope, wrapper or record. */
    private void collectRoot(JsonParser parser, JsonToken token, long line, List<Object[]> found) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            found.add(new Object[] {line, "", "expected a JSON object, got " + describe(token)});
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) readValue(parser, token);
        boolean envelope = false;
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            String kind = entry.getKey().toLowerCase(Locale.ROOT);
            if (entry.getValue() instanceof List<?> list && collections.contains(kind)) {
                envelope = true;
                for (Object element : list) {
                    addElement(element, line, kind, found);
                }
            }
        }
        if (!envelope) {
            unwrap(object, line, found);
        }
    }

    private void element(JsonParser parser, JsonToken token, long line, String kind, List<Object[]> found)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            found.add(new Object[] {line, kind, "expected a JSON object in '" + kind + "', got " + describe(token)});
            return;
        }
        addElement(readValue(parser, token), line, kind, found);
    }

    private static void addElement(Object element, long line, String kind, List<Object[]> found) {
        if (element instanceof Map<?, ?> map) {
            found.add(new Object[] {line, kind, map});
        } else {
            found.add(new Object[] {line, kind, "expected a JSON object in '" + kind + "', got " + describeValue(element)});
        }
    }

    private void unwrap(Map<String, Object> object, long line, List<Object[]> found) {
        if (object.size() == 1) {
            Map.Entry<String, Object> only = object.entrySet().iterator().next();
            String kind = only.getKey().toLowerCase(Locale.ROOT);
            if (wrappers.contains(kind) && only.getValue() instanceof Map<?, ?> inner) {
                found.add(new Object[] {line, kind, inner});
                return;
            }
        }
        found.add(new Object[] {line, "", object});
    }

    @SuppressWarnings("unchecked")
    private void emit(List<Object[]> found) {
        for (Object[] each : found) {
            long line = (Long) each[0];
            if (each[2] instanceof String problem) {
                problem(line, RejectKind.MALFORMED, problem);
            } else {
                handler.record(line, (String) each[1], (Map<String, Object>) each[2]);
            }
        }
    }

    /** Reads the value at the current token into maps, lists, strings, numbers, booleans and {@link #NULL}. */
    static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, readValue(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(readValue(parser, t));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? new BigDecimal(parser.getBigIntegerValue()) : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IllegalStateException("Unexpected JSON token " + token + ".");
        }
    }

    private static RejectKind kindOf(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.contains("UTF-8") || message.contains("UTF8") ? RejectKind.ENCODING : RejectKind.MALFORMED;
    }

    private static String brief(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return Checks.abbreviate(newline < 0 ? message : message.substring(0, newline));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    static String describeValue(Object value) {
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }
}
