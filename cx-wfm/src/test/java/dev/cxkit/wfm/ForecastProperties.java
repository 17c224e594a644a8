package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;

import dev.cxkit.core.BusinessCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ForecastProperties {

    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneOffset.UTC)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)).build();

    @Provide
    Arbitrary<double[]> noisyWeeks() {
        return Arbitraries.doubles().between(0, 200).ofScale(1).array(double[].class).ofSize(24 * 7 * 4);
    }

    @Property(tries = 40)
    void forecastsAndTheirIntervalsAreNeverNegativeAndClosedHoursAreZero(@ForAll("noisyWeeks") double[] values) {
        IntervalSeries history = Series.hourly(28, (d, h) -> values[d * 24 + h]);
        Forecast f = (Forecast) Forecaster.create(ForecastConfig.builder().calendar(OFFICE).build()).forecast(history);
        assertThat(f.intervals()).hasSize(7 * 24).allSatisfy(i -> {
            assertThat(i.contacts()).isGreaterThanOrEqualTo(0);
            assertThat(i.lower()).isBetween(0.0, i.contacts());
            assertThat(i.upper()).isGreaterThanOrEqualTo(i.contacts());
            if (!OFFICE.isOpen(i.start())) {
                assertThat(i.contacts()).isZero();
                assertThat(i.upper()).isZero();
            }
        });
        MethodScore chosen = f.backtest().chosenScore();
        assertThat(chosen.wape().isPresent()).isEqualTo(chosen.actualContacts() > 0);
    }

    @Property
    void aPerfectForecastHasZeroWapeAndBias(@ForAll @Size(min = 1, max = 50) double[] actual) {
        ForecastAccuracy a = ForecastAccuracy.create();
        boolean any = false;
        for (double v : actual) {
            double x = Math.abs(v) % 1e6;
            a.accept(x, x);
            any |= x > 0;
        }
        if (any) {
            assertThat(a.wape()).hasValue(0.0);
            assertThat(a.bias()).hasValue(0.0);
        } else {
            assertThat(a.wape()).isEmpty();
        }
    }

    @Property
    void accuracyCombinesToTheOnePassResult(@ForAll @Size(max = 40) double[] actual, @ForAll @IntRange(min = 0, max = 40) int split,
            @ForAll @DoubleRange(min = 0, max = 3) double factor) {
        ForecastAccuracy one = ForecastAccuracy.create();
        ForecastAccuracy left = ForecastAccuracy.create();
        ForecastAccuracy right = ForecastAccuracy.create();
        for (int i = 0; i < actual.length; i++) {
            double a = Math.abs(actual[i]) % 1000;
            double f = a * factor;
            one.accept(a, f);
            (i < split ? left : right).accept(a, f);
        }
        ForecastAccuracy combined = right.combine(left);
        assertThat(combined.count()).isEqualTo(one.count());
        assertThat(combined.wape().isPresent()).isEqualTo(one.wape().isPresent());
        if (one.wape().isPresent()) {
            assertThat(combined.wape().getAsDouble()).isCloseTo(one.wape().getAsDouble(),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
