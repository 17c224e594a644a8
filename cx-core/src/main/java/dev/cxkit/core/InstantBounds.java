package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The instants cxkit accepts from outside: from {@link #START} 1970-01-01T00:00:00Z (inclusive) to
 * {@link #END} 2200-01-01T00:00:00Z (exclusive). Every reader rejects an instant outside this range
 * (line and field named), and {@code cx} options and the HTTP service check theirs with
 * {@link #parse(String, String)} or {@link #check(Instant, String)}.
 *
 * <p>Why a range: {@link Instant} reaches a billion years either way, and arithmetic on such values
 * overflows (a mean of handle times, milliseconds since 1970) or walks forever (one ISO week at a
 * time from year −999,999,999). No contact-centre export holds an instant before 1970 or after
 * 2200, so such a value is a mistake (a year typed wrong, milliseconds read as seconds) and is better
 * refused with its name than carried into a figure. Inside the range, the difference of any two
 * instants is below 231 years, so durations in nanoseconds and instants in milliseconds fit a
 * {@code long} with room to spare.
 *
 * <p>Thread-safe; all members are static.
 */
public final class InstantBounds {

    /** The earliest instant accepted: 1970-01-01T00:00:00Z. */
    public static final Instant START = Instant.EPOCH;
    /** The first instant no longer accepted: 2200-01-01T00:00:00Z. */
    public static final Instant END = Instant.parse("2200-01-01T00:00:00Z");

    /** The range as a message says it. */
    public static final String RANGE_TEXT = "from " + START + " up to (not including) " + END;

    private static final long END_SECONDS = END.getEpochSecond();

    private InstantBounds() {
    }

    /**
     * Whether an instant is inside the range.
     *
     * @param value the instant
     * @return {@code true} if {@code START ≤ value < END}
     */
    public static boolean contains(Instant value) {
        long seconds = value.getEpochSecond();
        return seconds >= 0 && seconds < END_SECONDS;
    }

    /**
     * Checks that an instant is inside the range.
     *
     * @param value the instant
     * @param name what it is, for the message: a field such as {@code at} or an option such as {@code --as-of}
     * @return {@code value}
     * @throws IllegalArgumentException naming {@code name} and the value if it is outside the range
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static Instant check(Instant value, String name) {
        Checks.notNull(value, name);
        if (!contains(value)) {
            throw new IllegalArgumentException("The " + name + " (" + value + ") is outside the supported range "
                    + RANGE_TEXT + ".\nMaybe the year is mistyped, or a number of milliseconds was read as seconds?");
        }
        return value;
    }

    /**
     * Parses ISO-8601 text with a date, a time and an offset ({@code 2026-03-02T09:00:00Z},
     * {@code 2026-03-02T10:00:00+01:00}) and checks that it is inside the range.
     *
     * @param text the text; surrounding white space is ignored
     * @param name what it is, for the message, such as {@code --as-of}
     * @return the instant
     * @throws IllegalArgumentException naming {@code name} if the text is not such an instant or is
     *     outside the range
     */
    public static Instant parse(String text, String name) {
        Checks.notNull(text, name);
        Instant value;
        try {
            value = OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("The " + name + " (" + Checks.abbreviate(text)
                    + ") is not an ISO-8601 instant with an offset.\nMaybe write it as 2026-03-02T09:00:00Z?", e);
        }
        return check(value, name);
    }
}
