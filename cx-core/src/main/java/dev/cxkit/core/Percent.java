package dev.cxkit.core;

import java.math.BigDecimal;
import java.util.Objects;

import dev.cxkit.core.internal.Checks;

/**
 * A percentage between 0 and 100 inclusive, for example a 10 % discount. Kept as a
 * {@link BigDecimal} so that {@code 12.5%} stays exact. Equality ignores trailing zeros. Immutable.
 *
 * @param value the percentage, {@code 10} for 10 %
 */
public record Percent(BigDecimal value) implements Amount, Comparable<Percent> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Validates the range and strips trailing zeros so that 10 and 10.0 are equal. */
    public Percent {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The percent (" + value.toPlainString() + ") is outside 0–100.");
        }
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    /**
     * Creates a percentage.
     *
     * @param value for example {@code 10} for 10 %
     * @return the percentage
     */
    public static Percent of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("The percent (" + value + ") is not a finite number.");
        }
        return new Percent(BigDecimal.valueOf(value));
    }

    /**
     * Parses {@code "10%"} or {@code "10"}.
     *
     * @param text the percentage, with or without a trailing {@code %}
     * @return the percentage
     * @throws IllegalArgumentException if it is not a number in 0–100, is longer than 40 characters or has
     *     a scale beyond ±20 (such as {@code 1E-999999999})
     */
    public static Percent parse(String text) {
        Checks.notNull(text, "percent");
        String trimmed = text.trim();
        String number = trimmed.endsWith("%") ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
        try {
            if (number.length() > 40) {
                throw new NumberFormatException("too long");
            }
            BigDecimal value = new BigDecimal(number);
            // An exponent such as 1E-999999999 is short to write but takes gigabytes to print or to
            // align with another scale; no real percentage needs more than 20 decimals (as for Money).
            if (Math.abs(value.scale()) > 20) {
                throw new NumberFormatException("scale");
            }
            return new Percent(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The percent (" + Checks.abbreviate(trimmed)
                    + ") is not a number such as 10%.", e);
        }
    }

    /**
     * The percentage as a fraction: 10 % is 0.1.
     *
     * @return {@code value / 100}
     */
    public BigDecimal asFraction() {
        return value.movePointLeft(2);
    }

    @Override
    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    /** Returns {@code "10%"}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
