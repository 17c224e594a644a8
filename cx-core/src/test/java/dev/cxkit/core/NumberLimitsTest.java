package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Regression tests for a fuzzing finding: {@link Percent#parse} accepted {@code 1E-999999999%}, a
 * percentage whose {@code toString} has a billion digits and whose arithmetic with an ordinary
 * percentage aligns scales of a billion. Parsing now has the bounds {@link Money} has: at most 40
 * characters and a scale within ±20.
 */
class NumberLimitsTest {

    @Test
    void rejectsPercentWithAHugeNegativeExponent() {
        assertThatThrownBy(() -> Percent.parse("1E-999999999%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The percent (1E-999999999%) is not a number such as 10%.");
    }

    @Test
    void rejectsPercentWithMoreThanTwentyDecimals() {
        // 21 decimals: scale 21 > 20.
        assertThatThrownBy(() -> Percent.parse("0.000000000000000000001%")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsExponentsWithinTheBounds() {
        // 1E+1 is 10 (scale -1); 20 decimals is the most allowed.
        assertThat(Percent.parse("1E+1%")).isEqualTo(Percent.parse("10%"));
        assertThat(Percent.parse("0.00000000000000000001%").toString()).isEqualTo("0.00000000000000000001%");
    }

    @Test
    void moneyHadTheBoundsAlready() {
        assertThatThrownBy(() -> Money.of("1E+999999999", "EUR"))
                .hasMessage("The amount (1E+999999999) is not a plain decimal number such as 120.00.");
    }

    @Test
    void moneyBuiltFromAHugeScaleDecimalIsRejectedBeforeNormalising() {
        // Without the bound, setScale(2) on 1E+999999999 builds a billion-digit number.
        assertThatThrownBy(() -> new Money(new java.math.BigDecimal("1E+999999999"), java.util.Currency.getInstance("EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The amount (1E+999999999) has a scale beyond ±20.\nMaybe an exponent such as 1E+999 was parsed?");
        assertThat(new Money(new java.math.BigDecimal("1E+20"), java.util.Currency.getInstance("EUR")).amount())
                .isEqualByComparingTo("100000000000000000000");
    }
}
