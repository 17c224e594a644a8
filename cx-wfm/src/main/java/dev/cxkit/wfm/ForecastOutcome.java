package dev.cxkit.wfm;

/**
 * What {@link Forecaster#forecast} gives for one series: a {@link Forecast} with its backtest, or
 * {@link InsufficientHistory} when the history is too short to backtest (a forecast without a
 * backtest figure is never given). Callers switch over the two.
 */
public sealed interface ForecastOutcome permits Forecast, InsufficientHistory {

    /**
     * The series key.
     *
     * @return the key
     */
    String key();
}
