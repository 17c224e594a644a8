package dev.cxkit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import dev.cxkit.core.internal.Checks;

/**
 * An amount of money in one currency. Never a {@code double}: the amount is a {@link BigDecimal}
 * normalised to the currency's minor units (two decimals for EUR and USD, none for JPY).
 *
 * <p>Amounts with more decimals than the currency has are rejected rather than rounded, so that no
 * value is silently changed. Negative amounts are allowed (a reversal), but policies and grants
 * reject them where they make no sense. Equality is by value and currency; {@code 1.5 EUR} equals
 * {@code 1.50 EUR} after normalisation. Immutable and thread-safe.
 *
 * @param amount the amount, scaled to the currency's minor units
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Amount, Comparable<Money> {

    /** The largest scale, positive or negative, an amount may have before it is normalised. */
    private static final int MAX_SCALE = 20;

    /** Validates the amount and normalises its scale. */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (Math.abs(amount.scale()) > MAX_SCALE) {
            // setScale and toPlainString on such a value would take minutes and gigabytes.
            throw new IllegalArgumentException("The amount (" + Checks.abbreviate(amount.toString())
                    + ") has a scale beyond ±" + MAX_SCALE + ".\nMaybe an exponent such as 1E+999 was parsed?");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("The amount (" + amount.toPlainString() + ") has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ").\nMaybe it was computed with doubles?");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * Creates money from a decimal and a currency.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Creates money from a decimal string and an ISO 4217 code, for example {@code of("120.00", "EUR")}.
     *
     * @param amount a plain decimal such as {@code "120.00"}
     * @param currencyCode for example {@code "EUR"}
     * @return the money
     * @throws IllegalArgumentException if the amount is not a decimal or the currency is unknown
     */
    public static Money of(String amount, String currencyCode) {
        return parse(amount, currencyCode);
    }

    /**
     * Zero in a currency.
     *
     * @param currency the currency
     * @return zero money
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    static Money parse(String amount, String currencyCode) {
        Checks.notNull(amount, "amount");
        return new Money(parseDecimal(amount), currency(currencyCode));
    }

    /**
     * Looks up a currency by its ISO 4217 code.
     *
     * @param currencyCode for example {@code "EUR"}
     * @return the currency
     * @throws IllegalArgumentException naming the code if it is unknown
     */
    public static Currency currency(String currencyCode) {
        Checks.notNull(currencyCode, "currency");
        try {
            return Currency.getInstance(currencyCode.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency (" + Checks.abbreviate(currencyCode)
                    + "). Expected an ISO 4217 code such as EUR or USD.", e);
        }
    }

    private static BigDecimal parseDecimal(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > 40) {
            throw new IllegalArgumentException("The amount (" + Checks.abbreviate(trimmed) + ") is too long.");
        }
        try {
            BigDecimal value = new BigDecimal(trimmed);
            if (Math.abs(value.scale()) > 20) {
                throw new NumberFormatException("scale");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The amount (" + Checks.abbreviate(trimmed)
                    + ") is not a plain decimal number such as 120.00.", e);
        }
    }

    /**
     * Adds money of the same currency.
     *
     * @param other money in the same currency
     * @return the sum
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts money of the same currency.
     *
     * @param other money in the same currency
     * @return the difference, possibly negative
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Multiplies by a whole factor, for example a VIP "twice the limit".
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Whether the amount is below zero.
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Compares amounts of the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + this + " with " + other
                    + ": the currencies differ.\nMaybe convert one of them first?");
        }
    }

    /** Returns {@code "120.00 EUR"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
