package dev.cxkit.core.io.internal;

import dev.cxkit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of one JSON Lines line as a flat, reusable table instead of a tree of maps: one entry
 * per value in document order, each with its kind, its field name (or {@code null} for an array
 * element), its parent and the entry after its last descendant; whole numbers that fit a
 * {@code long} stay primitive. A field of an object is found through one open-addressing index over
 * (object, name) that is reused line after line, so reading a line allocates only its strings,
 * its rare non-integral numbers and the views of its nested objects. Not thread-safe: one tape per
 * reading thread.
 */
final class JsonTape {

    static final byte OBJECT = 1;
    static final byte ARRAY = 2;
    static final byte STRING = 3;
    /** A whole number in {@code long} range, in {@link #longValue}. */
    static final byte LONG = 4;
    /** Any other number, exactly, as a {@link BigDecimal} in {@link #ref}. */
    static final byte DECIMAL = 5;
    static final byte TRUE = 6;
    static final byte FALSE = 7;
    static final byte NULL = 8;

    private byte[] kinds = new byte[64];
    private @Nullable String[] names = new String[64];
    private @Nullable Object[] refs = new Object[64];
    private long[] longs = new long[64];
    private int[] parents = new int[64];
    private int[] ends = new int[64];
    private int size;

    /** Open addressing over (parent, name): entry index + 1, or 0 for a free slot of this generation. */
    private int[] slots = new int[128];
    /** The generation a slot was written in; slots of older generations are free. */
    private int[] stamps = new int[128];
    private int generation;
    /** The entries indexed so far, in the order they were indexed, for {@link #grow}. */
    private int[] order = new int[64];
    private int indexed;

    /** The most values {@link #shared} keeps per factory: enough for agents, teams and reasons, not for ids. */
    static final int MAX_SHARED_VALUES = 4096;
    /** Per domain factory, the values it made, by text; kept across lines. */
    private final Map<Function<String, ?>, Map<String, Object>> shared = new IdentityHashMap<>();

    private @Nullable JsonScanner scanner;

    /** The fast-path scanner that fills this tape, made on first use. */
    JsonScanner scanner() {
        JsonScanner result = scanner;
        if (result == null) {
            result = new JsonScanner(this);
            scanner = result;
        }
        return result;
    }

    /** The number of entries of the current line. */
    int size() {
        return size;
    }

    /** The parent entry of {@code entry}, −1 for the root. */
    int parent(int entry) {
        return parents[entry];
    }

