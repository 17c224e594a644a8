package dev.cxkit.wfm.internal;

import java.util.Arrays;

/**
 * Double seasonal Holt–Winters exponential smoothing with multiplicative intraday and intraweek
 * cycles and a first-order autoregressive adjustment of the one-step error, after Taylor,
 * "Short-term electricity demand forecasting using double seasonal exponential smoothing", Journal
 * of the Operational Research Society 54(8), 2003, and its application to call-centre arrivals in
 * Taylor, "A comparison of univariate time series methods for forecasting intraday arrivals at a
 * call center", Management Science 54(2), 2008 (where, as here, the trend term is left out):
 *
 * <pre>
 * L_t = α·y_t/(D_{s(t)}·W_{p(t)}) + (1 − α)·L_{t−1}          level
 * D_s = δ·y_t/(L_t·W_{p(t)})     + (1 − δ)·D_s               intraday index (slot s of the day)
 * W_p = ω·y_t/(L_t·D_{s(t)})     + (1 − ω)·W_p               intraweek index (position p in the week)
 * ŷ_{t+k} = L_t·D_{s(t+k)}·W_{p(t+k)} + φ^k·e_t,   e_t = y_t − L_{t−1}·D_{s(t)}·W_{p(t)}
 * </pre>
 *
 * The week position is taken on the local wall clock with the day's effective weekday (a holiday
 * that borrows Sunday uses Sunday's indices). Adaptations for contact-centre data, which has closed
 * and nearly empty intervals: closed or missing cells leave the state unchanged; the level is not
 * updated from cells whose seasonal product is below 0.05 (a division by a near-zero index would
 * swing it); an index is not updated when its divisor is zero.
 *
 * <p>Fitting: the state starts from the first two weeks of the last {@code 16} weeks of history
 * (level = mean, indices = ratios of slot and position means); α, δ and ω are chosen from a grid
 * (α ∈ {0.005, 0.02, 0.05, 0.1}, δ and ω ∈ {0.05, 0.15, 0.3}) by the least sum of squared one-step
 * errors over the remaining weeks, φ by least squares on those errors (clamped to [0, 0.99]), as in
 * Taylor (2003), who fitted by one-step errors too. Needs three weeks of history.
 */
public final class DoubleSeasonalKernel implements Kernel {

    private static final int WINDOW_WEEKS = 16;
    private static final double[] ALPHAS = {0.005, 0.02, 0.05, 0.1};
    private static final double[] DELTAS = {0.05, 0.15, 0.3};
    private static final double[] OMEGAS = {0.05, 0.15, 0.3};
    private static final double LEVEL_GUARD = 0.05;

    private final double alpha;
    private final double delta;
    private final double omega;

    /**
     * A kernel that fits its parameters ({@code NaN}) or uses the ones given.
     *
     * @param alpha level smoothing in (0, 1], or NaN to fit
     * @param delta intraday smoothing in [0, 1], or NaN to fit
     * @param omega intraweek smoothing in [0, 1], or NaN to fit
     */
    public DoubleSeasonalKernel(double alpha, double delta, double omega) {
        this.alpha = alpha;
        this.delta = delta;
        this.omega = omega;
    }

    @Override
    public String id() {
        return "double-seasonal-hw";
    }

    @Override
    public int minimumHistoryDays() {
        return 21;
    }

    /** The state after a run, and the fit. */
    private static final class Run {
        double level;
        double[] daily;
        double[] weekly;
        double lastError;
        double sse;
        double sumProducts;
        double sumSquaresPrevious;
        double previousError;
        boolean hasPrevious;
    }

    @Override
    public double[] forecast(SeasonGrid grid, double[] y, int n, int end) {
        int slots = grid.slots();
        int week = 7 * slots;
        int from = Math.max(0, n - WINDOW_WEEKS * week);
        double[] out = new double[end - n];
        if (n - from < 2 * week + slots) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        Run best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        double[] as = Double.isNaN(alpha) ? ALPHAS : new double[] {alpha};
        double[] ds = Double.isNaN(delta) ? DELTAS : new double[] {delta};
        double[] ws = Double.isNaN(omega) ? OMEGAS : new double[] {omega};
        for (double a : as) {
            for (double d : ds) {
                for (double w : ws) {
                    Run run = run(grid, y, from, n, a, d, w);
                    double phi = phi(run);
                    // SSE of e_t − φ·e_{t−1} = SSE − 2φ·Σe_t e_{t−1} + φ²·Σe_{t−1}²
                    double score = run.sse - 2 * phi * run.sumProducts + phi * phi * run.sumSquaresPrevious;
                    if (score < bestScore || best == null) {
                        bestScore = score;
                        best = run;
                    }
                }
            }
        }
        double phi = phi(best);
        double adjustment = best.lastError;
        for (int c = n; c < end; c++) {
            adjustment *= phi;
            out[c - n] = best.level * best.daily[c % slots] * best.weekly[grid.weekPosition(c)] + adjustment;
        }
        return out;
    }

    private static double phi(Run run) {
        if (run.sumSquaresPrevious <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(0.99, run.sumProducts / run.sumSquaresPrevious));
    }

    private static Run run(SeasonGrid grid, double[] y, int from, int n, double a, double d, double w) {
        int slots = grid.slots();
        int week = 7 * slots;
        int initEnd = from + 2 * week;
        double sum = 0;
        int count = 0;
        double[] slotSum = new double[slots];
        int[] slotCount = new int[slots];
        double[] posSum = new double[week];
        int[] posCount = new int[week];
        for (int c = from; c < initEnd; c++) {
            double v = y[c];
            if (Double.isNaN(v) || !grid.isOpen(c)) {
                continue;
            }
            sum += v;
            count++;
            slotSum[c % slots] += v;
            slotCount[c % slots]++;
            int p = grid.weekPosition(c);
            posSum[p] += v;
            posCount[p]++;
        }
        Run run = new Run();
        run.level = count > 0 && sum > 0 ? sum / count : 1e-9;
        run.daily = new double[slots];
        run.weekly = new double[week];
        for (int s = 0; s < slots; s++) {
            run.daily[s] = slotCount[s] > 0 ? slotSum[s] / slotCount[s] / run.level : 1.0;
        }
        for (int p = 0; p < week; p++) {
            double dailyIndex = run.daily[p % slots];
            run.weekly[p] = posCount[p] > 0 && dailyIndex > 0 ? posSum[p] / posCount[p] / run.level / dailyIndex : 1.0;
        }
        double previous = 0;
        boolean hasPrevious = false;
        for (int c = initEnd; c < n; c++) {
            double v = y[c];
            if (Double.isNaN(v) || !grid.isOpen(c)) {
                continue;
            }
            int s = c % slots;
            int p = grid.weekPosition(c);
            double seasonal = run.daily[s] * run.weekly[p];
            double error = v - run.level * seasonal;
            run.sse += error * error;
            if (hasPrevious) {
                run.sumProducts += error * previous;
                run.sumSquaresPrevious += previous * previous;
            }
            previous = error;
            hasPrevious = true;
            double level = seasonal >= LEVEL_GUARD ? a * v / seasonal + (1 - a) * run.level : run.level;
            if (level <= 0) {
                level = 1e-9;
            }
            double weekly = run.weekly[p];
            double daily = run.daily[s];
            if (weekly > 0) {
                run.daily[s] = d * v / (level * weekly) + (1 - d) * daily;
            }
            if (daily > 0) {
                run.weekly[p] = w * v / (level * daily) + (1 - w) * weekly;
            }
            run.level = level;
        }
        run.lastError = previous;
        return run;
    }
}
