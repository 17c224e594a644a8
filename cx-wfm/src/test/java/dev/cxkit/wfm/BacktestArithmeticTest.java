package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class BacktestArithmeticTest {

    @Test
    void wapeAndBiasOfThreeIntervalsByHand() {
        ForecastAccuracy a = ForecastAccuracy.create();
        a.accept(10, 8);   // |e| = 2, f − a = −2
        a.accept(0, 2);    // |e| = 2, f − a = +2
        a.accept(5, 5);    // 0
        assertThat(a.wape().getAsDouble()).isCloseTo(4.0 / 15, within(1e-12));
        assertThat(a.bias().getAsDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(a.count()).isEqualTo(3);
    }

    @Test
    void nothingArrivedGivesNoWapeRatherThanZero() {
        ForecastAccuracy a = ForecastAccuracy.create();
        a.accept(0, 3);
        assertThat(a.wape()).isEmpty();
        assertThat(a.bias()).isEmpty();
    }

    @Test
    void oneOriginOfSeasonalNaiveScoresTheStepBetweenTwoFlatWeeks() {
        // Week 1: 10 per hour; week 2: 12 per hour. With one origin at the start of week 2, the
        // naive forecast is 10 everywhere: WAPE = 2/12, bias = −2/12, the same every day ahead.
        IntervalSeries history = Series.hourly(14, (d, h) -> d < 7 ? 10 : 12);
        ForecastConfig config = ForecastConfig.builder().methods(List.of(new SeasonalNaive())).backtestOrigins(4)
                .build();
        Forecast f = (Forecast) Forecaster.create(config).forecast(history);
        Backtest b = f.backtest();
        assertThat(b.origins()).isEqualTo(1);
        MethodScore naive = b.chosenScore();
        assertThat(naive.method()).isEqualTo("seasonal-naive");
        assertThat(naive.intervals()).isEqualTo(7 * 24);
        assertThat(naive.actualContacts()).isEqualTo(7 * 24 * 12.0);
        assertThat(naive.wape().getAsDouble()).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(naive.bias().getAsDouble()).isCloseTo(-2.0 / 12, within(1e-12));
        assertThat(naive.byDay()).hasSize(7).allSatisfy(day -> {
            assertThat(day.intervals()).isEqualTo(24);
            assertThat(day.wape().getAsDouble()).isCloseTo(2.0 / 12, within(1e-12));
        });
    }

    @Test
    void twoOriginsSumTheirErrorsAndTheHorizonSplitsByDay() {
        // Weeks of 10, 12, 15 per hour except day 2 of week 3 (index 15), which has 30.
        // Origin 1 (week 2 from week 1): |12−10| per cell. Origin 2 (week 3 from week 2): |15−12|,
        // and |30−12| on its day 2. Σ|e| = 168·2 + 144·3 + 24·18 = 1200; Σa = 168·12 + 144·15 + 24·30 = 4896.
        IntervalSeries history = Series.hourly(21, (d, h) -> d < 7 ? 10 : d < 14 ? 12 : d == 15 ? 30 : 15);
        ForecastConfig config = ForecastConfig.builder().methods(List.of(new SeasonalNaive())).backtestOrigins(2)
                .build();
        Backtest b = ((Forecast) Forecaster.create(config).forecast(history)).backtest();
        assertThat(b.origins()).isEqualTo(2);
        MethodScore naive = b.chosenScore();
        assertThat(naive.wape().getAsDouble()).isCloseTo(1200.0 / 4896, within(1e-12));
        assertThat(naive.bias().getAsDouble()).isCloseTo(-1200.0 / 4896, within(1e-12));
        // Day 2 ahead: origin 1 |12−10|·24, origin 2 |30−12|·24 over 12·24 + 30·24.
        assertThat(naive.byDay().get(1).wape().getAsDouble()).isCloseTo((2.0 + 18) / (12 + 30), within(1e-12));
        assertThat(naive.byDay().get(0).wape().getAsDouble()).isCloseTo((2.0 + 3) / (12 + 15), within(1e-12));
    }

    @Test
    void theMethodWithTheLowestWapeIsChosenAndItsSkillReported() {
        // Noise-free weekly pattern with a level shift two weeks before the end: the profile's level
        // catches up, seasonal naive repeats the old week for the first origin.
        IntervalSeries history = Series.hourly(8 * 7, (d, h) -> Series.pattern(d, h) * (d >= 6 * 7 ? 1.3 : 1.0));
        Forecast f = (Forecast) Forecaster.ofDefaults().forecast(history);
        Backtest b = f.backtest();
        double naive = b.score("seasonal-naive").orElseThrow().wape().getAsDouble();
        double chosen = b.chosenScore().wape().getAsDouble();
        assertThat(b.scores()).extracting(MethodScore::method)
                .containsExactly("seasonal-naive", "weekly-profile", "double-seasonal-hw");
        assertThat(b.scores()).allSatisfy(s -> assertThat(s.wape().getAsDouble()).isGreaterThanOrEqualTo(chosen));
        assertThat(f.method()).isEqualTo(b.chosen());
        assertThat(b.skillOverBaseline().getAsDouble()).isCloseTo(1 - chosen / naive, within(1e-12));
    }

    @Test
    void tooShortAHistoryGivesNoForecast() {
        ForecastOutcome outcome = Forecaster.ofDefaults().forecast(Series.hourly(10, (d, h) -> 3));
        assertThat(outcome).isInstanceOf(InsufficientHistory.class);
        InsufficientHistory h = (InsufficientHistory) outcome;
        assertThat(h.daysAvailable()).isEqualTo(10);
        assertThat(h.daysNeeded()).isEqualTo(14);
        assertThat(h.message()).contains("10 days", "needs 14");
    }

    @Test
    void methodsThatNeedMoreHistoryThanTheEarliestOriginAreSkipped() {
        Forecast f = (Forecast) Forecaster.ofDefaults().forecast(Series.hourly(14, (d, h) -> 3));
        assertThat(f.backtest().skipped()).containsExactly("double-seasonal-hw");
        assertThat(f.backtest().scores()).extracting(MethodScore::method)
                .containsExactly("seasonal-naive", "weekly-profile");
    }
}
