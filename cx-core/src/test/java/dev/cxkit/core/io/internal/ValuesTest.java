package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.InstantBounds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Property(tries = 2000)
    void fastPathAgreesWithInstantToString(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        // -62167219200 is 0000-01-01T00:00:00Z and 253402300799 is 9999-12-31T23:59:59Z: the four-digit years.
        Instant instant = Instant.ofEpochSecond(seconds, nanos);

        assertThat(Values.utcInstant(instant.toString())).isEqualTo(instant);
        if (InstantBounds.contains(instant)) {
            assertThat(Values.instant("at", instant.toString())).isEqualTo(instant);
        } else {
            assertThatThrownBy(() -> Values.instant("at", instant.toString())).isInstanceOf(RecordException.class)
                    .hasMessageStartingWith("expected an instant from 1970-01-01T00:00:00Z");
        }
    }

    @Test
    void fastPathKnowsLeapYearsAndTheEndsOfTheFourDigitYears() {
        // Leap days: 2024 (divisible by 4), 2000 (by 400); not 2100 or 1900 (by 100 only).
        assertThat(Values.utcInstant("2024-02-29T12:00:00Z")).isEqualTo(Instant.parse("2024-02-29T12:00:00Z"));
        assertThat(Values.utcInstant("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThat(Values.utcInstant("2100-02-29T00:00:00Z")).isNull();
        assertThat(Values.utcInstant("1900-02-29T00:00:00Z")).isNull();
        assertThat(Values.utcInstant("0000-01-01T00:00:00Z")).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        assertThat(Values.utcInstant("9999-12-31T23:59:59.999999999Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59.999999999Z"));
        assertThat(Values.utcInstant("2026-04-31T00:00:00Z")).isNull();
        assertThat(Values.utcInstant("2026-13-01T00:00:00Z")).isNull();
        assertThat(Values.utcInstant("2026-03-02T24:00:00Z")).isNull();
        assertThat(Values.utcInstant("2026-03-02T23:60:00Z")).isNull();
        assertThat(Values.utcInstant("2026-03-02T23:59:60Z")).isNull();
        assertThat(Values.utcInstant("2026-00-10T00:00:00Z")).isNull();
        assertThat(Values.utcInstant("2026-03-00T00:00:00Z")).isNull();
    }

    @Test
    void leavesOffsetsAndOddFormsToTheStrictParser() {
        assertThat(Values.utcInstant("2026-03-02T11:00:00+02:00")).isNull();
        assertThat(Values.utcInstant("2026-02-30T09:00:00Z")).isNull();
        assertThat(Values.utcInstant("2026-03-02T09:00:00.Z")).isNull();
        assertThat(Values.instant("at", "2026-03-02T11:00:00+02:00")).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThatThrownBy(() -> Values.instant("at", "2026-02-30T09:00:00Z")).isInstanceOf(RecordException.class)
                .hasMessageContaining("got '2026-02-30T09:00:00Z'");
    }

    /** Whole numbers take a shortcut; it must agree with the general path's result for the same value. */
    @Property(tries = 500)
    void convertsWholeSecondsExactly(@ForAll @LongRange(min = 0, max = 315_576_000L) long seconds) {
        assertThat(Values.seconds("s", BigDecimal.valueOf(seconds))).isEqualTo(Duration.ofSeconds(seconds));
        // The same value with a decimal point (scale 1) goes the general way.
        assertThat(Values.seconds("s", BigDecimal.valueOf(seconds * 10, 1))).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void rejectsWholeSecondsOutOfRange() {
        assertThatThrownBy(() -> Values.seconds("s", BigDecimal.valueOf(315_576_001L)))
                .isInstanceOf(RecordException.class).hasMessageContaining("ten years");
        assertThatThrownBy(() -> Values.seconds("s", BigDecimal.valueOf(-1)))
                .isInstanceOf(RecordException.class).hasMessageContaining("expected seconds ≥ 0, got -1");
    }

    @Test
    void convertsDecimalSecondsExactly() {
        assertThat(Values.seconds("s", new BigDecimal("0.1"))).isEqualTo(Duration.ofMillis(100));
        assertThat(Values.seconds("s", new BigDecimal("315576000"))).isEqualTo(Duration.ofDays(3_652).plusHours(12));
        assertThatThrownBy(() -> Values.seconds("s", new BigDecimal("315576000.000000001")))
                .isInstanceOf(RecordException.class).hasMessageContaining("ten years");
        assertThatThrownBy(() -> Values.seconds("s", new BigDecimal("1e-999999999")))
                .isInstanceOf(RecordException.class).hasMessageContaining("at most 9 decimals");
    }
}
