package dev.cxkit.kpi;

import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * One line of a scorecard: a KPI's value against its benchmark. Immutable.
 *
 * @param benchmark the benchmark
 * @param variant the variant of the KPI value evaluated (empty string if none was found)
 * @param value the KPI value, empty when there was no data
 * @param count the sample size behind the value
 * @param status met, not met, or no data
 */
public record ScorecardRow(Benchmark benchmark, String variant, OptionalDouble value, long count, Status status) {

    /** Whether a KPI met its benchmark. */
    public enum Status {
        /** The value meets the target. */
        MET,
        /** The value misses the target. */
        NOT_MET,
        /** There was nothing to measure, so the benchmark cannot be judged. */
        NO_DATA
    }

    /** Validates the fields and that the status agrees with the value. */
    public ScorecardRow {
        Checks.notNull(benchmark, "benchmark");
        Checks.notNull(variant, "variant");
        Checks.notNull(value, "value");
        Checks.notNull(status, "status");
        if (value.isEmpty() != (status == Status.NO_DATA)) {
            throw new IllegalArgumentException("The status (" + status + ") of scorecard row " + benchmark.kpiId()
                    + " disagrees with its value (" + value + ").");
        }
    }

    /**
     * Evaluates a KPI value against a benchmark.
     *
     * @param benchmark the benchmark
     * @param value the KPI value it applies to
     * @return the row
     */
    public static ScorecardRow evaluate(Benchmark benchmark, KpiValue value) {
        if (value.isEmpty()) {
            return new ScorecardRow(benchmark, value.variant(), OptionalDouble.empty(), value.count(), Status.NO_DATA);
        }
        double v = value.value().getAsDouble();
        Status status = benchmark.comparison().isMet(v, benchmark.target()) ? Status.MET : Status.NOT_MET;
        return new ScorecardRow(benchmark, value.variant(), value.value(), value.count(), status);
    }

    /**
     * A row for a benchmark whose KPI was not computed at all.
     *
     * @param benchmark the benchmark
     * @return a {@link Status#NO_DATA} row with count 0
     */
    public static ScorecardRow noData(Benchmark benchmark) {
        return new ScorecardRow(benchmark, "", OptionalDouble.empty(), 0, Status.NO_DATA);
    }

    /**
     * Whether the KPI met its benchmark.
     *
     * @return {@code true} only for {@link Status#MET}
     */
    public boolean isMet() {
        return status == Status.MET;
    }
}
