package dev.cxkit.kpi.internal;

/**
 * Count, mean and sum of squared deviations of a stream of values (Welford's update), mergeable
 * with Chan et al.'s pairwise formula, so that shards combine without keeping the values. Combining
 * is exact in count and equal in mean and variance up to floating-point rounding (about 1e-12
 * relative), whatever the order. Not thread-safe.
 */
public final class Moments {

    private long count;
    private double mean;
    private double m2;

    /**
     * Adds one value.
     *
     * @param value a finite value
     */
    public void add(double value) {
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
    }

    /**
     * Adds another set of moments into this one.
     *
     * @param other the other moments; left unchanged
     */
    public void add(Moments other) {
        if (other.count == 0) {
            return;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            m2 = other.m2;
            return;
        }
        long n = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / n;
        m2 += other.m2 + delta * delta * ((double) count * other.count / n);
        count = n;
    }

    /**
     * The number of values.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The mean; 0 when there is no value (callers check {@link #count()} first).
     *
     * @return the mean
     */
    public double mean() {
        return mean;
    }

    /**
     * The sample variance (divisor n − 1); 0 with fewer than two values.
     *
     * @return the variance
     */
    public double sampleVariance() {
        return count < 2 ? 0 : Math.max(0, m2) / (count - 1);
    }
}
