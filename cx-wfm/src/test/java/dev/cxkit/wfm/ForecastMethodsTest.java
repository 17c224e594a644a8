package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import org.junit.jupiter.api.Test;

class ForecastMethodsTest {

    @Test
    void everyMethodReproducesAPureWeeklyPatternExactly() {
        IntervalSeries history = Series.hourly(8 * 7, Series::pattern);
        double[] truth = Series.expected(8 * 7, 7, Series::pattern);
        for (ForecastMethod method : ForecastMethod.defaults()) {
            ForecastConfig config = ForecastConfig.builder().methods(List.of(method)).build();
            Forecast f = (Forecast) Forecaster.create(config).forecast(history);
            // Every method is exact, so every backtest WAPE is 0 and the baseline wins the tie.
            assertThat(f.backtest().score(method.id()).orElseThrow().wape().getAsDouble())
                    .as(method.id()).isCloseTo(0.0, within(1e-9));
            double[] forecast = runKernel(method, history);
            assertThat(forecast).as(method.id()).containsExactly(truth, within(1e-6));
        }
    }

    /** The method's own forecast, even when the backtest picks another. */
    private static double[] runKernel(ForecastMethod method, IntervalSeries history) {
        ForecastConfig config = ForecastConfig.builder().methods(List.of(method)).build();
        Forecaster forecaster = Forecaster.create(config);
        return Series.values((Forecast) forecaster.forecastWith(method, history, history.end().plus(java.time.Duration.ofDays(7))));
    }

    @Test
    void seasonalNaiveRepeatsLastWeekOfATrend() {
        Series.Formula trend = (d, h) -> Series.pattern(d, h) * (1 + 0.05 * (d / 7));
        IntervalSeries history = Series.hourly(6 * 7, trend);
        double[] forecast = runKernel(new SeasonalNaive(), history);
        assertThat(forecast).containsExactly(Series.expected(5 * 7, 7, trend), within(1e-9));
    }

    @Test
    void weeklyProfileFollowsATrendWithTheLagOfItsLevelWindow() {
        // y = p·(1 + g·week). Profile over weeks 0..5: p·(1 + g·2.5); level over weeks 4..5:
        // (1 + g·4.5)/(1 + g·2.5); forecast p·(1 + g·4.5) for week 6 (one and a half weeks of lag).
        double g = 0.05;
        Series.Formula trend = (d, h) -> Series.pattern(d, h) * (1 + g * (d / 7));
        IntervalSeries history = Series.hourly(6 * 7, trend);
        double[] forecast = runKernel(new WeeklyProfile(8, 2), history);
        assertThat(forecast).containsExactly(Series.expected(0, 7, (d, h) -> Series.pattern(d, h) * (1 + g * 4.5)),
                within(1e-9));
    }

    @Test
    void smoothingTracksATrendCloserThanSeasonalNaive() {
        Series.Formula trend = (d, h) -> Series.pattern(d, h) * (1 + 0.05 * d / 7.0);
        IntervalSeries history = Series.hourly(10 * 7, trend);
        double[] truth = Series.expected(10 * 7, 7, trend);
        double naive = wape(truth, runKernel(new SeasonalNaive(), history));
        double smoothing = wape(truth, runKernel(DoubleSeasonalSmoothing.fitted(), history));
        assertThat(naive).isCloseTo(0.05 / 1.5, within(0.01));
        assertThat(smoothing).isLessThan(naive);
    }

    @Test
    void aClosedHolidayIsForecastZeroAndABorrowingHolidayUsesItsWeekday() {
        IntervalSeries history = Series.hourly(4 * 7, Series::pattern);
        LocalDate wednesday = LocalDate.of(2026, 2, 4);
        LocalDate thursday = LocalDate.of(2026, 2, 5);
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .open(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .open(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .holiday(wednesday).build();
        for (ForecastMethod method : List.of(new SeasonalNaive(), WeeklyProfile.ofDefaults())) {
            ForecastConfig config = ForecastConfig.builder().calendar(calendar).holidayAs(thursday, DayOfWeek.SUNDAY)
                    .methods(List.of(method)).build();
            Forecast f = (Forecast) Forecaster.create(config).forecastWith(method, history,
                    history.end().plus(java.time.Duration.ofDays(7)));
            for (ForecastInterval i : f.intervals()) {
                LocalDate date = LocalDate.ofInstant(i.start(), ZoneOffset.UTC);
                int hour = i.start().atZone(ZoneOffset.UTC).getHour();
                if (date.equals(wednesday)) {
                    assertThat(i.contacts()).as(method.id() + " " + i.start()).isZero();
                    assertThat(i.open()).isFalse();
                } else if (date.equals(thursday)) {
                    assertThat(i.contacts()).as(method.id() + " " + i.start()).isCloseTo(Series.pattern(6, hour),
                            within(1e-9));
                } else {
                    int day = (int) (date.toEpochDay() - LocalDate.of(2026, 1, 5).toEpochDay());
                    assertThat(i.contacts()).as(method.id() + " " + i.start()).isCloseTo(Series.pattern(day, hour),
                            within(1e-9));
                }
            }
        }
    }

    @Test
    void holidaysInTheHistoryTeachNothing() {
        // A holiday in week 3 with no contacts: the profile ignores it instead of averaging a zero in.
        LocalDate holiday = LocalDate.of(2026, 1, 21);
        IntervalSeries history = Series.hourly(4 * 7, (d, h) -> d == 16 ? 0 : Series.pattern(d, h));
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .open(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .open(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .holiday(holiday).build();
        ForecastMethod method = WeeklyProfile.ofDefaults();
        Forecast f = (Forecast) Forecaster.create(ForecastConfig.builder().calendar(calendar).methods(List.of(method)).build())
                .forecastWith(method, history, history.end().plus(java.time.Duration.ofDays(7)));
        assertThat(Series.values(f)).containsExactly(Series.expected(28, 7, Series::pattern), within(1e-9));
    }

    @Test
    void closedHoursAreForecastZero() {
        IntervalSeries history = Series.hourly(3 * 7, (d, h) -> 5);
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)).build();
        Forecast f = (Forecast) Forecaster.create(ForecastConfig.builder().calendar(calendar).build()).forecast(history);
        for (ForecastInterval i : f.intervals()) {
            boolean open = calendar.isOpen(i.start());
            assertThat(i.open()).isEqualTo(open);
            assertThat(i.contacts()).as(i.start().toString()).isEqualTo(open ? 5.0 : 0.0);
        }
    }

    private static double wape(double[] actual, double[] forecast) {
        ForecastAccuracy a = ForecastAccuracy.create();
        for (int i = 0; i < actual.length; i++) {
            a.accept(actual[i], forecast[i]);
        }
        return a.wape().getAsDouble();
    }
}
