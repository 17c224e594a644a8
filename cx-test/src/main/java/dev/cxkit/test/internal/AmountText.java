package dev.cxkit.test.internal;

import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import java.util.Objects;

/**
 * Reads the short amount strings the fixtures and asserts accept: {@code "120.00 EUR"} for money and
 * {@code "10%"} for a percentage, the same forms {@link Money#toString()} and
 * {@link Percent#toString()} write. Stateless and thread-safe.
 */
public final class AmountText {

    private AmountText() {
    }

    /**
     * Parses money or a percentage.
     *
     * @param text {@code "120.00 EUR"} or {@code "10%"}
     * @return the amount
     * @throws IllegalArgumentException if the text is neither form
     */
    public static Amount parse(String text) {
        Objects.requireNonNull(text, "amount");
        return text.trim().endsWith("%") ? Percent.parse(text) : money(text);
    }

    /**
     * Parses money.
     *
     * @param text an amount and an ISO 4217 code separated by a space, for example {@code "120.00 EUR"}
     * @return the money
     * @throws IllegalArgumentException if the text is not of that form, or the amount or currency is invalid
     */
    public static Money money(String text) {
        Objects.requireNonNull(text, "money");
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("The money (" + abbreviate(text)
                    + ") must be an amount and a currency code separated by a space, such as 120.00 EUR.");
        }
        return Money.of(parts[0], parts[1]);
    }

    /**
     * Whether two amounts are the same kind and numerically equal, ignoring the scale of percentages
     * ({@code 10%} equals {@code 10.0%}).
     *
     * @param a one amount
     * @param b another amount
     * @return {@code true} if both are money of the same currency and value, or both percentages of the same value
     */
    public static boolean sameAmount(Amount a, Amount b) {
        if (a instanceof Money ma && b instanceof Money mb) {
            return ma.equals(mb);
        }
        if (a instanceof Percent pa && b instanceof Percent pb) {
            return pa.compareTo(pb) == 0;
        }
        return false;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
