package dev.cxkit.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the domain records. Each message names the field, the value and, where
 * it helps, the owner, so that an import reject or a stack trace says exactly what was wrong.
 * Not API: no compatibility promise.
 */
public final class Checks {

    /** Each enum's constants by name, built once per enum (getEnumConstants copies its array on every call). */
    private static final ClassValue<Map<String, ?>> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).collect(
                    Collectors.toUnmodifiableMap(c -> ((Enum<?>) c).name(), c -> c));
        }
    };

    /** Longest identifier or key accepted; protects downstream maps and logs from huge values. */
    public static final int MAX_ID_LENGTH = 256;

    private Checks() {
    }

    /**
     * A lazily rendered owner for messages such as {@code "interaction (i-1)"}: the text is built only
     * when a check fails, so validating millions of records builds no strings.
     */
    public static Object owner(String kind, Object id) {
        return lazy(() -> kind + " (" + id + ")");
    }

    /**
     * A message part rendered only when a check fails, for owners that do not fit
     * {@link #owner(String, Object)}.
     */
    public static Object lazy(Supplier<String> text) {
        return new Object() {
            @Override
            public String toString() {
                return text.get();
            }
        };
    }

    public static <T> T notNull(@Nullable T value, String field) {
        if (value == null) {
            throw new NullPointerException("The " + field + " must not be null.");
        }
        return value;
    }

    /**
     * Checks an entry of a keyed collection, such as the evidence of a finding, without building its
     * message unless it fails.
     *
     * @throws NullPointerException "The {@code field} of '{@code key}' must not be null."
     */
    public static <T> T notNull(@Nullable T value, String field, String key) {
        if (value == null) {
            throw new NullPointerException("The " + field + " of '" + key + "' must not be null.");
        }
        return value;
    }

    /** Checks that an identifier is non-blank, reasonably short and free of control characters. */
    public static String identifier(@Nullable String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The " + field + " must not be blank.");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("The " + field + " (" + abbreviate(value) + ") is "
                    + value.length() + " characters long; at most " + MAX_ID_LENGTH + " are allowed.");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException("The " + field + " (" + abbreviate(value)
                        + ") contains a control character at index " + i + ".");
            }
        }
        return value;
    }

    public static Duration nonNegative(@Nullable Duration value, String field, Object owner) {
        notNull(value, field);
        if (value.isNegative()) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") of " + owner
                    + " is negative.\nMaybe start and end were swapped?");
        }
        return value;
    }

    /** Checks {@code later} is not before {@code earlier}. */
    public static void notBefore(Instant later, String laterField, Instant earlier, String earlierField,
            Object owner) {
        if (later.isBefore(earlier)) {
            throw new IllegalArgumentException("The " + laterField + " (" + later + ") of " + owner
                    + " is before its " + earlierField + " (" + earlier + ").\n"
                    + "Maybe the times are in different zones?");
        }
    }

    public static int inRange(int value, int min, int max, String field, Object owner) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") of " + owner
                    + " is outside " + min + "–" + max + ".");
        }
        return value;
    }

    /**
     * Parses an enum constant case-insensitively; an unknown value gives a message that lists the
     * allowed ones.
     */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, @Nullable String value, String field) {
        notNull(value, field);
        Map<String, ?> byName = ENUM_NAMES.get(type);
        Object exact = byName.get(value);
        if (exact == null) {
            exact = byName.get(value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        }
        if (exact != null) {
            return type.cast(exact);
        }
        throw new IllegalArgumentException("Unknown " + field + " (" + abbreviate(value) + "). Allowed: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                + ".");
    }

    /** Shortens a value for an error message so that a 10 MB field never lands in a log. */
    public static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
