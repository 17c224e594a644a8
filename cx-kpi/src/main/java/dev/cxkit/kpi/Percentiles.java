package dev.cxkit.kpi;

import java.time.Duration;
import java.util.List;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;
import org.HdrHistogram.Histogram;

/**
 * Percentiles (p50, p90, p99) of queue waits, handle times or first-response times, from a mergeable
 * HdrHistogram ({@link Histogram}).
 *
 * <p>Values are recorded in whole milliseconds (sub-millisecond parts are truncated) with 3
 * significant decimal digits: values up to 2047 ms are exact, larger ones fall in buckets narrower
 * than 0.1 % of the value. A reported percentile is the highest value of its bucket (HdrHistogram's
 * convention), so it is at most 0.1 % above a recorded value and never below it. The percentile of p
 * is the smallest recorded value such that at least p % of the values are ≤ it. Results are in
 * seconds ({@link KpiUnit#SECONDS}) with ids {@code <prefix>.p50}, {@code .p90}, {@code .p99}, where
 * the prefix comes from the {@link PercentileMeasure}; {@link #result()} is p90 (for example
 * {@code cx.kpi.first_reply.p90}). The count is the number of recorded values.
 *
 * <p>Edge cases: interactions without the measured duration (abandoned ones for waits and handle
 * times, ones without a response for first reply) are excluded and counted in
 * {@link #skippedCount()}; nothing recorded gives an empty value. The raw entry point
 * {@link #acceptDuration(Duration)} rejects negative durations. Combining adds histograms, which is
 * exact: the merged percentiles equal those of one pass.
 *
 * <p>Source: docs/kpis.md (percentiles with mergeable histograms); HdrHistogram's documented
 * precision guarantees.
 *
 * <p>Thread-safety: not thread-safe (neither is {@link Histogram}); use one per thread and
 * {@link #combine} them.
 */
public final class Percentiles implements KpiAccumulator<Interaction, Percentiles> {

    /** Significant decimal digits kept by the histogram. */
    public static final int SIGNIFICANT_DIGITS = 3;

    private final PercentileMeasure measure;
    private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    private long skipped;

    private Percentiles(PercentileMeasure measure) {
        this.measure = measure;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param measure what to measure per interaction
     * @return the accumulator
     */
    public static Percentiles create(PercentileMeasure measure) {
        return new Percentiles(Checks.notNull(measure, "measure"));
    }

    /**
     * Records the measured duration of an interaction, or counts it as skipped.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Duration value = measure.measure(interaction);
        if (value == null) {
            skipped++;
        } else {
            acceptDuration(value);
        }
    }

    /**
     * Records one duration measured elsewhere.
     *
     * @param value the duration, not negative; truncated to whole milliseconds
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public void acceptDuration(Duration value) {
        Checks.nonNegative(value, "duration", measure.idPrefix() + " percentiles");
        histogram.recordValue(value.toMillis());
    }

    @Override
    public Percentiles combine(Percentiles other) {
        VariantCheck.requireSame("percentiles", measure, other.measure);
        histogram.add(other.histogram);
        skipped += other.skipped;
        return this;
    }

    /**
     * The 90th percentile.
     *
     * @return seconds, empty if nothing was recorded
     */
    @Override
    public KpiValue result() {
        return p90();
    }

    /**
     * The median.
     *
     * @return seconds, id {@code <prefix>.p50}; empty if nothing was recorded
     */
    public KpiValue p50() {
        return percentile(50);
    }

    /**
     * The 90th percentile.
     *
     * @return seconds, id {@code <prefix>.p90}; empty if nothing was recorded
     */
    public KpiValue p90() {
        return percentile(90);
    }

    /**
     * The 99th percentile.
     *
     * @return seconds, id {@code <prefix>.p99}; empty if nothing was recorded
     */
    public KpiValue p99() {
        return percentile(99);
    }

    /**
     * p50, p90 and p99 together, for scorecards.
     *
     * @return the three values in that order
     */
    public List<KpiValue> all() {
        return List.of(p50(), p90(), p99());
    }

    /**
     * Any percentile.
     *
     * @param percentile in (0, 100], for example 95 or 99.9
     * @return seconds, id {@code <prefix>.p95} or {@code <prefix>.p99_9}; empty if nothing was recorded
     * @throws IllegalArgumentException if {@code percentile} is outside (0, 100]
     */
    public KpiValue percentile(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("The percentile (" + percentile + ") is outside (0, 100].");
        }
        String number = percentile == Math.rint(percentile) ? String.valueOf((long) percentile)
                : String.valueOf(percentile).replace('.', '_');
        String id = measure.idPrefix() + ".p" + number;
        long count = histogram.getTotalCount();
        return count == 0 ? KpiValue.empty(id, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(id, "", histogram.getValueAtPercentile(percentile) / 1000.0, count, KpiUnit.SECONDS);
    }

    /**
     * Interactions without the measured duration, excluded from the values.
     *
     * @return their number
     */
    public long skippedCount() {
        return skipped;
    }
}
