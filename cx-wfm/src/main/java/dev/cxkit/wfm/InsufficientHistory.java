package dev.cxkit.wfm;

import dev.cxkit.core.internal.Checks;

/**
 * The history was too short to backtest even the seasonal naive baseline, so no forecast is given.
 * Immutable.
 *
 * @param key the series key
 * @param daysAvailable whole days of history
 * @param daysNeeded days needed: 7 to fit the baseline plus the backtest horizon
 */
public record InsufficientHistory(String key, int daysAvailable, int daysNeeded) implements ForecastOutcome {

    /** Validates the key. */
    public InsufficientHistory {
        Checks.notNull(key, "key");
    }

    /**
     * A sentence for people.
     *
     * @return for example "Series (PHONE) has 9 days of history; a backtested forecast needs 14."
     */
    public String message() {
        return "Series (" + key + ") has " + daysAvailable + " days of history; a backtested forecast needs "
                + daysNeeded + ".";
    }
}
