package dev.cxkit.kpi.internal;

import java.time.Duration;

/**
 * An exact running sum of non-negative durations with its count, so that a mean over shards does
 * not depend on the order in which they are combined (no floating-point sums). Overflow (a total
 * beyond about 292 billion years) throws {@link ArithmeticException} instead of wrapping. The
 * total is kept as seconds and nanoseconds rather than a {@link Duration}, so adding allocates
 * nothing: AHT, ASA and hold add one duration per interaction. Not thread-safe.
 */
public final class DurationSum {

    private static final int NANOS_PER_SECOND = 1_000_000_000;

    private long seconds;
    private int nanos;
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
        plus(value.getSeconds(), value.getNano());
        count++;
    }

    /**
     * Adds another sum into this one.
     *
     * @param other the other sum; left unchanged
     */
    public void addAll(DurationSum other) {
        plus(other.seconds, other.nanos);
        count += other.count;
    }

    private void plus(long addSeconds, int addNanos) {
        long carry = 0;
        int sumNanos = nanos + addNanos;
        if (sumNanos >= NANOS_PER_SECOND) {
            sumNanos -= NANOS_PER_SECOND;
            carry = 1;
        }
        seconds = Math.addExact(Math.addExact(seconds, addSeconds), carry);
        nanos = sumNanos;
    }

    /**
     * The exact total.
     *
     * @return the sum of all added durations
     */
    public Duration total() {
        return Duration.ofSeconds(seconds, nanos);
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
        return (seconds + nanos / 1e9) / count;
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
