package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.internal.Checks;

/**
 * A forecast of contacts and handle time per interval for one series, with the backtest that chose
 * its method. Immutable.
 *
 * @param key the series key
 * @param interval the interval length
 * @param zone the zone of the calendar the forecast followed (for daily totals)
 * @param method the id of the method used: the backtest's choice, unless the caller forced one
 * @param predictionLevel the coverage the prediction intervals aim at, for example 0.8
 * @param dispersion the κ of the count distribution behind the prediction intervals (variance
 *        {@code f + κ·f²}; 0 means Poisson), estimated from the chosen method's backtest errors
 * @param intervals the forecast intervals, in time order, without gaps
 * @param backtest the backtest figures
 */
public record Forecast(String key, Duration interval, ZoneId zone, String method, double predictionLevel,
        double dispersion, List<ForecastInterval> intervals, Backtest backtest) implements ForecastOutcome {

    /** Validates and copies. */
    public Forecast {
        Checks.notNull(key, "key");
        Checks.notNull(interval, "interval");
        Checks.notNull(zone, "zone");
        Checks.notNull(method, "method");
        Checks.notNull(backtest, "backtest");
        intervals = List.copyOf(intervals);
        if (backtest.score(method).isEmpty()) {
            throw new IllegalArgumentException("The forecast's method (" + method + ") has no backtest score.");
        }
    }

    /**
     * The first forecast instant.
     *
     * @return the start of the first interval
     * @throws IllegalStateException if there are no intervals
     */
    public Instant start() {
        if (intervals.isEmpty()) {
            throw new IllegalStateException("The forecast of (" + key + ") has no intervals.");
        }
        return intervals.get(0).start();
    }

    /**
     * The contacts expected over all intervals.
     *
     * @return Σ contacts
     */
    public double totalContacts() {
        double total = 0;
        for (ForecastInterval i : intervals) {
            total += i.contacts();
        }
        return total;
    }
}
