package dev.cxkit.core.io.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** Conversions of field text and numbers to domain values, each failure a {@link RecordException} naming the field. */
final class Values {

    /** Longest duration accepted in a {@code *Seconds} field: ten years of 365.25 days. */
    static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(10L * 36525 * 864);

    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private Values() {
    }

    /** Parses an ISO-8601 instant with an offset or {@code Z}. */
    static Instant instant(String field, String text) {
        if (text.length() <= 64) {
            try {
                return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw new RecordException(field, RejectKind.INVALID_VALUE,
                "expected an ISO-8601 instant with offset such as 2026-03-02T09:00:00Z, got '"
                        + Checks.abbreviate(text) + "'");
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

    /** The exception's message, or its class name if it has none. */
    static String messageOf(RuntimeException e) {
        String message = e.getMessage();
        if (message == null || message.isEmpty()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
