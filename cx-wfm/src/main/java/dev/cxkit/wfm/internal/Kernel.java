package dev.cxkit.wfm.internal;

/**
 * A point-forecasting method on a {@link SeasonGrid}. Implementations are immutable and thread-safe.
 */
public interface Kernel {

    /**
     * The method id, as in {@code ForecastMethod.id()}.
     *
     * @return the id
     */
    String id();

    /**
     * The fewest days of history the method needs before its first forecast cell.
     *
     * @return days, ≥ 1
     */
    int minimumHistoryDays();

    /**
     * Point forecasts for cells {@code [n, end)} from the values of cells {@code [0, n)}.
     * Implementations may return negative values or NaN; {@link #finish} cleans them.
     *
     * @param grid the grid (weekdays, opening)
     * @param y values to learn from; only {@code y[0..n)} may be read; NaN where missing
     * @param n the first cell to forecast
     * @param end the end of the forecast, exclusive
     * @return {@code end − n} forecasts
     */
    double[] forecast(SeasonGrid grid, double[] y, int n, int end);

    /**
     * Sets closed cells to zero and clamps negative or undefined forecasts to zero, in place.
     *
     * @param grid the grid
     * @param forecast forecasts for cells {@code [n, n + forecast.length)}
     * @param n the first cell
     * @return the same array
     */
    static double[] finish(SeasonGrid grid, double[] forecast, int n) {
        for (int i = 0; i < forecast.length; i++) {
            double f = forecast[i];
            if (!grid.isOpen(n + i) || !(f > 0)) {
                forecast[i] = 0;
            } else if (f == Double.POSITIVE_INFINITY) {
                forecast[i] = Double.MAX_VALUE;
            }
        }
        return forecast;
    }
}
