package dev.cxkit.core.io.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validating access to one JSON object of a record, a view of its entry on the line's
 * {@link JsonTape} (valid until the tape reads the next line). Field names in rejects are paths
 * such as {@code holds[1].start}; JSON {@code null} counts as absent. Not thread-safe.
 */
public final class JsonObject {

    private final JsonTape tape;
    /** This object's entry on the tape. */
    private final int entry;
    /** The object holding this one, or {@code null} for the root. */
    private final @Nullable JsonObject parent;
    /** The name of this object's field in the parent, {@code ""} for the root. */
    private final String name;
    /** The position in the parent's array, or −1 if this object is the value of a field. */
    private final int index;
    /** The path prefix such as {@code holds[1].}, {@code ""} for the root; built when first needed. */
    private @Nullable String path;
    /** The prefix for warnings such as {@code holds[].}; built when first needed. */
    private @Nullable String pattern;

    // Paths are built only when a message needs one: concatenating them for every nested field was a
    // twentieth of reading the audit benchmark's interactions.
    private JsonObject(JsonTape tape, int entry, @Nullable JsonObject parent, String name, int index) {
        this.tape = tape;
        this.entry = entry;
        this.parent = parent;
        this.name = name;
        this.index = index;
        if (parent == null) {
            this.path = "";
            this.pattern = "";
        }
    }

    /** The root object of the line last read into {@code tape}. */
    static JsonObject root(JsonTape tape) {
        return new JsonObject(tape, 0, null, "", -1);
    }

    private String prefix() {
        String result = path;
        if (result == null) {
            result = requireParent().prefix() + name + (index < 0 ? "." : "[" + index + "].");
            path = result;
        }
        return result;
    }

    private String pattern() {
        String result = pattern;
        if (result == null) {
            result = requireParent().pattern() + name + (index < 0 ? "." : "[].");
            pattern = result;
        }
        return result;
    }

    private JsonObject requireParent() {
        return Checks.notNull(parent, "parent");
    }

    /** Warns once per unknown field name (as a pattern such as {@code holds[].color}). */
    void warnUnknown(FieldNames known, ImportSession session) {
        int position = 0;
        for (int child = entry + 1, end = tape.end(entry); child < end; child = tape.end(child)) {
            String field = Checks.notNull(tape.name(child), "name");
            if (!known.contains(position++, field)) {
                String key = pattern() + Checks.abbreviate(field);
                session.warnOnce("field:" + key, "unknown field '" + key + "' ignored");
            }
        }
    }

    /** The path of a field of this object, for rejects. */
    public String path(String name) {
        String prefix = prefix();
        // "" + name would copy the name: most lookups are at the root.
        return prefix.isEmpty() ? name : prefix + name;
    }

    /**
     * Reads a value of field {@code name} with one of the {@link Values} parsers, which name the
     * field as given; a failure is rethrown naming it by its path, built only then.
     */
    private <V, T> T parse(String name, V value, BiFunction<String, V, T> parser) {
        try {
            return parser.apply(name, value);
        } catch (RecordException e) {
            throw new RecordException(path(name), e.kind(), Checks.notNull(e.getMessage(), "message"));
        }
    }

    /** The entry of field {@code name}, or −1 if it is absent or JSON {@code null}. */
    private int get(String name) {
        int value = tape.find(entry, name);
        return value >= 0 && tape.kind(value) == JsonTape.NULL ? -1 : value;
    }

    private RecordException wrongType(String name, String expected, int value) {
        return new RecordException(path(name), RejectKind.WRONG_TYPE,
                "expected " + expected + ", got " + tape.typeOf(value)
                        + (tape.isScalar(value) ? " (" + tape.show(value) + ")" : ""));
    }

    /** A required non-null string. */
    public String requiredString(String name) {
        String value = optionalString(name);
        if (value == null) {
            throw new RecordException(path(name), RejectKind.MISSING_FIELD, "required field is missing");
        }
        return value;
    }

