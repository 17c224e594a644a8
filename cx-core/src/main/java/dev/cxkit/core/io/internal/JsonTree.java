package dev.cxkit.core.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one JSON Lines line into a small tree of {@link Map} (objects, in field order),
 * {@link List} (arrays), {@link String}, {@link BigDecimal} (every number, exactly), {@link Boolean}
 * and {@link #NULL}, with the streaming Jackson parser. Strict: duplicate field names, non-numeric numbers
 * such as {@code NaN}, trailing content, and nesting deeper than {@value #MAX_DEPTH} are rejects.
 * Thread-safe (the factory is shared, each call has its own parser).
 */
final class JsonTree {

    /** The JSON {@code null}. */
    enum Null { NULL }

    static final Null NULL = Null.NULL;

    /** Deeper than any record of docs/formats.md needs (3), shallow enough to never threaten the stack. */
    static final int MAX_DEPTH = 32;

    /** Room for a whole interaction (about 25 fields) without rehashing; nested objects are small. */
    private static final int ROOT_CAPACITY = 64;

    /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first byte lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final JsonFactory factory;

    JsonTree(int maxLineBytes) {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(maxLineBytes)
                        .maxNumberLength(64)
                        .maxNameLength(1024)
                        .build())
                // Field names stay canonicalized (one shared String per name, hash cached: 7 % faster on
                // interactions) but are not interned. Jackson bounds its symbol table and answers a
                // hash-flooding line with a StreamConstraintsException, which is a MALFORMED reject.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
    }

    /**
     * Parses a line that must hold exactly one JSON object.
     *
     * @throws RecordException {@link RejectKind#MALFORMED} with Jackson's message, abbreviated
     */
    Map<String, Object> parseObject(String line) {
        try (JsonParser parser = factory.createParser(line)) {
            return parseObject(parser);
        } catch (JsonProcessingException e) {
            throw new RecordException(null, RejectKind.MALFORMED, "malformed JSON: " + trim(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a line given as bytes {@code [0, size)} that are all in {@code 1..127} (see
     * {@link #isPlainAscii}), without decoding it to a {@link String} first: Jackson's byte parser
     * tokenizes and canonicalizes field names straight from the bytes. For such a line, characters
     * and bytes coincide, so results, messages and column numbers equal those of
     * {@link #parseObject(String)} on the same text.
     *
     * @throws RecordException {@link RejectKind#MALFORMED} with Jackson's message, abbreviated
     */
    Map<String, Object> parseObject(byte[] line, int size) {
        try (JsonParser parser = factory.createParser(line, 0, size)) {
            return parseObject(parser);
        } catch (JsonProcessingException e) {
            throw new RecordException(null, RejectKind.MALFORMED, "malformed JSON: " + trim(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether every byte of {@code [0, size)} is in {@code 1..127}, so that {@link #parseObject(byte[], int)}
     * applies. Bytes from 128 up need the strict UTF-8 decoder first; a zero byte would let Jackson's
     * encoding detection take the line for UTF-16 or UTF-32.
     */
    static boolean isPlainAscii(byte[] line, int size) {
        int i = 0;
        // Eight bytes at a time: a byte from 0x80 up sets its top bit in x, a zero byte (the lowest one at
        // least) sets it in x - 0x01…01, and bytes in 1..127 set it in neither.
        for (; i + Long.BYTES <= size; i += Long.BYTES) {
            long x = (long) LONGS.get(line, i);
            if (((x | (x - 0x0101010101010101L)) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < size; i++) {
            if (line[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> parseObject(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new RecordException(null, RejectKind.MALFORMED,
                    "expected a JSON object, got " + describe(first));
        }
        Map<String, Object> root = readObject(parser, ROOT_CAPACITY);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new RecordException(null, RejectKind.MALFORMED,
                    "unexpected content after the JSON object at column " + parser.currentLocation().getColumnNr());
        }
        return root;
    }

    private static Map<String, Object> readObject(JsonParser parser, int capacity) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>(capacity);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            // Cheaper than Jackson's STRICT_DUPLICATE_DETECTION, which keeps a second set per object.
            if (object.put(name, readValue(parser)) != null) {
                throw new RecordException(null, RejectKind.MALFORMED,
                        "duplicate field '" + Checks.abbreviate(name) + "'");
            }
        }
        return object;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readObject(parser, 16);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new RecordException(null, RejectKind.MALFORMED, "unexpected JSON token " + token);
        }
    }

    private static String describe(@org.jspecify.annotations.Nullable JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** Jackson's message without the source echo, on one line and short. */
    private static String trim(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            message = "not a JSON object";
        }
        message = ImportSession.oneLine(message);
        if (message.startsWith("Non-standard token ")) {
            // Jackson suggests a parser feature; the format wants plain JSON numbers instead.
            message = message.replaceFirst(": enable .*$", "") + " (NaN and Infinity are not JSON numbers)";
        }
        if (message.length() > 200) {
            // Cut at a word boundary, never mid-word (issue 25 item 11).
            int cut = message.lastIndexOf(' ', 197);
            message = message.substring(0, cut > 100 ? cut : 197) + " ...";
        }
        var location = e.getLocation();
        String where = location == null ? "" : " at column " + location.getColumnNr();
        return message + where;
    }

    /** The JSON type of a tree value, for messages such as "expected a number, got a string". */
    static String typeOf(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return "null";
    }

    /** A value for a message: strings quoted and abbreviated, other scalars as JSON, containers by type. */
    static String show(Object value) {
        if (value instanceof String s) {
            return "'" + Checks.abbreviate(s) + "'";
        }
        if (value instanceof BigDecimal || value instanceof Boolean) {
            return Checks.abbreviate(value.toString());
        }
        return typeOf(value);
    }
}
