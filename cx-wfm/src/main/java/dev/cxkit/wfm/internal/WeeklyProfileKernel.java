package dev.cxkit.wfm.internal;

import java.util.Arrays;

/**
 * The classic call-centre method: a weekly × intraday profile times a recent level. The profile of
 * each (weekday, slot) is the mean of its last {@code profileWeeks} recorded days of that weekday;
 * the level is the ratio of what arrived in the last {@code levelWeeks} weeks to what the profile
 * expected for the same cells; the forecast is level × profile. A pure weekly pattern is reproduced
 * exactly; a trend is followed with a lag of about half the level window.
 *
 * <p>Sources: the "historical average" benchmark of Taylor, "A comparison of univariate time series
 * methods for forecasting intraday arrivals at a call center", Management Science 54(2), 2008, which
 * was hard to beat beyond two or three days ahead; the day-of-week × time-of-day fixed-effects model
 * of Ibrahim &amp; L'Ecuyer, "Forecasting call center arrivals: fixed-effects, mixed-effects, and
 * bivariate models", MSOM 15(1), 2013; scaled by a recent level as in Koole, "Call Center
 * Optimization" (2013), ch. 10.
 */
public final class WeeklyProfileKernel implements Kernel {

    private final int profileWeeks;
    private final int levelWeeks;

    /**
     * A kernel.
     *
     * @param profileWeeks days of each weekday averaged into the profile, ≥ 1
     * @param levelWeeks weeks whose arrivals set the level, ≥ 1
     */
    public WeeklyProfileKernel(int profileWeeks, int levelWeeks) {
        this.profileWeeks = profileWeeks;
        this.levelWeeks = levelWeeks;
    }

    @Override
    public String id() {
        return "weekly-profile";
    }

    @Override
    public int minimumHistoryDays() {
        return 7;
    }

    /**
     * The mean per week position over the last {@code weeks} recorded days of each weekday before
     * cell {@code n}.
     */
    static double[] profile(SeasonGrid grid, double[] y, int n, int weeks) {
        int slots = grid.slots();
        double[] sum = new double[7 * slots];
        int[] count = new int[7 * slots];
        int[] used = new int[7];
        int lastDay = (n - 1) / slots;
        for (int d = lastDay; d >= 0 && d > lastDay - 7 * weeks * 3; d--) {
            int weekday = grid.weekdayOf(d * slots);
            if (used[weekday] >= weeks) {
                continue;
            }
            boolean any = false;
            for (int s = 0; s < slots; s++) {
                int cell = d * slots + s;
                if (cell >= n || Double.isNaN(y[cell])) {
                    continue;
                }
                sum[weekday * slots + s] += y[cell];
                count[weekday * slots + s]++;
                any = true;
            }
            if (any) {
                used[weekday]++;
            }
        }
        double[] mean = new double[7 * slots];
        Arrays.fill(mean, Double.NaN);
        for (int p = 0; p < mean.length; p++) {
            if (count[p] > 0) {
                mean[p] = sum[p] / count[p];
            }
        }
        return mean;
    }

    @Override
    public double[] forecast(SeasonGrid grid, double[] y, int n, int end) {
        double[] mean = profile(grid, y, n, profileWeeks);
        double arrived = 0;
        double expected = 0;
        for (int c = Math.max(0, n - levelWeeks * 7 * grid.slots()); c < n; c++) {
            double m = mean[grid.weekPosition(c)];
            if (!Double.isNaN(y[c]) && !Double.isNaN(m)) {
                arrived += y[c];
                expected += m;
            }
        }
        double level = expected > 0 ? arrived / expected : 1.0;
        double[] out = new double[end - n];
        for (int c = n; c < end; c++) {
            out[c - n] = level * mean[grid.weekPosition(c)];
        }
        return out;
    }
}
