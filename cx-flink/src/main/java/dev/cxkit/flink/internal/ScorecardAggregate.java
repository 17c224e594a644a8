package dev.cxkit.flink.internal;

import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.jspecify.annotations.Nullable;

/**
 * cxkit's KPI accumulators as a Flink {@link AggregateFunction}: {@code create} / {@code accept} /
 * {@code combine} map onto {@code createAccumulator} / {@code add} / {@code merge}. The accumulator
 * is a {@link ScorecardAccumulator}, serialised by Kryo.
 */
public final class ScorecardAggregate implements AggregateFunction<ScorecardInput, ScorecardAccumulator, ScorecardAccumulator> {

    private static final long serialVersionUID = 1L;

    private final JobSettings settings;
    private transient StandardKpis.@Nullable Config kpis;

    /**
     * Creates the function.
     *
     * @param settings the KPI configuration
     */
    public ScorecardAggregate(JobSettings settings) {
        this.settings = settings;
    }

    @Override
    public ScorecardAccumulator createAccumulator() {
        StandardKpis.Config config = kpis;
        if (config == null) {
            config = settings.kpis();
            kpis = config;
        }
        return new ScorecardAccumulator(StandardKpis.create(config));
    }

    @Override
    public ScorecardAccumulator add(ScorecardInput value, ScorecardAccumulator accumulator) {
        accumulator.accept(value);
        return accumulator;
    }

    @Override
    public ScorecardAccumulator getResult(ScorecardAccumulator accumulator) {
        return accumulator;
    }

    @Override
    public ScorecardAccumulator merge(ScorecardAccumulator a, ScorecardAccumulator b) {
        return a.combine(b);
    }
}