    /** An optional string, or {@code null}. */
    public @Nullable String optionalString(String name) {
        int value = get(name);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) == JsonTape.STRING) {
            return tape.string(value);
        }
        throw wrongType(name, "a string", value);
    }

    /** A required string converted by a domain factory. */
    public <T> T required(String name, Function<String, T> factory) {
        return convert(name, requiredString(name), factory);
    }

    /** An optional string converted by a domain factory, or {@code null}. */
    public <T> @Nullable T optional(String name, Function<String, T> factory) {
        String text = optionalString(name);
        return text == null ? null : convert(name, text, factory);
    }

    /**
     * A required string converted by a domain factory, one shared value per distinct text (see
     * {@link JsonTape#shared}): for fields of few distinct values.
     */
    public <T> T requiredShared(String name, Function<String, T> factory) {
        return shared(name, requiredString(name), factory);
    }

    /**
     * An optional string converted by a domain factory, or {@code null}; one shared value per distinct
     * text (see {@link JsonTape#shared}): for fields of few distinct values.
     */
    public <T> @Nullable T optionalShared(String name, Function<String, T> factory) {
        String text = optionalString(name);
        return text == null ? null : shared(name, text, factory);
    }

    /** As {@link #convert}, through the tape's shared values. */
    private <T> T shared(String name, String text, Function<String, T> factory) {
        try {
            return tape.shared(text, factory);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordException(path(name), RejectKind.INVALID_VALUE, Values.messageOf(e));
        }
    }

    /** Text of field {@code name} converted by a domain factory, whose failure is a reject naming the field. */
    public <T> T convert(String name, String text, Function<String, T> factory) {
        return parse(name, text, (field, value) -> Values.domain(field, value, factory));
    }

    /** A required instant with offset. */
    public Instant requiredInstant(String name) {
        return parse(name, requiredString(name), Values::instant);
    }

    /** An optional instant with offset, or {@code null}. */
    public @Nullable Instant optionalInstant(String name) {
        String text = optionalString(name);
        return text == null ? null : parse(name, text, Values::instant);
    }

    /** The entry of an optional number, or −1 if absent. */
    private int number(String name) {
        int value = get(name);
        if (value < 0) {
            return -1;
        }
        byte kind = tape.kind(value);
        if (kind == JsonTape.LONG || kind == JsonTape.DECIMAL) {
            return value;
        }
        throw wrongType(name, "a number", value);
    }

    /** An optional number, or {@code null}. */
    public @Nullable BigDecimal optionalNumber(String name) {
        int value = number(name);
        return value < 0 ? null : tape.decimal(value);
    }

    /** An optional whole number, or {@code null}. */
    public @Nullable Integer optionalInt(String name) {
        int value = number(name);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) == JsonTape.LONG) {
            long whole = tape.longValue(value);
            if (whole == (int) whole) {
                return (int) whole;
            }
        }
        return parse(name, tape.decimal(value), Values::integer);
    }

    /** An optional finite number as a double, or {@code null}. */
    public @Nullable Double optionalDouble(String name) {
        int value = number(name);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) == JsonTape.LONG) {
            // Both this cast and BigDecimal.doubleValue round to the nearest double.
            return (double) tape.longValue(value);
        }
        return parse(name, tape.decimal(value), Values::real);
    }

    /** An optional number of seconds as a duration, or {@code null}. */
    public @Nullable Duration optionalSeconds(String name) {
        int value = number(name);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) == JsonTape.LONG) {
            long whole = tape.longValue(value);
            if (whole >= 0 && whole <= Values.MAX_WHOLE_SECONDS) {
                return Duration.ofSeconds(whole);
            }
        }
        return parse(name, tape.decimal(value), Values::seconds);
    }

    /** An optional number of seconds as a duration, zero if absent. */
    public Duration seconds(String name) {
        Duration value = optionalSeconds(name);
        return value == null ? Duration.ZERO : value;
    }

    /**
     * Whether the field is present with the value JSON {@code null}, which for the facts a source may
     * not carry (talk, hold, after-contact work, transfers) says "not recorded", unlike an absent field.
     */
    public boolean isExplicitNull(String name) {
        int value = tape.find(entry, name);
        return value >= 0 && tape.kind(value) == JsonTape.NULL;
    }

    /** An optional JSON boolean, or {@code null}. */
    public @Nullable Boolean optionalBoolean(String name) {
        int value = get(name);
        if (value < 0) {
            return null;
        }
        byte kind = tape.kind(value);
        if (kind == JsonTape.TRUE || kind == JsonTape.FALSE) {
            return kind == JsonTape.TRUE;
        }
        throw wrongType(name, "a boolean", value);
    }

    /** An optional JSON boolean, {@code false} if absent. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(optionalBoolean(name));
    }

    /** An optional nested object, or {@code null}. */
    public @Nullable JsonObject optionalObject(String name) {
        int value = get(name);
        if (value < 0) {
            return null;
        }
        if (tape.kind(value) == JsonTape.OBJECT) {
            return new JsonObject(tape, value, this, name, -1);
        }
        throw wrongType(name, "an object", value);
    }

    /** An optional array of objects, empty if absent. */
    public List<JsonObject> objects(String name) {
        int array = array(name);
        if (array < 0) {
            return List.of();
        }
        List<JsonObject> result = new ArrayList<>();
        int i = 0;
        for (int element = array + 1, end = tape.end(array); element < end; element = tape.end(element), i++) {
            if (tape.kind(element) != JsonTape.OBJECT) {
                throw new RecordException(path(name) + "[" + i + "]", RejectKind.WRONG_TYPE,
                        "expected an object, got " + tape.typeOf(element));
            }
            result.add(new JsonObject(tape, element, this, name, i));
        }
        return result;
    }

    /** An optional array of strings, empty if absent. */
    public List<String> strings(String name) {
        int array = array(name);
        if (array < 0) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        for (int element = array + 1, end = tape.end(array); element < end; element = tape.end(element), i++) {
            if (tape.kind(element) != JsonTape.STRING) {
                throw new RecordException(path(name) + "[" + i + "]", RejectKind.WRONG_TYPE,
                        "expected a string, got " + tape.typeOf(element));
            }
            result.add(tape.string(element));
        }
        return result;
    }

    /** The entry of an optional array, or −1 if absent. */
    private int array(String name) {
        int value = get(name);
        if (value < 0 || tape.kind(value) == JsonTape.ARRAY) {
            return value;
        }
        throw wrongType(name, "an array", value);
    }
}
