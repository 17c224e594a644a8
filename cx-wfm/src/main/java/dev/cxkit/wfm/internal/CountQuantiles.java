package dev.cxkit.wfm.internal;

/**
 * Quantiles of a contact count whose mean is forecast: Poisson when the forecast errors show no
 * more spread than Poisson noise, else negative binomial (a Poisson count with a gamma-distributed
 * rate) with variance {@code m + κ·m²}. This is the Poisson–gamma density forecast of Taylor,
 * "Density forecasting of intraday call center arrivals using models based on exponential
 * smoothing", Management Science 58(3), 2012; κ is estimated from backtest errors by the method of
 * moments: {@code κ = max(0, Σ(e² − f) / Σ f²)}. Above a mean of 500 a normal approximation with the
 * same variance is used. Thread-safe (stateless).
 */
public final class CountQuantiles {

    private CountQuantiles() {
    }

    /**
     * The dispersion κ from forecast errors.
     *
     * @param sumSquaredErrorMinusForecast Σ (e² − f) over scored cells
     * @param sumSquaredForecast Σ f² over the same cells
     * @return κ ≥ 0
     */
    public static double dispersion(double sumSquaredErrorMinusForecast, double sumSquaredForecast) {
        if (!(sumSquaredForecast > 0)) {
            return 0;
        }
        return Math.max(0, sumSquaredErrorMinusForecast / sumSquaredForecast);
    }

    /**
     * The smallest count k with P(X ≤ k) ≥ p.
     *
     * @param mean the forecast mean, ≥ 0
     * @param kappa the dispersion κ ≥ 0
     * @param p the probability in (0, 1)
     * @return the quantile, ≥ 0
     */
    public static double quantile(double mean, double kappa, double p) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean > 500) {
            double sd = Math.sqrt(mean + kappa * mean * mean);
            return Math.max(0, Math.round(mean + normalQuantile(p) * sd));
        }
        double term;
        double q = 0;
        double r = 0;
        boolean poisson = kappa < 1e-9;
        if (poisson) {
            term = Math.exp(-mean);
        } else {
            r = 1 / kappa;
            q = mean / (r + mean);
            term = Math.exp(r * Math.log1p(-q));
        }
        if (term == 0 || Double.isNaN(term)) {
            double sd = Math.sqrt(mean + kappa * mean * mean);
            return Math.max(0, Math.round(mean + normalQuantile(p) * sd));
        }
        double cumulative = term;
        int k = 0;
        int limit = (int) Math.min(1_000_000, 50 + mean * 50 + mean * mean * kappa * 50);
        while (cumulative < p && k < limit) {
            term *= poisson ? mean / (k + 1) : (k + r) / (k + 1) * q;
            k++;
            cumulative += term;
        }
        return k;
    }

    /**
     * The standard normal quantile, by Acklam's rational approximation (relative error below
     * 1.15·10⁻⁹; P. J. Acklam, "An algorithm for computing the inverse normal cumulative
     * distribution function", 2003).
     *
     * @param p the probability in (0, 1)
     * @return z with Φ(z) = p
     */
    public static double normalQuantile(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
