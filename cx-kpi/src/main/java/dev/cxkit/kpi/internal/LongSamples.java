package dev.cxkit.kpi.internal;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A growable list of {@code long} samples (milliseconds, counts) kept exactly so that a median over
 * merged shards equals the median of one pass. Memory: 8 bytes per sample plus up to 50 % slack.
 * Not thread-safe.
 */
public final class LongSamples {

    private long[] values = new long[8];
    private int size;
    private long sum;

    /**
     * Adds one sample.
     *
     * @param value the sample
     */
    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + Math.max(8, size >> 1));
        }
        values[size++] = value;
        sum = Math.addExact(sum, value);
    }

    /**
     * Adds every sample of another list (which may be this one).
     *
     * @param other the other list; left unchanged
     */
    public void addAll(LongSamples other) {
        long[] theirs = Arrays.copyOf(other.values, other.size);
        for (long value : theirs) {
            add(value);
        }
    }

    /**
     * The number of samples.
     *
     * @return the count
     */
    public int count() {
        return size;
    }

    /**
     * The exact sum of the samples.
     *
     * @return the sum
     * @throws ArithmeticException if it overflowed when a sample was added
     */
    public long sum() {
        return sum;
    }

    /**
     * The median: the middle sample, or the mean of the two middle samples for an even count.
     * Sorts the samples in place (their order carries no meaning).
     *
     * @return the median, empty without samples
     */
    public OptionalDouble median() {
        if (size == 0) {
            return OptionalDouble.empty();
        }
        Arrays.sort(values, 0, size);
        int middle = size / 2;
        return OptionalDouble.of(size % 2 == 1 ? values[middle] : (values[middle - 1] + (double) values[middle]) / 2);
    }
}
