package dev.cxkit.wfm;

import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * A method's accuracy over all origins of a rolling-origin backtest. Immutable.
 *
 * @param method the method id
 * @param wape {@code Σ|a − f| / Σ a} over every scored interval, empty if nothing arrived
 * @param bias {@code Σ(f − a) / Σ a}, empty if nothing arrived
 * @param intervals intervals scored
 * @param actualContacts the contacts that arrived in them
 * @param byDay the same figures per day ahead, day 1 first
 */
public record MethodScore(String method, OptionalDouble wape, OptionalDouble bias, long intervals,
        double actualContacts, List<HorizonScore> byDay) {

    /** Copies the list. */
    public MethodScore {
        Checks.notNull(method, "method");
        Checks.notNull(wape, "wape");
        Checks.notNull(bias, "bias");
        byDay = List.copyOf(byDay);
    }
}
