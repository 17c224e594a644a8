package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void normalisesScaleToTheCurrency() {
        assertThat(Money.of(new BigDecimal("1.5"), EUR)).isEqualTo(Money.of("1.50", "EUR"));
        assertThat(Money.of("1.5", "EUR").amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Money.of("1.5", "EUR")).hasToString("1.50 EUR");
        // 1E+2 is 100 with a negative scale; normalised to 100.00
        assertThat(Money.of(new BigDecimal("1E+2"), EUR).amount()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencyDecimals() {
        assertThat(Money.of("2.5000", "EUR")).isEqualTo(Money.of("2.50", "EUR"));
    }

    @Test
    void yenHasNoDecimals() {
        assertThat(Money.of("1200", "JPY").amount()).isEqualTo(new BigDecimal("1200"));
        assertThat(Money.of("1200.00", "JPY")).hasToString("1200 JPY");
        assertThatThrownBy(() -> Money.of("1200.5", "JPY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount (1200.5)")
                .hasMessageContaining("JPY allows (0)");
    }

    @Test
    void rejectsTooManyDecimals() {
        assertThatThrownBy(() -> Money.of("10.005", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount (10.005)")
                .hasMessageContaining("EUR allows (2)")
                .hasMessageContaining("Maybe it was computed with doubles?");
    }

    @Test
    void rejectsUnknownCurrency() {
        assertThatThrownBy(() -> Money.of("10.00", "EUX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown currency (EUX)")
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void rejectsAmountThatIsNotANumber() {
        assertThatThrownBy(() -> Money.of("12,50", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount (12,50)");
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money a = Money.of("10.25", "EUR");
        Money b = Money.of("0.75", "EUR");

        assertThat(a.plus(b)).isEqualTo(Money.of("11.00", "EUR"));
        assertThat(b.minus(a)).isEqualTo(Money.of("-9.50", "EUR"));
        assertThat(b.minus(a).isNegative()).isTrue();
        assertThat(b.times(3)).isEqualTo(Money.of("2.25", "EUR"));
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }

    @Test
    void rejectsAddingAnotherCurrency() {
        assertThatThrownBy(() -> Money.of("10.00", "EUR").plus(Money.of("10.00", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.00 EUR")
                .hasMessageContaining("10.00 USD")
                .hasMessageContaining("currencies differ");
    }

    @Test
    void rejectsComparingAnotherCurrency() {
        assertThatThrownBy(() -> Money.of("10.00", "EUR").compareTo(Money.of("5", "JPY")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 JPY")
                .hasMessageContaining("currencies differ");
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.of("9.99", "EUR")).isLessThan(Money.of("10", "EUR"));
        assertThat(Money.of("10", "EUR").compareTo(Money.of("10.00", "EUR"))).isZero();
    }

    @Test
    void amountParsesMoneyOrPercent() {
        assertThat(Amount.parse("12.5", "EUR")).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(Amount.parse(" 10% ", "EUR")).isEqualTo(new Percent(BigDecimal.TEN));
    }
}
