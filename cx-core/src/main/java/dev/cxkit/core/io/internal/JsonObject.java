package dev.cxkit.core.io.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validating access to one JSON object of a record. Field names in rejects are paths such
 * as {@code holds[1].start}; JSON {@code null} counts as absent. Not thread-safe.
 */
public final class JsonObject {

    private final Map<String, Object> fields;
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
    private JsonObject(Map<String, Object> fields, @Nullable JsonObject parent, String name, int index) {
        this.fields = fields;
        this.parent = parent;
        this.name = name;
        this.index = index;
        if (parent == null) {
            this.path = "";
            this.pattern = "";
        }
    }

    static JsonObject root(Map<String, Object> fields) {
        return new JsonObject(fields, null, "", -1);
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
        for (String field : fields.keySet()) {
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

    private @Nullable Object get(String name) {
        Object value = fields.get(name);
        return value == JsonTree.NULL ? null : value;
    }

    private RecordException wrongType(String name, String expected, Object value) {
        return new RecordException(path(name), RejectKind.WRONG_TYPE,
                "expected " + expected + ", got " + JsonTree.typeOf(value)
                        + (value instanceof String || value instanceof BigDecimal || value instanceof Boolean
                                ? " (" + JsonTree.show(value) + ")" : ""));
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
        Object value = get(name);
        if (value == null || value instanceof String) {
            return (String) value;
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

    /** An optional number, or {@code null}. */
    public @Nullable BigDecimal optionalNumber(String name) {
        Object value = get(name);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        throw wrongType(name, "a number", value);
    }

    /** An optional whole number, or {@code null}. */
    public @Nullable Integer optionalInt(String name) {
        BigDecimal value = optionalNumber(name);
        return value == null ? null : parse(name, value, Values::integer);
    }

    /** An optional finite number as a double, or {@code null}. */
    public @Nullable Double optionalDouble(String name) {
        BigDecimal value = optionalNumber(name);
        return value == null ? null : parse(name, value, Values::real);
    }

    /** An optional number of seconds as a duration, or {@code null}. */
    public @Nullable Duration optionalSeconds(String name) {
        BigDecimal value = optionalNumber(name);
        return value == null ? null : parse(name, value, Values::seconds);
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
        return fields.get(name) == JsonTree.NULL;
    }

    /** An optional JSON boolean, or {@code null}. */
    public @Nullable Boolean optionalBoolean(String name) {
        Object value = get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrongType(name, "a boolean", value);
    }

    /** An optional JSON boolean, {@code false} if absent. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(optionalBoolean(name));
    }

    /** An optional nested object, or {@code null}. */
    @SuppressWarnings("unchecked")
    public @Nullable JsonObject optionalObject(String name) {
        Object value = get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map) {
            return new JsonObject((Map<String, Object>) value, this, name, -1);
        }
        throw wrongType(name, "an object", value);
    }

    /** An optional array of objects, empty if absent. */
    @SuppressWarnings("unchecked")
    public List<JsonObject> objects(String name) {
        List<Object> list = array(name);
        List<JsonObject> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (!(element instanceof Map)) {
                throw new RecordException(path(name) + "[" + i + "]", RejectKind.WRONG_TYPE,
                        "expected an object, got " + JsonTree.typeOf(element));
            }
            result.add(new JsonObject((Map<String, Object>) element, this, name, i));
        }
        return result;
    }

    /** An optional array of strings, empty if absent. */
    public List<String> strings(String name) {
        List<Object> list = array(name);
        List<String> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String s)) {
                throw new RecordException(path(name) + "[" + i + "]", RejectKind.WRONG_TYPE,
                        "expected a string, got " + JsonTree.typeOf(list.get(i)));
            }
            result.add(s);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(String name) {
        Object value = get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List) {
            return (List<Object>) value;
        }
        throw wrongType(name, "an array", value);
    }
}
