package dev.cxkit.wfm.internal;

/**
 * Seasonal naive, weekly: each cell gets the value of the same slot on the most recent earlier day
 * with the same (effective) weekday that has a value, going back at most eight weeks; beyond the
 * history it repeats its own forecasts. The baseline every forecast must beat (Hyndman &amp;
 * Athanasopoulos, "Forecasting: Principles and Practice", 3rd ed., §5.2 "seasonal naïve method").
 */
public final class SeasonalNaiveKernel implements Kernel {

    /** How far back to look for a recorded value of the same weekday and slot. */
    private static final int MAX_WEEKS_BACK = 8;

    @Override
    public String id() {
        return "seasonal-naive";
    }

    @Override
    public int minimumHistoryDays() {
        return 7;
    }

    @Override
    public double[] forecast(SeasonGrid grid, double[] y, int n, int end) {
        int slots = grid.slots();
        double[] out = new double[end - n];
        for (int c = n; c < end; c++) {
            int day = c / slots;
            int slot = c % slots;
            int weekday = grid.weekdayOf(c);
            double value = Double.NaN;
            for (int d = day - 1; d >= 0 && d >= day - 7 * MAX_WEEKS_BACK; d--) {
                if (grid.weekdayOf(d * slots) != weekday) {
                    continue;
                }
                int earlier = d * slots + slot;
                if (earlier >= n) {
                    value = out[earlier - n];
                    break;
                }
                if (!Double.isNaN(y[earlier])) {
                    value = y[earlier];
                    break;
                }
            }
            out[c - n] = value;
        }
        return out;
    }
}
