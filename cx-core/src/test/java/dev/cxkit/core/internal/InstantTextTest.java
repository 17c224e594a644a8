package dev.cxkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** {@link InstantText} writes exactly what {@link Instant#toString()} writes. */
class InstantTextTest {

    @Property
    void agreesWithInstantToStringFrom1960ToBeyond10000(
            @ForAll @LongRange(min = -315_619_200L, max = 320_000_000_000L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        Instant instant = Instant.ofEpochSecond(seconds, nano);

        assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
    }

    @Property
    void agreesOnWholeMillisAndMicros(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long seconds,
            @ForAll @IntRange(min = 0, max = 999_999) int micros) {
        Instant millis = Instant.ofEpochSecond(seconds, (micros % 1000) * 1_000_000L);
        Instant exactMicros = Instant.ofEpochSecond(seconds, micros * 1_000L);

        assertThat(InstantText.of(millis)).isEqualTo(millis.toString());
        assertThat(InstantText.of(exactMicros)).isEqualTo(exactMicros.toString());
    }

    @Example
    void writesTheEdgesOfItsRangeAndBeyond() {
        // Hand-checked against ISO-8601: the last second before year 10000 has four year digits;
        // from year 10000 on, and before 1970, Instant.toString() itself is used.
        assertThat(InstantText.of(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(InstantText.of(Instant.ofEpochSecond(253_402_300_799L, 1))).isEqualTo("9999-12-31T23:59:59.000000001Z");
        assertThat(InstantText.of(Instant.ofEpochSecond(253_402_300_800L))).isEqualTo("+10000-01-01T00:00:00Z");
        assertThat(InstantText.of(Instant.parse("2026-03-02T09:00:00.250Z"))).isEqualTo("2026-03-02T09:00:00.250Z");
        assertThat(InstantText.of(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    }
}
