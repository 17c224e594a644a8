package dev.cxkit.wfm;

import java.util.OptionalDouble;

/**
 * A method's accuracy at one horizon: the intervals forecast {@code day} days after the backtest
 * origin (day 1 is the first 24 hours). Immutable.
 *
 * @param day the day ahead, ≥ 1
 * @param wape {@code Σ|a − f| / Σ a} over those intervals, empty if nothing arrived
 * @param bias {@code Σ(f − a) / Σ a}, empty if nothing arrived
 * @param intervals intervals scored (missing ones are not)
 */
public record HorizonScore(int day, OptionalDouble wape, OptionalDouble bias, long intervals) {

    /** Validates the day and the count. */
    public HorizonScore {
        if (day < 1) {
            throw new IllegalArgumentException("The day (" + day + ") must be at least 1.");
        }
        if (intervals < 0) {
            throw new IllegalArgumentException("The intervals (" + intervals + ") must not be negative.");
        }
    }
}
