package dev.cxkit.wfm;

import java.util.List;

/**
 * A forecasting method for contacts per interval. The {@link Forecaster} backtests every configured
 * method on the series' own history and picks the one with the lowest WAPE; the seasonal naive
 * baseline is always backtested as well. Implementations are immutable records; the permitted
 * ones are the whole list, each documented with its source:
 * <ul>
 * <li>{@link SeasonalNaive}: the same interval last week (the baseline);</li>
 * <li>{@link WeeklyProfile}: weekday × time-of-day profile times a recent level (the classic
 * call-centre method);</li>
 * <li>{@link DoubleSeasonalSmoothing}: Holt–Winters exponential smoothing with daily and weekly
 * cycles (Taylor 2003, 2008).</li>
 * </ul>
 */
public sealed interface ForecastMethod permits SeasonalNaive, WeeklyProfile, DoubleSeasonalSmoothing {

    /**
     * The method's id, lowercase with hyphens, as it appears in backtests and output:
     * {@code seasonal-naive}, {@code weekly-profile} or {@code double-seasonal-hw}.
     *
     * @return the id
     */
    String id();

    /**
     * The fewest days of history the method needs before it can forecast.
     *
     * @return days
     */
    int minimumHistoryDays();

    /**
     * The three methods with their default settings, baseline first.
     *
     * @return seasonal naive, weekly profile (8 weeks, level over 2), double seasonal Holt–Winters (fitted)
     */
    static List<ForecastMethod> defaults() {
        return List.of(new SeasonalNaive(), WeeklyProfile.ofDefaults(), DoubleSeasonalSmoothing.fitted());
    }
}
