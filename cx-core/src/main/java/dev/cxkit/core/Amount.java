package dev.cxkit.core;

/**
 * What an action is worth: money for refunds, credits and the like, a percentage for discounts.
 * Callers {@code switch} over the two forms.
 */
public sealed interface Amount permits Money, Percent {

    /**
     * Parses {@code "10%"} as a {@link Percent}, anything else as money in the given currency.
     *
     * @param text an amount such as {@code "120.00"} or {@code "10%"}
     * @param currencyCode ISO 4217 code used for money amounts; ignored for percentages
     * @return the amount
     * @throws IllegalArgumentException if the text is not a decimal number or the currency is unknown
     */
    static Amount parse(String text, String currencyCode) {
        String trimmed = text.trim();
        return trimmed.endsWith("%") ? Percent.parse(trimmed) : Money.parse(trimmed, currencyCode);
    }

    /**
     * Whether this amount is zero.
     *
     * @return {@code true} for zero money or zero percent
     */
    boolean isZero();
}
