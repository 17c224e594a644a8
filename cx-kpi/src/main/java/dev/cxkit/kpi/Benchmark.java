package dev.cxkit.kpi;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A target a KPI is held to, such as "FCR at least 75 %". A scorecard evaluates KPI values against
 * benchmarks. Immutable.
 *
 * @param kpiId the KPI id the benchmark applies to, for example {@code cx.kpi.fcr}
 * @param variant the KPI variant it applies to, or {@code null} for whichever variant is computed
 * @param comparison how the value must relate to the target
 * @param target the target, in the KPI's unit (a fraction for rates, seconds for times)
 * @param unit the unit of the KPI and of {@code target}
 * @param label a short human label for tables, for example {@code "First contact resolution"}
 * @param source where the target comes from, for example {@code "docs/kpis.md (articles 000, 002)"}
 */
public record Benchmark(String kpiId, @Nullable String variant, Comparison comparison, double target, KpiUnit unit,
        String label,
        String source) {

    /** How a KPI value must relate to its target to meet it. */
    public enum Comparison {
        /** value &gt; target. */
        ABOVE(">"),
        /** value ≥ target. */
        AT_LEAST(">="),
        /** value &lt; target. */
        BELOW("<"),
        /** value ≤ target. */
        AT_MOST("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The comparison as a symbol for tables and JSON.
         *
         * @return {@code ">"}, {@code ">="}, {@code "<"} or {@code "<="}
         */
        public String symbol() {
            return symbol;
        }

        /**
         * Whether a value meets a target under this comparison.
         *
         * @param value the KPI value
         * @param target the target
         * @return {@code true} if met
         */
        public boolean isMet(double value, double target) {
            return switch (this) {
                case ABOVE -> value > target;
                case AT_LEAST -> value >= target;
                case BELOW -> value < target;
                case AT_MOST -> value <= target;
            };
        }
    }

    /** Validates the fields. */
    public Benchmark {
        Checks.identifier(kpiId, "kpiId");
        Checks.notNull(comparison, "comparison");
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("The target (" + target + ") of benchmark " + kpiId + " is not finite.");
        }
        Checks.notNull(unit, "unit");
        Checks.identifier(label, "label");
        Checks.identifier(source, "source");
    }

    /**
     * A copy with another target, for overriding a default.
     *
     * @param newTarget the target
     * @return the benchmark with {@code newTarget}
     */
    public Benchmark withTarget(double newTarget) {
        return new Benchmark(kpiId, variant, comparison, newTarget, unit, label, source);
    }

    /**
     * Whether this benchmark applies to a KPI value: same id, and same variant unless this benchmark
     * accepts any.
     *
     * @param value a KPI value
     * @return {@code true} if it applies
     */
    public boolean appliesTo(KpiValue value) {
        return kpiId.equals(value.id()) && (variant == null || variant.equals(value.variant()));
    }
}
