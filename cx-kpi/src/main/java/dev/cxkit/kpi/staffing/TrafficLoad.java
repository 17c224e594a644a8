package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/**
 * Calls offered to a queue: {@code calls} arriving on average in each {@code interval}, for example
 * 100 calls per 30 minutes. The arrivals are assumed to be a Poisson process with that rate.
 * Immutable and thread-safe.
 *
 * @param calls mean number of calls per interval, finite and ≥ 0 (need not be a whole number)
 * @param interval the length of the interval, &gt; 0
 */
public record TrafficLoad(double calls, Duration interval) {

    /** Validates that the call count is finite and non-negative and the interval positive. */
    public TrafficLoad {
        if (!(calls >= 0.0) || Double.isInfinite(calls)) {
            throw new IllegalArgumentException("The calls (" + calls
                    + ") of a traffic load must be a finite number ≥ 0.");
        }
        Checks.notNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The interval (" + interval
                    + ") of a traffic load must be positive.\nMaybe you meant Duration.ofMinutes(30)?");
        }
    }

    /**
     * Calls per interval, for example {@code perInterval(100, Duration.ofMinutes(30))}.
     *
     * @param calls mean number of calls per interval, ≥ 0
     * @param interval the interval length, &gt; 0
     * @return the load
     * @throws IllegalArgumentException if calls is negative or not finite, or the interval is not positive
     */
    public static TrafficLoad perInterval(double calls, Duration interval) {
        return new TrafficLoad(calls, interval);
    }

    /**
     * Calls per hour.
     *
     * @param calls mean number of calls per hour, ≥ 0
     * @return the load
     * @throws IllegalArgumentException if calls is negative or not finite
     */
    public static TrafficLoad perHour(double calls) {
        return new TrafficLoad(calls, Duration.ofHours(1));
    }

    /**
     * The arrival rate λ.
     *
     * @return {@code calls / interval}, in calls per second
     */
    public double arrivalsPerSecond() {
        return calls / ErlangFormulas.seconds(interval);
    }

    /**
     * The offered load {@code A = λ · AHT}: the mean number of agents busy if nobody waited or hung up.
     *
     * @param averageHandleTime mean handle time (talk, hold and wrap-up), &gt; 0
     * @return the offered load in Erlangs
     * @throws IllegalArgumentException if the handle time is not positive
     */
    public double offeredLoad(Duration averageHandleTime) {
        return arrivalsPerSecond() * ErlangFormulas.seconds(
                StaffingChecks.positive(averageHandleTime, "averageHandleTime"));
    }
}
