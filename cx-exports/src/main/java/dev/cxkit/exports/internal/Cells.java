package dev.cxkit.exports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.RejectKind;
import org.jspecify.annotations.Nullable;

/** Conversions of cell and field text to values; each failure is a {@link RecordException} naming the field. */
final class Cells {

    /** Earliest instant accepted: 1970-01-01; older dates are typing errors or "empty" sentinels. */
    static final Instant MIN_INSTANT = Instant.EPOCH;
    /** Latest instant accepted: the start of 2200. */
    static final Instant MAX_INSTANT = LocalDate.of(2200, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Longest duration accepted: ten years of 365.25 days. */
    static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(10L * 36525 * 864);

    /**
     * ISO-8601 date and time with {@code T} or a space, optional fraction, and an optional offset
     * written {@code Z}, {@code +01:00} or {@code +0100} (Salesforce's Data Loader form).
     */
    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private Cells() {
    }

    /**
     * An instant written with an offset, or, if {@code zone} is given, a local date-time in that zone
     * (a time in a daylight-saving gap moves forward, one in an overlap takes the earlier offset).
     */
    static Instant instant(String field, String text, @Nullable ZoneId zone) {
        String trimmed = text.trim();
        TemporalAccessor parsed;
        try {
            if (trimmed.length() > 64) {
                throw new DateTimeException("too long");
            }
            parsed = FLEXIBLE.parse(trimmed);
        } catch (DateTimeException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a date-time such as "
                    + "2026-03-02T09:00:00Z or 2026-03-02 09:00:00, got '" + shown(trimmed) + "'");
        }
        LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
        Instant instant;
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            instant = local.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
        } else if (zone != null) {
            instant = local.atZone(zone).toInstant();
        } else {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the date-time '" + shown(trimmed)
                    + "' has no offset and no zone was given.\nMaybe set the export's time zone (--zone)?");
        }
        return inRange(field, instant);
    }

    /** A local date-time read with a user pattern, placed in a zone. */
    static Instant localInstant(String field, String text, DateTimeFormatter pattern, @Nullable ZoneId zone) {
        String trimmed = text.trim();
        try {
            TemporalAccessor parsed = pattern.parse(trimmed);
            if (parsed.query(TemporalQueries.zone()) != null) {
                return inRange(field, ZonedDateTime.from(parsed).toInstant());
            }
            if (zone == null) {
                throw new RecordException(field, RejectKind.INVALID_VALUE, "the date-time '" + shown(trimmed)
                        + "' has no offset and no zone was given.\nMaybe set the export's time zone (--zone)?");
            }
            return inRange(field, LocalDateTime.from(parsed).atZone(zone).toInstant());
        } catch (DateTimeException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a date-time like the pattern of the "
                    + "mapping, got '" + shown(trimmed) + "'");
        }
    }

    static Instant inRange(String field, Instant instant) {
        if (instant.isBefore(MIN_INSTANT) || !instant.isBefore(MAX_INSTANT)) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the date-time " + instant
                    + " is outside 1970–2199.\nMaybe an empty value was exported as a placeholder date?");
        }
        return instant;
    }

    /** Seconds as a non-negative decimal. */
    static Duration seconds(String field, String text) {
        return decimal(field, text, BigDecimal.ONE);
    }

    /**
     * A non-negative decimal amount of a unit, as a duration.
     *
     * @param secondsPerUnit 1 for seconds, 60 for minutes, 3600 for hours
     */
    static Duration decimal(String field, String text, BigDecimal secondsPerUnit) {
        String trimmed = text.trim();
        BigDecimal value;
        try {
            if (trimmed.length() > 64) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(trimmed).multiply(secondsPerUnit);
        } catch (NumberFormatException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a number, got '"
                    + shown(trimmed) + "'");
        }
        return duration(field, value);
    }

    static Duration duration(String field, BigDecimal seconds) {
        if (seconds.signum() < 0) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a duration ≥ 0, got " + seconds.toPlainString());
        }
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the duration " + seconds.toPlainString()
                    + " s is more than ten years.\nMaybe the value is in milliseconds?");
        }
        BigDecimal nanos = seconds.movePointRight(9);
        if (nanos.stripTrailingZeros().scale() > 0) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the duration " + seconds.toPlainString()
                    + " s is finer than a nanosecond");
        }
        long n = nanos.longValueExact();
        return Duration.ofSeconds(n / 1_000_000_000L, n % 1_000_000_000L);
    }

    /** A clock-style duration: {@code H:MM:SS}, {@code HH:MM} (hours and minutes) or {@code MM:SS} when {@code minutesFirst}. */
    static Duration clock(String field, String text, boolean hoursAndMinutes) {
        String trimmed = text.trim();
        String[] parts = trimmed.split(":", -1);
        try {
            if (parts.length < 2 || parts.length > 3 || trimmed.length() > 32) {
                throw new NumberFormatException();
            }
            long[] values = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty() || !parts[i].chars().allMatch(Character::isDigit)) {
                    throw new NumberFormatException();
                }
                values[i] = Long.parseLong(parts[i]);
                if (i > 0 && values[i] > 59) {
                    throw new NumberFormatException();
                }
            }
            long seconds = parts.length == 3 ? values[0] * 3600 + values[1] * 60 + values[2]
                    : hoursAndMinutes ? values[0] * 3600 + values[1] * 60 : values[0] * 60 + values[1];
            return duration(field, BigDecimal.valueOf(seconds));
        } catch (NumberFormatException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a duration such as "
                    + (hoursAndMinutes ? "01:30 or 01:30:00" : "0:05:30") + ", got '" + shown(trimmed) + "'");
        }
    }

    /** A whole number. */
    static long integer(String field, String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() > 19) {
                throw new NumberFormatException();
            }
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "expected a whole number, got '"
                    + shown(trimmed) + "'");
        }
    }

    /** {@code true/false}, {@code yes/no}, {@code y/n}, {@code 1/0}, {@code on/off}, case-insensitively. */
    static boolean bool(String field, String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "on":
                return true;
            case "false", "no", "n", "0", "off":
                return false;
            default:
                throw new RecordException(field, RejectKind.INVALID_VALUE, "expected true or false, got '"
                        + shown(text.trim()) + "'");
        }
    }

    /** An identifier as written, checked like cx-core ids (not blank, at most 256 characters, no control characters). */
    static String id(String field, String text) {
        try {
            return Checks.identifier(text, field);
        } catch (IllegalArgumentException e) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, e.getMessage());
        }
    }

    /**
     * A value as a message may show it: abbreviated to 64 characters, and withheld if it looks like
     * contact details (an {@code @}, or seven digits or more), which messages never echo.
     */
    static String shown(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        boolean dateLike = text.length() >= 8 && text.length() <= 40 && text.charAt(0) >= '0' && text.charAt(0) <= '9'
                && (text.indexOf(':') > 0 || text.indexOf('-') == 4);
        if (text.indexOf('@') >= 0 || digits >= 7 && !dateLike) {
            return "(a value that looks like contact details, not shown)";
        }
        return Checks.abbreviate(text);
    }
}
