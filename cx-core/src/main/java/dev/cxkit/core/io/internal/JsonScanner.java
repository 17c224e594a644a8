package dev.cxkit.core.io.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the usual JSON Lines line: one object of plain ASCII, strings without escapes,
 * whole numbers of at most 18 digits and plain decimals, shallow nesting, no duplicate field. Such
 * a line is scanned straight onto a {@link JsonTape}, with the entries Jackson's parser would give
 * (the reader's property tests hold the two to that). Anything else, valid or not, makes
 * {@link #scan} answer {@code false} without a message, and the caller parses the line with
 * Jackson, which words the reject; so messages, caps and the strict rules stay Jackson's.
 *
 * <p>Why: creating a Jackson parser per line and its general tokenizer were a third of reading an
 * interaction in a fresh JVM, and its large methods take long to compile. Field names are
 * canonicalized here (one {@link String} per distinct name, its hash cached), as Jackson does.
 * Not thread-safe: one scanner per tape.
 */
final class JsonScanner {

    /** Deeper lines go to Jackson, which enforces {@link JsonTree#MAX_DEPTH}. */
    private static final int MAX_DEPTH = 8;
    /** Lines with more entries go to Jackson, which bounds its own symbol table against hash flooding. */
    private static final int MAX_ENTRIES = 256;
    /** Longer names go to Jackson, which caps them. */
    private static final int MAX_NAME = 128;
    /** Longer number literals go to Jackson, which caps them at 64 characters. */
    private static final int MAX_NUMBER = 40;
    /** Distinct names kept canonical; names past that are still scanned, as fresh strings. */
    private static final int MAX_NAMES = 512;

    private final JsonTape tape;
    private byte[] b = new byte[0];
    private int i;
    private int end;
    private int depth;

    /** Canonical names: open addressing over their bytes, load at most 0.5. */
    private byte[][] nameBytes = new byte[64][];
    private @Nullable String[] nameStrings = new String[64];
    private int names;

    JsonScanner(JsonTape tape) {
        this.tape = tape;
    }

    /**
     * Scans {@code line[offset, offset + size)}, all of whose bytes are in {@code 1..127}, onto the
     * tape.
     *
     * @return {@code true} if the line was one object of the usual shape and the tape now holds it;
     *         {@code false} if the line needs Jackson (the tape then holds garbage until cleared)
     */
    boolean scan(byte[] line, int offset, int size) {
        tape.clear();
        b = line;
        i = offset;
        end = offset + size;
        depth = 0;
        skipSpace();
        if (i >= end || b[i] != '{') {
            return false;
        }
        i++;
        if (!container(tape.add(JsonTape.OBJECT, null, -1), true)) {
            return false;
        }
        skipSpace();
        return i == end;
    }

    /**
     * After the opening brace or bracket of the container at {@code entry}: its members, separated
     * by commas, and the closing brace or bracket.
     */
    private boolean container(int entry, boolean isObject) {
        byte closer = isObject ? (byte) '}' : (byte) ']';
        if (++depth > MAX_DEPTH) {
            return false;
        }
        skipSpace();
        if (i < end && b[i] == closer) {
            i++;
            return closed(entry);
        }
        while (true) {
            if (!(isObject ? field(entry) : value(null, entry) >= 0)) {
                return false;
            }
            skipSpace();
            if (i >= end) {
                return false;
            }
            byte c = b[i++];
            if (c == closer) {
                return closed(entry);
            }
            if (c != ',') {
                return false;
            }
            skipSpace();
        }
    }

    private boolean closed(int entry) {
        tape.close(entry);
        depth--;
        return true;
    }

    /** A field of the object at {@code entry}: its name (the cursor on the opening quote), a colon and its value. */
    private boolean field(int entry) {
        if (i >= end || b[i] != '"') {
            return false;
        }
        String name = name();
        if (name == null) {
            return false;
        }
        skipSpace();
        if (i >= end || b[i] != ':') {
            return false;
        }
        i++;
        skipSpace();
        int child = value(name, entry);
        return child >= 0 && tape.index(child);
    }

    /** The value at the cursor as an entry of {@code parent}, or −1 if the line needs Jackson. */
    private int value(@Nullable String name, int parent) {
        if (i >= end || tape.size() >= MAX_ENTRIES) {
            return -1;
        }
        byte c = b[i];
        switch (c) {
            case '"': {
                int start = ++i;
                int close = stringEnd();
                if (close < 0) {
                    return -1;
                }
                int entry = tape.add(JsonTape.STRING, name, parent);
                tape.setRef(entry, new String(b, start, close - start, StandardCharsets.ISO_8859_1));
                i = close + 1;
                return entry;
            }
            case '{': {
                i++;
                int entry = tape.add(JsonTape.OBJECT, name, parent);
                return container(entry, true) ? entry : -1;
            }
            case '[': {
                i++;
                int entry = tape.add(JsonTape.ARRAY, name, parent);
                return container(entry, false) ? entry : -1;
            }
            case 't':
                return literal("true") ? tape.add(JsonTape.TRUE, name, parent) : -1;
            case 'f':
                return literal("false") ? tape.add(JsonTape.FALSE, name, parent) : -1;
            case 'n':
                return literal("null") ? tape.add(JsonTape.NULL, name, parent) : -1;
            default:
                return number(name, parent);
        }
    }

    /**
     * A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}. Whole numbers of up to 18
     * digits become {@link JsonTape#LONG}s, decimals exact {@link BigDecimal}s as Jackson gives them;
     * exponents, longer numbers and anything malformed go to Jackson.
     */
    private int number(@Nullable String name, int parent) {
        int start = i;
        boolean negative = false;
        if (i < end && b[i] == '-') {
            negative = true;
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            value = value * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > 18 || (digits > 1 && b[digitsStart] == '0')) {
            return -1;
        }
        boolean fraction = i < end && b[i] == '.';
        int scale = 0;
        if (fraction) {
            i++;
            int fractionStart = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (digits + scale < 18) {
                    value = value * 10 + (b[i] - '0');
                }
                scale++;
                i++;
            }
            if (scale == 0 || i - start > MAX_NUMBER) {
                return -1;
            }
        }
        if (i < end && !isDelimiter(b[i])) {
            return -1;
        }
        if (!fraction) {
            int entry = tape.add(JsonTape.LONG, name, parent);
            tape.setLong(entry, negative ? -value : value);
            return entry;
        }
        int entry = tape.add(JsonTape.DECIMAL, name, parent);
        // Up to 18 digits the unscaled value fits a long: the same value and scale as new BigDecimal(text).
        tape.setRef(entry, digits + scale <= 18 ? BigDecimal.valueOf(negative ? -value : value, scale)
                : new BigDecimal(new String(b, start, i - start, StandardCharsets.ISO_8859_1)));
        return entry;
    }

    /** Whether {@code word} is at the cursor, followed by a delimiter or the end; moves past it if so. */
    private boolean literal(String word) {
        int n = word.length();
        if (i + n > end) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[i + k] != word.charAt(k)) {
                return false;
            }
        }
        if (i + n < end && !isDelimiter(b[i + n])) {
            return false;
        }
        i += n;
        return true;
    }

    private static boolean isDelimiter(byte c) {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** The index of the closing quote of the string whose first character is at the cursor, or −1 to leave it to Jackson. */
    private int stringEnd() {
        for (int k = i; k < end; k++) {
            byte c = b[k];
            if (c == '"') {
                return k;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** The field name at the cursor (on its opening quote), canonical, with the cursor after its closing quote; {@code null} to leave it to Jackson. */
    private @Nullable String name() {
        int start = ++i;
        int close = stringEnd();
        if (close < 0 || close - start > MAX_NAME) {
            return null;
        }
        i = close + 1;
        return canonical(start, close - start);
    }

    private String canonical(int start, int length) {
        int mask = nameBytes.length - 1;
        for (int slot = hash(b, start, start + length) & mask;; slot = (slot + 1) & mask) {
            byte[] known = nameBytes[slot];
            if (known == null) {
                String name = new String(b, start, length, StandardCharsets.ISO_8859_1);
                if (names < MAX_NAMES) {
                    nameBytes[slot] = Arrays.copyOfRange(b, start, start + length);
                    nameStrings[slot] = name;
                    if (++names * 2 > nameBytes.length) {
                        grow();
                    }
                }
                return name;
            }
            if (Arrays.equals(known, 0, known.length, b, start, start + length)) {
                return Objects.requireNonNull(nameStrings[slot]);
            }
        }
    }

    private void grow() {
        byte[][] oldBytes = nameBytes;
        String[] oldStrings = nameStrings;
        nameBytes = new byte[oldBytes.length * 2][];
        nameStrings = new String[oldBytes.length * 2];
        int mask = nameBytes.length - 1;
        for (int k = 0; k < oldBytes.length; k++) {
            byte[] known = oldBytes[k];
            if (known == null) {
                continue;
            }
            int slot = hash(known, 0, known.length) & mask;
            while (nameBytes[slot] != null) {
                slot = (slot + 1) & mask;
            }
            nameBytes[slot] = known;
            nameStrings[slot] = oldStrings[k];
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int hash = 1;
        for (int k = from; k < to; k++) {
            hash = 31 * hash + bytes[k];
        }
        return hash ^ (hash >>> 16);
    }

    private void skipSpace() {
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            i++;
        }
    }
}
