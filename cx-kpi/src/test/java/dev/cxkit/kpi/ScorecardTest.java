package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final List<KpiValue> VALUES = List.of(
            KpiValue.of("cx.kpi.fcr", "per-issue/P7D", 0.78, 1000, KpiUnit.RATIO), // 0.78 >= 0.75: met
            KpiValue.of("cx.kpi.csat", "top-box", 0.75, 400, KpiUnit.RATIO), // 0.75 is not > 0.75: not met
            KpiValue.of("cx.kpi.csat", "mean", 4.1, 400, KpiUnit.SCORE), // other variant: ignored by the top-box row
            KpiValue.of("cx.kpi.aht", "", 412.0, 950, KpiUnit.SECONDS), // 412 s is not < 360 s: not met
            KpiValue.empty("cx.kpi.ces", "effort-1-5", 0, KpiUnit.SCORE)); // no answers: no data

    @Test
    void evaluatesEveryDefaultBenchmarkAndKeepsMissingOnesAsNoData() {
        Scorecard.Report report = Scorecard.ofDefaults().evaluate(VALUES);

        assertThat(report.rows()).hasSize(Scorecard.ofDefaults().benchmarks().size());
        assertThat(row(report, "cx.kpi.fcr").status()).isEqualTo(ScorecardRow.Status.MET);
        assertThat(row(report, "cx.kpi.fcr").count()).isEqualTo(1000);
        assertThat(row(report, "cx.kpi.csat").status()).isEqualTo(ScorecardRow.Status.NOT_MET);
        assertThat(row(report, "cx.kpi.csat").variant()).isEqualTo("top-box");
        assertThat(row(report, "cx.kpi.aht").status()).isEqualTo(ScorecardRow.Status.NOT_MET);
        assertThat(row(report, "cx.kpi.ces").status()).isEqualTo(ScorecardRow.Status.NO_DATA);
        assertThat(row(report, "cx.kpi.churn").status()).isEqualTo(ScorecardRow.Status.NO_DATA);
        assertThat(report.count(ScorecardRow.Status.MET)).isEqualTo(1);
        assertThat(report.count(ScorecardRow.Status.NOT_MET)).isEqualTo(2);
    }

    @Test
    void overriddenTargetChangesTheVerdict() {
        Scorecard lenient = Scorecard.ofDefaults().toBuilder().target("cx.kpi.aht", 480).build();

        assertThat(row(lenient.evaluate(VALUES), "cx.kpi.aht").status()).isEqualTo(ScorecardRow.Status.MET);
        assertThat(lenient.benchmarks()).extracting(Benchmark::kpiId)
                .containsExactlyElementsOf(Scorecard.ofDefaults().benchmarks().stream().map(Benchmark::kpiId).toList());
    }

    @Test
    void removingOrOverridingAnUnknownBenchmarkNamesTheKnownOnes() {
        assertThatThrownBy(() -> Scorecard.ofDefaults().toBuilder().target("cx.kpi.nope", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cx.kpi.nope")
                .hasMessageContaining("cx.kpi.fcr");
        assertThat(Scorecard.ofDefaults().toBuilder().remove("cx.kpi.churn").build().benchmarks())
                .extracting(Benchmark::kpiId).doesNotContain("cx.kpi.churn");
    }

    @Test
    void textTableShowsValueTargetStatusAndCount() {
        String text = Scorecard.ofDefaults().evaluate(VALUES).toText();

        assertThat(text).contains("First contact resolution").contains("78.0 %").contains(">= 75.0 %").contains("met")
                .contains("1,000");
        assertThat(text).contains("6m 52s").contains("NOT MET"); // 412 s
        assertThat(text).contains("no data");
        assertThat(text).endsWith("1 met, 2 not met, 10 without data\n");
    }

    @Test
    void cesOnTheEaseScaleIsNeverJudgedAgainstTheEffortTarget() {
        // A data set whose CES answers are all on the 1-7 ease scale: 5.8 is good there (higher is better), but
        // read against "< 2.0 on the 1-5 effort scale" it was reported NOT MET. Now the row has no data.
        List<KpiValue> easeOnly = List.of(KpiValue.of("cx.kpi.ces", "ease-1-7", 5.8, 120, KpiUnit.SCORE));

        ScorecardRow ces = row(Scorecard.ofDefaults().evaluate(easeOnly), "cx.kpi.ces");

        assertThat(ces.status()).isEqualTo(ScorecardRow.Status.NO_DATA);
        assertThat(ces.benchmark().label()).isEqualTo("Customer effort (1-5)");
        assertThat(row(Scorecard.ofDefaults().evaluate(List.of(KpiValue.of("cx.kpi.ces", "effort-1-5", 1.8, 90,
                KpiUnit.SCORE))), "cx.kpi.ces").status()).isEqualTo(ScorecardRow.Status.MET);
    }

    @Test
    void judgesServiceLevelAsaAndAbandonmentOfTheLiveQueues() {
        List<KpiValue> queue = List.of(
                KpiValue.of("cx.kpi.service_level", "formula2", 0.83, 900, KpiUnit.RATIO),
                KpiValue.of("cx.kpi.service_level", "formula3", 0.78, 1000, KpiUnit.RATIO),
                KpiValue.of("cx.kpi.asa", "", 28.0, 900, KpiUnit.SECONDS),
                KpiValue.of("cx.kpi.abandonment", "short-abandon/PT5S", 0.051, 980, KpiUnit.RATIO));

        Scorecard.Report report = Scorecard.ofDefaults().evaluate(queue);

        // 80/20 by formula 3 (answered within T over offered): 78 % is not met; ASA 28 s is at most 28 s; 5.1 % > 5 %.
        assertThat(row(report, "cx.kpi.service_level").status()).isEqualTo(ScorecardRow.Status.NOT_MET);
        assertThat(row(report, "cx.kpi.service_level").variant()).isEqualTo("formula3");
        assertThat(row(report, "cx.kpi.asa").status()).isEqualTo(ScorecardRow.Status.MET);
        assertThat(row(report, "cx.kpi.abandonment").status()).isEqualTo(ScorecardRow.Status.NOT_MET);
        // Another formula is a choice of the variant the benchmark reads.
        Scorecard formula2 = Scorecard.ofDefaults().toBuilder().variant("cx.kpi.service_level", "formula2").build();
        assertThat(row(formula2.evaluate(queue), "cx.kpi.service_level").status()).isEqualTo(ScorecardRow.Status.MET);
        assertThat(Scorecard.ofDefaults().benchmarks()).extracting(Benchmark::kpiId).containsSubsequence(
                "cx.kpi.aht", "cx.kpi.service_level", "cx.kpi.asa", "cx.kpi.abandonment");
    }

    @Test
    void rowStatusMustAgreeWithItsValue() {
        Benchmark fcr = Scorecard.ofDefaults().benchmarks().get(0);
        assertThatThrownBy(() -> new ScorecardRow(fcr, "", java.util.OptionalDouble.empty(), 0, ScorecardRow.Status.MET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MET");
    }

    private static ScorecardRow row(Scorecard.Report report, String id) {
        return report.rows().stream().filter(r -> r.benchmark().kpiId().equals(id)).findFirst().orElseThrow();
    }
}
