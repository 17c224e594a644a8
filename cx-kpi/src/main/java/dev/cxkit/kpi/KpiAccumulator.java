package dev.cxkit.kpi;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * A mergeable KPI computation: {@code create}, {@link #accept} observations, {@link #combine} with
 * accumulators of other shards, {@link #result}. The shape is that of Apache Commons Statistics'
 * accumulators.
 *
 * <p>Laws every implementation keeps (checked by property tests): {@code combine} is associative
 * and commutative, so splitting the input in any way and combining the parts gives the same result
 * as one pass over all of it; accepting into an accumulator after {@code result()} is allowed and
 * the next {@code result()} includes it.
 *
 * <p>Thread-safety: an accumulator is not thread-safe. Use one per thread (or per stream
 * partition) and combine them, which is what {@link #collector(Supplier)} does for parallel streams.
 *
 * @param <T> the observation type, usually {@link dev.cxkit.core.Interaction}
 * @param <A> the accumulator's own type, so that {@code combine} takes and returns it
 */
public interface KpiAccumulator<T, A extends KpiAccumulator<T, A>> extends Consumer<T> {

    /**
     * Adds one observation.
     *
     * @param observation the observation
     * @throws IllegalArgumentException if the observation is impossible for this KPI (the message says why)
     */
    @Override
    void accept(T observation);

    /**
     * Merges another accumulator of the same KPI and variant into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this accumulator, holding both
     * @throws IllegalArgumentException if {@code other} was created with a different variant
     */
    A combine(A other);

    /**
     * The KPI value over everything accepted and combined so far.
     *
     * @return the value; empty for empty input
     */
    KpiValue result();

    /**
     * A collector that feeds a stream into new accumulators and combines them, usable on parallel
     * streams.
     *
     * @param factory creates an empty accumulator, for example {@code () -> AverageHandleTime.create()}
     * @param <T> the observation type
     * @param <A> the accumulator type
     * @return a collector producing the KPI value
     */
    static <T, A extends KpiAccumulator<T, A>> Collector<T, A, KpiValue> collector(Supplier<A> factory) {
        return Collector.of(factory, KpiAccumulator::accept, KpiAccumulator::combine, KpiAccumulator::result);
    }
}
