package dev.cxkit.exports.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to one JSON record read by {@link JsonSource}: absent and {@code null} read the
 * same; a value of the wrong type is a {@link RejectKind#WRONG_TYPE} naming the field's path.
 */
final class Json {

    private final Map<String, Object> object;
    private final String path;

    Json(Map<String, Object> object, String path) {
        this.object = object;
        this.path = path;
    }

    static Json of(Map<String, Object> object) {
        return new Json(object, "");
    }

    Map<String, Object> raw() {
        return object;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        Object value = object.get(name);
        return value != null && value != JsonSource.NULL;
    }

    @Nullable Object value(String name) {
        Object value = object.get(name);
        return value == JsonSource.NULL ? null : value;
    }

    /** A nested object, or {@code null} if absent. */
    @Nullable Json object(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return new Json(typed, path(name));
        }
        throw wrongType(name, "an object", value);
    }

    /** An array, or an empty list if absent. */
    List<?> array(String name) {
        Object value = value(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw wrongType(name, "an array", value);
    }

    /** A string, or {@code null} if absent; an empty string reads as absent. */
    @Nullable String string(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : text;
        }
        throw wrongType(name, "a string", value);
    }

    /** An id written as a JSON number (Zendesk) or string, as text; {@code null} if absent. */
    @Nullable String id(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number) {
            return number.toString();
        }
        if (value instanceof String text) {
            return text.isBlank() ? null : Cells.id(path(name), text);
        }
        throw wrongType(name, "a whole number or a string", value);
    }

    /** A whole number, or {@code null} if absent. */
    @Nullable Long integer(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException e) {
                // reported below
            }
        }
        throw wrongType(name, "a whole number", value);
    }

    /** A non-negative number of seconds, or {@code null} if absent. */
    @Nullable Duration seconds(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number) {
            return Cells.duration(path(name), BigDecimal.valueOf(number));
        }
        if (value instanceof BigDecimal decimal) {
            return Cells.duration(path(name), decimal);
        }
        throw wrongType(name, "a number of seconds", value);
    }

    /** A boolean, or {@code null} if absent. */
    @Nullable Boolean bool(String name) {
        Object value = value(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "true or false", value);
    }

    /** An ISO-8601 instant with offset, or {@code null} if absent. */
    @Nullable Instant instant(String name) {
        String text = string(name);
        return text == null ? null : Cells.instant(path(name), text, null);
    }

    /** Requires a value, naming the field if it is absent. */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new RecordException(field, RejectKind.MISSING_FIELD, "required, but absent or empty");
        }
        return value;
    }

    private RecordException wrongType(String name, String expected, Object value) {
        String shown = value instanceof String || value instanceof Number
                ? " ('" + Cells.shown(String.valueOf(value)) + "')" : "";
        return new RecordException(path(name), RejectKind.WRONG_TYPE, "expected " + expected + ", got "
                + JsonSource.describeValue(value) + shown);
    }
}
