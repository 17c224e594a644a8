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
import java.nio.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * Parses one JSON Lines line with the streaming Jackson parser straight into a reusable
 * {@link JsonTape} (no tree of maps): strings, whole numbers as {@code long} (exact
 * {@link java.math.BigDecimal} beyond), booleans and nulls in document order. Strict: duplicate
 * field names, non-numeric numbers such as {@code NaN}, trailing content, and nesting deeper than
 * {@value #MAX_DEPTH} are rejects. Thread-safe (the factory is shared, each call has its own parser
 * and fills the caller's tape).
 */
final class JsonTree {

    /** Deeper than any record of docs/formats.md needs (3), shallow enough to never threaten the stack. */
    static final int MAX_DEPTH = 32;

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
    void parseObject(String line, JsonTape tape) {
        tape.clear();
        try (JsonParser parser = factory.createParser(line)) {
            parseObject(parser, tape);
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
     * {@link #parseObject(String, JsonTape)} on the same text.
     *
     * @throws RecordException {@link RejectKind#MALFORMED} with Jackson's message, abbreviated
     */
    void parseObject(byte[] line, int size, JsonTape tape) {
        parseObject(line, 0, size, tape);
    }

    /** {@link #parseObject(byte[], int, JsonTape)} for the line at {@code bytes[offset, offset + size)}. */
    void parseObject(byte[] line, int offset, int size, JsonTape tape) {
        tape.clear();
        try (JsonParser parser = factory.createParser(line, offset, size)) {
            parseObject(parser, tape);
        } catch (JsonProcessingException e) {
            throw new RecordException(null, RejectKind.MALFORMED, "malformed JSON: " + trim(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether every byte of {@code [0, size)} is in {@code 1..127}, so that {@link #parseObject(byte[], int, JsonTape)}
     * applies. Bytes from 128 up need the strict UTF-8 decoder first; a zero byte would let Jackson's
     * encoding detection take the line for UTF-16 or UTF-32.
     */
    static boolean isPlainAscii(byte[] line, int size) {
        return isPlainAscii(line, 0, size);
    }

    /** {@link #isPlainAscii(byte[], int)} for {@code line[offset, offset + size)}. */
    static boolean isPlainAscii(byte[] line, int offset, int size) {
        int i = offset;
        size += offset;
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

    /** The root object is entry 0 of the tape. */
    private static void parseObject(JsonParser parser, JsonTape tape) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new RecordException(null, RejectKind.MALFORMED,
                    "expected a JSON object, got " + describe(first));
        }
        readObject(parser, tape, tape.add(JsonTape.OBJECT, null, -1));
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new RecordException(null, RejectKind.MALFORMED,
                    "unexpected content after the JSON object at column " + parser.currentLocation().getColumnNr());
        }
    }

    private static void readObject(JsonParser parser, JsonTape tape, int object) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            int entry = readValue(parser, tape, name, object);
            // Checked once the value is read, as the map tree did: a broken value is reported first.
            if (!tape.index(entry)) {
                throw new RecordException(null, RejectKind.MALFORMED,
                        "duplicate field '" + Checks.abbreviate(name) + "'");
            }
        }
        tape.close(object);
    }

    private static int readValue(JsonParser parser, JsonTape tape, @Nullable String name, int parent)
            throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                int entry = tape.add(JsonTape.OBJECT, name, parent);
                readObject(parser, tape, entry);
                return entry;
            }
            case START_ARRAY: {
                int entry = tape.add(JsonTape.ARRAY, name, parent);
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readValue(parser, tape, null, entry);
                }
                tape.close(entry);
                return entry;
            }
            case VALUE_STRING: {
                int entry = tape.add(JsonTape.STRING, name, parent);
                tape.setRef(entry, parser.getText());
                return entry;
            }
            case VALUE_NUMBER_INT: {
                JsonParser.NumberType type = parser.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    int entry = tape.add(JsonTape.LONG, name, parent);
                    tape.setLong(entry, parser.getLongValue());
                    return entry;
                }
                int entry = tape.add(JsonTape.DECIMAL, name, parent);
                tape.setRef(entry, parser.getDecimalValue());
                return entry;
            }
            case VALUE_NUMBER_FLOAT: {
                int entry = tape.add(JsonTape.DECIMAL, name, parent);
                tape.setRef(entry, parser.getDecimalValue());
                return entry;
            }
            case VALUE_TRUE:
                return tape.add(JsonTape.TRUE, name, parent);
            case VALUE_FALSE:
                return tape.add(JsonTape.FALSE, name, parent);
            case VALUE_NULL:
                return tape.add(JsonTape.NULL, name, parent);
            default:
                throw new RecordException(null, RejectKind.MALFORMED, "unexpected JSON token " + token);
        }
    }

    private static String describe(@Nullable JsonToken token) {
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
}
