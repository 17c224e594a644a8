package dev.cxkit.wfm;

import java.util.OptionalDouble;

/**
 * Accumulates forecast errors into WAPE and bias. Follows the accumulator pattern
 * ({@code create / accept / combine}); not thread-safe, combine per-thread instances.
 *
 * <ul>
 * <li><b>WAPE</b> (weighted absolute percentage error) = {@code Σ|actual − forecast| / Σ actual}: a
 * share, 0 for a perfect forecast, not bounded above; robust to the near-empty intervals that make
 * the per-interval MAPE explode. Empty when {@code Σ actual = 0}.</li>
 * <li><b>Bias</b> = {@code Σ(forecast − actual) / Σ actual}: positive when the forecast is too high.
 * Empty when {@code Σ actual = 0}.</li>
 * </ul>
 * Source: Kolassa &amp; Schütz, "Advantages of the MAD/MEAN ratio over the MAPE", Foresight 6, 2007
 * (WAPE is the MAD/mean ratio); Hyndman &amp; Athanasopoulos, "Forecasting: Principles and
 * Practice", 3rd ed., §5.8.
 */
public final class ForecastAccuracy {

    private double absoluteError;
    private double signedError;
    private double actualTotal;
    private double forecastTotal;
    private long count;

    private ForecastAccuracy() {
    }

    /**
     * An empty accumulator.
     *
     * @return a new accumulator
     */
    public static ForecastAccuracy create() {
        return new ForecastAccuracy();
    }

    /**
     * Adds one interval.
     *
     * @param actual what arrived, ≥ 0
     * @param forecast what was forecast, ≥ 0
     * @throws IllegalArgumentException if a value is negative or not finite
     */
    public void accept(double actual, double forecast) {
        if (!(actual >= 0 && actual < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The actual (" + actual + ") must be a finite number ≥ 0.");
        }
        if (!(forecast >= 0 && forecast < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The forecast (" + forecast + ") must be a finite number ≥ 0.");
        }
        absoluteError += Math.abs(actual - forecast);
        signedError += forecast - actual;
        actualTotal += actual;
        forecastTotal += forecast;
        count++;
    }

    /**
     * Adds another accumulator's intervals to this one.
     *
     * @param other another accumulator
     * @return this accumulator
     */
    public ForecastAccuracy combine(ForecastAccuracy other) {
        absoluteError += other.absoluteError;
        signedError += other.signedError;
        actualTotal += other.actualTotal;
        forecastTotal += other.forecastTotal;
        count += other.count;
        return this;
    }

    /**
     * The WAPE.
     *
     * @return {@code Σ|a − f| / Σ a}, empty if nothing arrived
     */
    public OptionalDouble wape() {
        return actualTotal > 0 ? OptionalDouble.of(absoluteError / actualTotal) : OptionalDouble.empty();
    }

    /**
     * The bias.
     *
     * @return {@code Σ(f − a) / Σ a}, empty if nothing arrived
     */
    public OptionalDouble bias() {
        return actualTotal > 0 ? OptionalDouble.of(signedError / actualTotal) : OptionalDouble.empty();
    }

    /**
     * The intervals accepted.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The sum of the actuals.
     *
     * @return Σ actual
     */
    public double actualTotal() {
        return actualTotal;
    }

    /**
     * The sum of the forecasts.
     *
     * @return Σ forecast
     */
    public double forecastTotal() {
        return forecastTotal;
    }
}
