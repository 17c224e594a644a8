package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Property(tries = 500)
    void fastPathAgreesWithInstantToString(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long seconds,
            @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        // 253402300799 is 9999-12-31T23:59:59Z, the last instant with a four-digit year.
        Instant instant = Instant.ofEpochSecond(seconds, nanos);

        assertThat(Values.utcInstant(instant.toString())).isEqualTo(instant);
        assertThat(Values.instant("at", instant.toString())).isEqualTo(instant);
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
