package dev.cxkit.wfm;

/**
 * Seasonal naive, weekly: each interval is forecast as the same interval of the same weekday one week
 * earlier (further back, up to eight weeks, where that one is missing or a holiday; a holiday that
 * borrows a weekday takes that weekday's last value). Beyond one week ahead it repeats its own
 * forecast. It is the baseline every other method must beat on the backtest. Source: Hyndman &amp;
 * Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed. (2021), §5.2. Needs 7 days of
 * history. Immutable.
 */
public record SeasonalNaive() implements ForecastMethod {

    /** The id {@code seasonal-naive}. */
    public static final String ID = "seasonal-naive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int minimumHistoryDays() {
        return 7;
    }
}
