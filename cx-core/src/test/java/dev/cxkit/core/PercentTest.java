package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void parsesWithAndWithoutPercentSign() {
        assertThat(Percent.parse("10%")).isEqualTo(new Percent(BigDecimal.TEN));
        assertThat(Percent.parse(" 12.50 % ")).isEqualTo(Percent.parse("12.5"));
        assertThat(Percent.parse("12.50%")).hasToString("12.5%");
    }

    @Test
    void normalisesScale() {
        assertThat(new Percent(new BigDecimal("100.00"))).isEqualTo(new Percent(new BigDecimal("1E+2")));
        assertThat(new Percent(new BigDecimal("100.00"))).hasToString("100%");
        assertThat(Percent.of(25.0).asFraction()).isEqualByComparingTo("0.25");
    }

    @Test
    void acceptsTheBounds() {
        assertThat(Percent.parse("0%").isZero()).isTrue();
        assertThat(Percent.parse("100%").value()).isEqualByComparingTo("100");
    }

    @Test
    void rejectsNegative() {
        assertThatThrownBy(() -> Percent.parse("-0.5%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent (-0.5)")
                .hasMessageContaining("outside 0–100");
    }

    @Test
    void rejectsAboveHundred() {
        assertThatThrownBy(() -> Percent.of(100.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent (100.01)")
                .hasMessageContaining("outside 0–100");
    }

    @Test
    void rejectsNonNumbers() {
        assertThatThrownBy(() -> Percent.parse("ten%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent (ten%)")
                .hasMessageContaining("such as 10%");
        assertThatThrownBy(() -> Percent.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("percent (NaN)");
    }

    @Test
    void ordersByValue() {
        assertThat(Percent.parse("9.5%")).isLessThan(Percent.parse("10%"));
    }
}
