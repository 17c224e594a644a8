package dev.cxkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The start of a cap's period: the calendar definition in UTC, with a shortcut for periods of days. */
class DecisionResolverStartTest {

    @Property(tries = 500)
    void startIsThePeriodBeforeInUtc(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long seconds,
            @ForAll @IntRange(min = 0, max = 3) int years, @ForAll @IntRange(min = 0, max = 13) int months,
            @ForAll @IntRange(min = 0, max = 400) int days) {
        Instant at = Instant.ofEpochSecond(seconds, 123);
        Period period = Period.of(years, months, days);

        assertThat(DecisionResolver.start(at, period)).isEqualTo(at.atOffset(ZoneOffset.UTC).minus(period).toInstant());
    }
}
