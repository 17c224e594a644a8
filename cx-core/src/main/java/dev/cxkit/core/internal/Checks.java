package dev.cxkit.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.cxkit.core.PersonalData;
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

    /**
     * Checks that an identifier is non-blank, reasonably short, and free of control characters and of
     * invisible formatting characters (Unicode category Cf: bidi overrides and isolates such as
     * U+202E, zero-width spaces and joiners, U+FEFF, the soft hyphen, tag characters). Those are
     * rejected rather than stripped: stripping would silently merge ids that differ only in them,
     * and keeping them lets an id display as another one (issue 25 item 11).
     */
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
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw controlCharacter(value, field, i);
            }
            if (c >= 0x80) {
                int codePoint = value.codePointAt(i);
                if (Character.isISOControl(codePoint)) {
                    throw controlCharacter(value, field, i);
                }
                if (Character.getType(codePoint) == Character.FORMAT) {
                    throw new IllegalArgumentException("The " + field + " (" + abbreviate(value)
                            + ") contains the invisible formatting character " + codePointName(codePoint)
                            + " at index " + i + ".\nMaybe it was copied from a document or a web page? "
                            + "Ids may not hold bidi controls or zero-width characters.");
                }
            }
        }
        return value;
    }

    private static IllegalArgumentException controlCharacter(String value, String field, int index) {
        return new IllegalArgumentException("The " + field + " (" + abbreviate(value)
                + ") contains a control character at index " + index + ".");
    }

    private static String codePointName(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
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
            // A gap of seconds is two clocks that disagree; a gap of whole hours is two zones.
            Duration gap = Duration.between(later, earlier);
            String hint = gap.compareTo(Duration.ofMinutes(1)) <= 0
                    ? "Maybe clock skew? The two times may come from clocks that disagree by " + gap
                            + "; an import tolerates that with ImportOptions.clockSkew (cx --clock-skew)."
                    : "Maybe the times are in different zones?";
            throw new IllegalArgumentException("The " + laterField + " (" + later + ") of " + owner
                    + " is before its " + earlierField + " (" + earlier + ").\n" + hint);
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

    /**
     * Makes a value from outside safe to quote in an error message or a log: e-mail addresses and
     * phone numbers masked ({@code PersonalData.maskContactDetails}), control and invisible
     * formatting characters shown as {@code \\u202E} escapes so that they can neither break a log
     * line nor turn its text around, and at most 64 characters, cut between code points, so that a
     * 10 MB field never lands in a log.
     */
    public static String abbreviate(String value) {
        // Only the start is shown: masking and escaping a 10 MB value whole would be wasted work.
        String head = value.length() <= 256 ? value : value.substring(0, 256);
        String text = printable(PersonalData.maskContactDetails(head));
        if (text.length() <= 64) {
            return text;
        }
        int end = 61;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }

    /** The value with control and Cf characters replaced by {@code \\uXXXX} escapes; unchanged if it has none. */
    private static String printable(String value) {
        StringBuilder out = null;
        int i = 0;
        while (i < value.length()) {
            int codePoint = value.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean hidden = Character.isISOControl(codePoint)
                    || codePoint >= 0x80 && Character.getType(codePoint) == Character.FORMAT;
            if (hidden && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
                } else {
                    out.append(value, i, next);
                }
            }
            i = next;
        }
        return out == null ? value : out.toString();
    }
}