    /** Forgets the previous line. */
    void clear() {
        // Fresh reference arrays per line rather than clearing the old ones: a tape lives long, so
        // its arrays sit in the old generation, and under G1 every reference stored into an old
        // array takes the slow path of the write barrier (a fence and a dirty card to refine).
        // Sized to the line before (lines of one file look alike), so a short line allocates little.
        int capacity = Math.max(16, size + (size >> 2));
        refs = new Object[capacity];
        names = new String[capacity];
        size = 0;
        indexed = 0;
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            generation = 1;
        }
    }

    /**
     * Appends an entry and returns its index; a container's end is set by {@link #close}.
     */
    int add(byte kind, @Nullable String name, int parent) {
        if (size == refs.length) {
            refs = Arrays.copyOf(refs, size * 2);
            names = Arrays.copyOf(names, size * 2);
        }
        if (size == kinds.length) {
            int capacity = size * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            longs = Arrays.copyOf(longs, capacity);
            parents = Arrays.copyOf(parents, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        int entry = size++;
        kinds[entry] = kind;
        names[entry] = name;
        parents[entry] = parent;
        ends[entry] = entry + 1;
        return entry;
    }

    void setRef(int entry, Object value) {
        refs[entry] = value;
    }

    void setLong(int entry, long value) {
        longs[entry] = value;
    }

    /** Marks the end of a container: its descendants are the entries up to the current size. */
    void close(int entry) {
        ends[entry] = size;
    }

    /**
     * Indexes field entry {@code entry} under its parent object and name.
     *
     * @return {@code false} if the object already has a field of that name
     */
    boolean index(int entry) {
        if ((indexed + 1) * 2 > slots.length) {
            grow();
        }
        String name = Checks.notNull(names[entry], "name");
        int parent = parents[entry];
        int mask = slots.length - 1;
        for (int slot = hash(parent, name) & mask;; slot = (slot + 1) & mask) {
            if (stamps[slot] != generation) {
                stamps[slot] = generation;
                slots[slot] = entry + 1;
                if (indexed == order.length) {
                    order = Arrays.copyOf(order, indexed * 2);
                }
                order[indexed++] = entry;
                return true;
            }
            int other = slots[slot] - 1;
            if (parents[other] == parent && name.equals(names[other])) {
                return false;
            }
        }
    }

    /** Doubles the index and re-enters the fields indexed so far. */
    private void grow() {
        int mask = slots.length * 2 - 1;
        slots = new int[mask + 1];
        stamps = new int[mask + 1];
        generation = 1;
        for (int i = 0; i < indexed; i++) {
            int entry = order[i];
            int slot = hash(parents[entry], Checks.notNull(names[entry], "name")) & mask;
            while (stamps[slot] == generation) {
                slot = (slot + 1) & mask;
            }
            stamps[slot] = generation;
            slots[slot] = entry + 1;
        }
    }

    private static int hash(int parent, String name) {
        int h = name.hashCode() * 0x9E3779B9 + parent * 0x85EBCA6B;
        return h ^ (h >>> 15);
    }

    /**
     * The entry of field {@code name} of object {@code object}, or −1.
     */
    int find(int object, String name) {
        int mask = slots.length - 1;
        for (int slot = hash(object, name) & mask; stamps[slot] == generation; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (parents[entry] == object) {
                String other = names[entry];
                if (other == name || name.equals(other)) {
                    return entry;
                }
            }
        }
        return -1;
    }

    /**
     * The value {@code factory} makes of {@code text}, made once per distinct text and then shared:
     * for fields of few distinct values (agent, team, reason, segment, tier, channel), a file of a
     * million lines then holds one instance of each instead of one per line, and is not validated
     * again. At most {@link #MAX_SHARED_VALUES} values are kept per factory; past that, values are
     * made afresh. A factory that throws is not cached: the next line calls it again.
     *
     * @param factory a pure domain factory of an immutable value, the same instance on every call
     */
    @SuppressWarnings("unchecked")
    <T> T shared(String text, Function<String, T> factory) {
        Map<String, Object> values = shared.computeIfAbsent(factory, f -> new HashMap<>());
        Object value = values.get(text);
        if (value == null) {
            value = factory.apply(text);
            if (values.size() < MAX_SHARED_VALUES) {
                values.put(text, value);
            }
        }
        return (T) value;
    }

    byte kind(int entry) {
        return kinds[entry];
    }

    @Nullable String name(int entry) {
        return names[entry];
    }

    /** The entry after the last descendant of {@code entry}: the next sibling, if any. */
    int end(int entry) {
        return ends[entry];
    }

    String string(int entry) {
        return (String) Checks.notNull(refs[entry], "string");
    }

    long longValue(int entry) {
        return longs[entry];
    }

    /** The number of {@code entry}, which must be {@link #LONG} or {@link #DECIMAL}, exactly. */
    BigDecimal decimal(int entry) {
        return kinds[entry] == LONG ? BigDecimal.valueOf(longs[entry]) : (BigDecimal) Checks.notNull(refs[entry], "number");
    }

    /** The JSON type of an entry, for messages such as "expected a number, got a string". */
    String typeOf(int entry) {
        return switch (kinds[entry]) {
            case STRING -> "a string";
            case LONG, DECIMAL -> "a number";
            case TRUE, FALSE -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> "null";
        };
    }

    /** Whether {@link #show} gives the value itself rather than its type. */
    boolean isScalar(int entry) {
        byte kind = kinds[entry];
        return kind != OBJECT && kind != ARRAY && kind != NULL;
    }

    /** A value for a message: strings quoted and abbreviated, other scalars as JSON, containers by type. */
    String show(int entry) {
        return switch (kinds[entry]) {
            case STRING -> "'" + Checks.abbreviate(string(entry)) + "'";
            case LONG -> Checks.abbreviate(Long.toString(longs[entry]));
            case DECIMAL -> Checks.abbreviate(decimal(entry).toString());
            case TRUE -> "true";
            case FALSE -> "false";
            default -> typeOf(entry);
        };
    }
}
