package dev.cxkit.wfm;

/**
 * Double seasonal Holt–Winters exponential smoothing: a level with multiplicative intraday and
 * intraweek indices and an autoregressive adjustment of the last one-step error.
 *
 * <pre>
 * L_t = α·y_t/(D_s·W_p) + (1 − α)·L_{t−1}      D_s = δ·y_t/(L_t·W_p) + (1 − δ)·D_s
 * W_p = ω·y_t/(L_t·D_s) + (1 − ω)·W_p          ŷ_{t+k} = L_t·D_{s(t+k)}·W_{p(t+k)} + φ^k·e_t
 * </pre>
 * where s is the slot of the day and p the position in the week on the local wall clock, and
 * {@code e_t} the last one-step error. Closed and missing intervals leave the state unchanged; the
 * level is not updated from intervals whose seasonal product is below 0.05 (nearly empty night
 * intervals would make it swing). Parameters that are {@code NaN} are fitted on the last 16 weeks of
 * history: α ∈ {0.005, 0.02, 0.05, 0.1}, δ and ω ∈ {0.05, 0.15, 0.3} by the least one-step squared
 * error, φ by least squares. Needs 21 days of history. Immutable.
 *
 * <p>Sources: Taylor, "Short-term electricity demand forecasting using double seasonal exponential
 * smoothing", Journal of the Operational Research Society 54(8), 2003; Taylor, "A comparison of
 * univariate time series methods for forecasting intraday arrivals at a call center", Management
 * Science 54(2), 2008, which found it among the best up to two or three days ahead and, like this
 * implementation, left out the trend term.
 *
 * @param alpha level smoothing in (0, 1], or {@code NaN} to fit
 * @param delta intraday smoothing in [0, 1], or {@code NaN} to fit
 * @param omega intraweek smoothing in [0, 1], or {@code NaN} to fit
 */
public record DoubleSeasonalSmoothing(double alpha, double delta, double omega) implements ForecastMethod {

    /** The id {@code double-seasonal-hw}. */
    public static final String ID = "double-seasonal-hw";

    /** Validates the parameters that are given. */
    public DoubleSeasonalSmoothing {
        check(alpha, "alpha", false);
        check(delta, "delta", true);
        check(omega, "omega", true);
    }

    private static void check(double value, String name, boolean zeroAllowed) {
        if (!Double.isNaN(value) && !((zeroAllowed ? value >= 0 : value > 0) && value <= 1)) {
            throw new IllegalArgumentException("The " + name + " (" + value + ") must be in " + (zeroAllowed ? "[0, 1]"
                    : "(0, 1]") + ", or NaN to fit it.");
        }
    }

    /**
     * All three parameters fitted on the history.
     *
     * @return the method
     */
    public static DoubleSeasonalSmoothing fitted() {
        return new DoubleSeasonalSmoothing(Double.NaN, Double.NaN, Double.NaN);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int minimumHistoryDays() {
        return 21;
    }
}
