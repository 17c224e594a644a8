package dev.cxkit.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * Durations as a team lead writes them: {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d},
 * {@code 1h30m}, {@code 500ms}, {@code 1.5h}, as well as ISO-8601 ({@code PT20S}, {@code P7D}). Units
 * are case-insensitive; {@code d} is 24 hours. Registered for every {@link Duration} option of
 * {@code cx}.
 */
final class Durations implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|d|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|d|h|m|s))+");

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /**
     * Parses a duration.
     *
     * @param text for example {@code 30s}, {@code 1h30m} or {@code PT20S}
     * @return the duration
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    static Duration parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("p") || value.startsWith("-p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(text);
            }
        }
        if (!WHOLE.matcher(value).matches()) {
            throw invalid(text);
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            BigDecimal amount = new BigDecimal(part.group(1));
            BigDecimal nanosPerUnit = switch (part.group(2)) {
                case "ms" -> BigDecimal.valueOf(1_000_000L);
                case "s" -> BigDecimal.valueOf(1_000_000_000L);
                case "m" -> BigDecimal.valueOf(60_000_000_000L);
                case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
                default -> BigDecimal.valueOf(86_400_000_000_000L);
            };
            BigDecimal nanos = amount.multiply(nanosPerUnit);
            if (nanos.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("The duration (" + text + ") is finer than a nanosecond.");
            }
            try {
                total = total.plusNanos(nanos.longValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("The duration (" + text + ") is too long.", e);
            }
        }
        return total;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a duration. Maybe 30s, 5m, 2h, 7d, 1h30m, "
                + "or ISO-8601 such as PT20S or P7D?");
    }
}
