package dev.cxkit.core.io.internal;

import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Conversions of field text and numbers to domain values, each failure a {@link RecordException} naming the field. */
final class Values {

    /** Longest duration accepted in a {@code *Seconds} field: ten years of 365.25 days. */
    static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(10L * 36525 * 864);
    /** {@link #MAX_SECONDS} as a whole number, for readers that have the seconds as a {@code long}. */
    static final long MAX_WHOLE_SECONDS = 10L * 36525 * 864;

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private Values() {
    }

    /** Parses an ISO-8601 instant with an offset or {@code Z}. */
    static Instant instant(String field, String text) {
        Instant fast = utcInstant(text);
        if (fast != null) {
            return inRange(field, text, fast);
        }
        if (text.length() <= 64) {
            try {
                return inRange(field, text,
                        OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw new RecordException(field, RejectKind.INVALID_VALUE,
                "expected an ISO-8601 instant with offset such as 2026-03-02T09:00:00Z, got '"
                        + Checks.abbreviate(text) + "'");
    }

    /** Issue 25 item 6: an instant outside {@link InstantBounds} is refused here, before any arithmetic sees it. */
    private static Instant inRange(String field, String text, Instant value) {
        if (!InstantBounds.contains(value)) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected an instant " + InstantBounds.RANGE_TEXT
                    + ", got '" + Checks.abbreviate(text) + "'");
        }
        return value;
    }

    /** Days per month in a common year, by month number 1–12. */
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /**
     * The common form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} without the general parser, which
     * allocates a map per call and dominated read profiles; anything else returns {@code null} and
     * goes through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}.
     */
    static @Nullable Instant utcInstant(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59
                // Only the 29th of February looks at the year: a branch on the month would be first taken
                // in the first January of a file and make the JIT recompile the reader mid-run.
                || day > DAYS_IN_MONTH[month] && !(month == 2 && day == 29 && Year.isLeap(year))) {
            return null;
        }
        // Without LocalDateTime, whose validation and objects were a twentieth of the read.
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * Days since 1970-01-01 of a valid date of a year 0 to 9999 in the proleptic Gregorian calendar:
     * whole 400-year eras of 146 097 days, then the year of the era counted from March, so that the
     * leap day is the last day of its year.
     */
    private static long epochDay(int year, int month, int day) {
        // Without branches on the month (see utcInstant): −1 for January and February, else 0.
        int janFeb = (month - 3) >> 31;
        // Counted from the year −400, so that the division by 400 needs no floor for the year 0.
        int y = year + 400 + janFeb;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month - 3 - 12 * janFeb) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return (era - 1) * 146_097L + dayOfEra - 719_468L;
    }

    /** The decimal value of {@code s[from, to)}, or −1 if a character is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Converts a non-negative number of seconds exactly (to the nanosecond) to a duration of at most ten years. */
    static Duration seconds(String field, BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new RecordException(field, RejectKind.INVALID_VALUE,
                    "expected seconds ≥ 0, got " + Checks.abbreviate(seconds.toString()));
        }
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected seconds ≤ " + MAX_SECONDS
                    + " (ten years), got " + Checks.abbreviate(seconds.toString()) + "\nMaybe the value is in milliseconds?");
        }
        if (seconds.scale() == 0) {
            // A whole number, as almost every *Seconds field is: in range, so it fits a long.
            return Duration.ofSeconds(seconds.longValue());
        }
        BigDecimal stripped = seconds.stripTrailingZeros();
        if (stripped.scale() > 9) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected seconds with at most 9 decimals, got "
                    + Checks.abbreviate(seconds.toString()));
        }
        BigDecimal whole = stripped.setScale(0, java.math.RoundingMode.DOWN);
        long nanos = stripped.subtract(whole).multiply(NANOS_PER_SECOND).longValueExact();
        return Duration.ofSeconds(whole.longValueExact(), nanos);
    }

    /** Parses CSV text as a decimal number. */
    static BigDecimal decimal(String field, String text) {
        String trimmed = text.trim();
        if (trimmed.length() <= 64) {
            try {
                return new BigDecimal(trimmed);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new RecordException(field, RejectKind.WRONG_TYPE, "expected a number, got '" + Checks.abbreviate(text) + "'");
    }

    /** A whole number in int range. */
    static int integer(String field, BigDecimal value) {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE,
                    "expected a whole number, got " + Checks.abbreviate(value.toString()));
        }
    }

    /** A number as a finite double. */
    static double real(String field, BigDecimal value) {
        double result = value.doubleValue();
        if (!Double.isFinite(result)) {
            throw new RecordException(field, RejectKind.INVALID_VALUE,
                    "expected a finite number, got " + Checks.abbreviate(value.toString()));
        }
        return result;
    }

    /** Parses CSV text {@code true} / {@code false}, case-insensitively. */
    static boolean bool(String field, String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return true;
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return false;
        }
        throw new RecordException(field, RejectKind.WRONG_TYPE, "expected true or false, got '"
                + Checks.abbreviate(text) + "'");
    }

    /**
     * Applies a domain factory (an id's {@code of}, an enum's {@code parse}, {@code Amount.parse});
     * its {@link IllegalArgumentException} becomes an {@link RejectKind#INVALID_VALUE} reject.
     */
    static <T> T domain(String field, String text, Function<String, T> factory) {
        try {
            return factory.apply(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, messageOf(e));
        }
    }

    /**
     * The exception's message, or "invalid value" if it has none: a reject names the problem in our
     * words, never a library's class name (issue 25 item 11).
     */
    static String messageOf(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "invalid value";
        }
        return message;
    }
}
