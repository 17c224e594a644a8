package dev.cxkit.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.Benchmark.Comparison;
import org.jspecify.annotations.Nullable;

/**
 * A set of benchmarks that KPI values are held to, in display order. {@link #ofDefaults()} holds
 * the benchmarks of the cxkit catalog (docs/kpis.md, drawn from industry articles 000, 002 and
 * 004); every one can be overridden or removed through {@link #toBuilder()}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Scorecard scorecard = Scorecard.ofDefaults().toBuilder().target("cx.kpi.aht", 480).build();
 * Scorecard.Report report = scorecard.evaluate(kpiValues);
 * System.out.println(report.toText());
 * }</pre>
 */
public final class Scorecard {

    private static final String CATALOG = "docs/kpis.md#scorecard-defaults";

    private final List<Benchmark> benchmarks;

    private Scorecard(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    /**
     * The default benchmarks:
     * <ul>
     *   <li>FCR ≥ 75 % (75–85 % is good, above 80 % top tier; articles 000, 002);</li>
     *   <li>CSAT top-box &gt; 75 % (article 002);</li>
     *   <li>CES on the 1–5 effort scale &lt; 2.0 (article 000); judged only against the {@code effort-1-5}
     *       value, never against the 1–7 ease scale, where higher is better;</li>
     *   <li>AHT &lt; 6 min (general; complex voice runs 7–10 min; articles 000, 002);</li>
     *   <li>service level (formula 3, answered within T over offered) ≥ 80 %: the "80/20" convention, the
     *       most common target in a 2015 Call Centre Helper survey of over 600 centres (a convention, not
     *       a standard; with T = 20 s by default);</li>
     *   <li>ASA ≤ 28 s (the global figure of the IFC's call-centre benchmarking, Measuring Call Center
     *       Performance: Global Best Practices, 2013);</li>
     *   <li>abandonment ≤ 5 % (the IFC gives 5–8 % as the global figure; 5 % is its better end);</li>
     *   <li>chat and social first reply, 90th percentile, &lt; 45 s (82 % of customers expect it; article 002);</li>
     *   <li>share of holds over 5 min ≤ 5 % (28 % of callers hang up after 5 min on hold, article 002;
     *       the 5 % tolerance is cxkit's default);</li>
     *   <li>high-priority feedback closed within 14 days ≥ 95 % (article 004 asks for two weeks; the 95 %
     *       is cxkit's default);</li>
     *   <li>customer churn &lt; 5 % (article 000);</li>
     *   <li>agent attrition, annualised, ≤ 45 % (30–45 % a year is typical; article 002);</li>
     *   <li>mean agent tenure ≥ 13 months (13–15 months is typical; article 002).</li>
     * </ul>
     *
     * @return the default scorecard
     */
    public static Scorecard ofDefaults() {
        return builder()
                .add(new Benchmark("cx.kpi.fcr", null, Comparison.AT_LEAST, 0.75, KpiUnit.RATIO,
                        "First contact resolution", CATALOG + ": 75-85 % good, > 80 % top tier (articles 000, 002)"))
                .add(new Benchmark("cx.kpi.csat", "top-box", Comparison.ABOVE, 0.75, KpiUnit.RATIO,
                        "CSAT (top box)", CATALOG + ": > 75 % (article 002)"))
                .add(new Benchmark("cx.kpi.ces", "effort-1-5", Comparison.BELOW, 2.0, KpiUnit.SCORE,
                        "Customer effort (1-5)", CATALOG + ": < 2.0 on the 1-5 effort scale (article 000)"))
                .add(new Benchmark("cx.kpi.aht", null, Comparison.BELOW, 360, KpiUnit.SECONDS,
                        "Average handle time", CATALOG + ": < 6 min general, 7-10 min complex voice (articles 000, 002)"))
                .add(new Benchmark("cx.kpi.service_level", "formula3", Comparison.AT_LEAST, 0.80, KpiUnit.RATIO,
                        "Service level (live, within T)", "80/20 convention: the most common target in Call Centre "
                                + "Helper's 2015 survey of 600+ centres"))
                .add(new Benchmark("cx.kpi.asa", null, Comparison.AT_MOST, 28, KpiUnit.SECONDS,
                        "Average speed of answer", "IFC, Measuring Call Center Performance (2013): 28 s global figure"))
                .add(new Benchmark("cx.kpi.abandonment", null, Comparison.AT_MOST, 0.05, KpiUnit.RATIO,
                        "Abandonment (live)", "IFC, Measuring Call Center Performance (2013): 5-8 % global figure"))
                .add(new Benchmark("cx.kpi.first_reply.p90", "chat-social", Comparison.BELOW, 45, KpiUnit.SECONDS,
                        "Chat/social first reply p90", CATALOG + ": < 45 s (article 002)"))
                .add(new Benchmark("cx.kpi.hold.over_limit", null, Comparison.AT_MOST, 0.05, KpiUnit.RATIO,
                        "Holds over 5 min", CATALOG + ": 28 % hang up after 5 min on hold (article 002); 5 % tolerance is cxkit's"))
                .add(new Benchmark("cx.kpi.feedback.closed_within", null, Comparison.AT_LEAST, 0.95, KpiUnit.RATIO,
                        "High-priority feedback closed in 14 d", CATALOG + ": loop closed within 2 weeks (article 004); 95 % is cxkit's"))
                .add(new Benchmark("cx.kpi.churn", null, Comparison.BELOW, 0.05, KpiUnit.RATIO,
                        "Customer churn", CATALOG + ": < 5 % (article 000)"))
                .add(new Benchmark("cx.kpi.attrition", null, Comparison.AT_MOST, 0.45, KpiUnit.RATIO,
                        "Agent attrition (annualised)", CATALOG + ": 30-45 % a year typical (article 002)"))
                .add(new Benchmark("cx.kpi.tenure", null, Comparison.AT_LEAST, 13, KpiUnit.MONTHS,
                        "Mean agent tenure", CATALOG + ": 13-15 months typical (article 002)"))
                .build();
    }

    /**
     * Starts an empty scorecard.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * A builder holding this scorecard's benchmarks, to override or remove some.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(benchmarks);
    }

    /**
     * The benchmarks, in display order.
     *
     * @return the benchmarks
     */
    public List<Benchmark> benchmarks() {
        return benchmarks;
    }

    /**
     * Evaluates KPI values: one row per benchmark, from the first value the benchmark applies to
     * ({@link Benchmark#appliesTo}); a benchmark with no value gives a {@code NO_DATA} row, so no
     * benchmark silently disappears.
     *
     * @param values the KPI values, for example {@code KpiSet} results without tags
     * @return the evaluated scorecard
     */
    public Report evaluate(Collection<KpiValue> values) {
        Checks.notNull(values, "values");
        List<ScorecardRow> rows = new ArrayList<>(benchmarks.size());
        for (Benchmark benchmark : benchmarks) {
            ScorecardRow row = ScorecardRow.noData(benchmark);
            for (KpiValue value : values) {
                if (benchmark.appliesTo(value)) {
                    row = ScorecardRow.evaluate(benchmark, value);
                    break;
                }
            }
            rows.add(row);
        }
        return new Report(rows);
    }

    /**
     * An evaluated scorecard, with a text rendering (cx-json's {@code ScorecardJson} renders it as
     * JSON). Immutable.
     *
     * @param rows one row per benchmark, in order
     */
    public record Report(List<ScorecardRow> rows) {

        /** Copies the rows. */
        public Report {
            rows = List.copyOf(Checks.notNull(rows, "rows"));
        }

        /**
         * Counts rows per status.
         *
         * @param status the status
         * @return how many rows have it
         */
        public long count(ScorecardRow.Status status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        /**
         * Renders an aligned text table: KPI, value, target, status, sample size.
         *
         * @return the table, one line per row, with a header and a summary line
         */
        public String toText() {
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"KPI", "Value", "Target", "Status", "Count"});
            for (ScorecardRow row : rows) {
                Benchmark b = row.benchmark();
                lines.add(new String[] {
                    b.label(),
                    row.value().isPresent() ? b.unit().format(row.value().getAsDouble()) : "-",
                    b.comparison().symbol() + " " + b.unit().format(b.target()),
                    switch (row.status()) {
                        case MET -> "met";
                        case NOT_MET -> "NOT MET";
                        case NO_DATA -> "no data";
                    },
                    String.format(Locale.ROOT, "%,d", row.count())});
            }
            int[] widths = new int[5];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            StringBuilder text = new StringBuilder();
            for (String[] line : lines) {
                text.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %" + widths[1] + "s  %-" + widths[2]
                        + "s  %-" + widths[3] + "s  %" + widths[4] + "s", (Object[]) line).stripTrailing()).append('\n');
            }
            text.append(String.format(Locale.ROOT, "%d met, %d not met, %d without data%n",
                    count(ScorecardRow.Status.MET), count(ScorecardRow.Status.NOT_MET), count(ScorecardRow.Status.NO_DATA)));
            return text.toString();
        }
    }

    /** Builds a {@link Scorecard}; benchmarks keep their insertion order. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Benchmark> benchmarks = new LinkedHashMap<>();

        private Builder(List<Benchmark> initial) {
            initial.forEach(this::add);
        }

        /**
         * Adds a benchmark, or replaces the one with the same KPI id in place.
         *
         * @param benchmark the benchmark
         * @return this builder
         */
        public Builder add(Benchmark benchmark) {
            Checks.notNull(benchmark, "benchmark");
            benchmarks.put(benchmark.kpiId(), benchmark);
            return this;
        }

        /**
         * Overrides the target of an existing benchmark.
         *
         * @param kpiId the KPI id, for example {@code cx.kpi.aht}
         * @param target the new target in the KPI's unit
         * @return this builder
         * @throws IllegalArgumentException if there is no benchmark for {@code kpiId}
         */
        public Builder target(String kpiId, double target) {
            benchmarks.put(kpiId, require(kpiId).withTarget(target));
            return this;
        }

        /**
         * Makes an existing benchmark apply to another variant of its KPI, for example the service
         * level by {@code formula2} instead of {@code formula3}.
         *
         * @param kpiId the KPI id, for example {@code cx.kpi.service_level}
         * @param variant the variant to judge, or {@code null} for whichever variant comes first
         * @return this builder
         * @throws IllegalArgumentException if there is no benchmark for {@code kpiId}
         */
        public Builder variant(String kpiId, @Nullable String variant) {
            Benchmark b = require(kpiId);
            benchmarks.put(kpiId, new Benchmark(b.kpiId(), variant, b.comparison(), b.target(), b.unit(), b.label(),
                    b.source()));
            return this;
        }

        /**
         * Removes a benchmark.
         *
         * @param kpiId the KPI id
         * @return this builder
         * @throws IllegalArgumentException if there is no benchmark for {@code kpiId}
         */
        public Builder remove(String kpiId) {
            require(kpiId);
            benchmarks.remove(kpiId);
            return this;
        }

        private Benchmark require(String kpiId) {
            Benchmark benchmark = benchmarks.get(kpiId);
            if (benchmark == null) {
                throw new IllegalArgumentException("There is no benchmark for KPI (" + kpiId + "). Known: "
                        + String.join(", ", benchmarks.keySet()) + ".");
            }
            return benchmark;
        }

        /**
         * Builds the scorecard.
         *
         * @return the scorecard
         */
        public Scorecard build() {
            return new Scorecard(new ArrayList<>(benchmarks.values()));
        }
    }
}
