package dev.cxkit.kpi.internal;

import java.time.Duration;

/**
 * An exact running sum of non-negative durations with its count, so that a mean over shards does
 * not depend on the order in which they are combined (no floating-point sums). Overflow (a total
 * beyond about 292 billion years) throws {@link ArithmeticException} instead of wrapping. Not
 * thread-safe.
 */
public final class DurationSum {

    private Duration total = Duration.ZERO;
    private long count;

    /**
     * Adds one duration.
     *
     * @param value a duration, not negative
     * @param field the name used in the error message, for example {@code "handle time"}
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public void add(Duration value, String field) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") is negative.\n"
                    + "Maybe start and end were swapped?");
        }
        total = total.plus(value);
        count++;
    }

    /**
     * Adds another sum into this one.
     *
     * @param other the other sum; left unchanged
     */
    public void addAll(DurationSum other) {
        total = total.plus(other.total);
        count += other.count;
    }

    /**
     * The exact total.
     *
     * @return the sum of all added durations
     */
    public Duration total() {
        return total;
    }

    /**
     * How many durations were added.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The mean in seconds, computed once from the exact total.
     *
     * @return the mean, or {@code NaN} if nothing was added (callers turn that into an empty value)
     */
    public double meanSeconds() {
        if (count == 0) {
            return Double.NaN;
        }
        return seconds(total) / count;
    }

    /**
     * A duration in (fractional) seconds.
     *
     * @param value the duration
     * @return its length in seconds
     */
    public static double seconds(Duration value) {
        return value.getSeconds() + value.getNano() / 1e9;
    }
}
