package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void demoJsonHoldsDatasetScorecardStaffingAndWhatIsPending() {
        CliRun run = CliRun.of("demo", "--json", "--no-report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).doesNotContain("report");
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsOnlyKeys("dataset", "scorecard", "staffing", "decisions", "audit", "measures", "pending");
        Map<String, Object> measures = (Map<String, Object>) json.get("measures");
        // Issue 22: effort rises where frustration was not acknowledged, churn where the first contact was not resolved.
        assertThat((Double) ((Map<String, Object>) measures.get("effortByAcknowledgement")).get("low")).isPositive();
        assertThat((Double) ((Map<String, Object>) measures.get("churnByFirstContact")).get("low")).isPositive();
        Map<String, Object> dataset = (Map<String, Object>) json.get("dataset");
        assertThat(dataset.get("days")).isEqualTo(35);
        assertThat((Integer) dataset.get("interactions")).isGreaterThan(50_000);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) json.get("scorecard")).get("rows");
        assertThat(rows).extracting(r -> r.get("id")).startsWith("cx.kpi.fcr");
        Map<String, Object> staffing = (Map<String, Object>) json.get("staffing");
        assertThat((Integer) staffing.get("scheduledAgents")).isGreaterThanOrEqualTo((Integer) staffing.get("agents"));
        assertThat((Double) staffing.get("serviceLevel")).isGreaterThanOrEqualTo(0.8);
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) json.get("decisions");
        // Allowed, needs approval, denied, cumulative cap hit, VIP modifier (and a percent action).
        assertThat(decisions).extracting(d -> d.get("outcome"))
                .containsExactly("ALLOWED", "NEEDS_APPROVAL", "DENIED", "NEEDS_APPROVAL", "ALLOWED", "ALLOWED");
        assertThat((String) decisions.get(3).get("reason")).contains("period cap");
        assertThat((List<String>) decisions.get(4).get("firedRules")).contains("vip-complaint-2x");
        assertThat((List<String>) json.get("pending")).isEmpty();
        Map<String, Object> audit = (Map<String, Object>) json.get("audit");
        assertThat((Map<String, Object>) audit.get("counts")).containsKeys("HOLD_OVER_STATED", "REPEAT_CONTACT", "NO_FOLLOW_UP");
        // One example per code of the catalog: every code fires on the demo's data.
        assertThat((List<Object>) audit.get("examples")).hasSize(dev.cxkit.core.MistakeCode.values().length);
        // Issue 22: the demo's bot sessions give containment figures.
        Map<String, Object> containment = (Map<String, Object>) ((Map<String, Object>) json.get("measures")).get("containment");
        assertThat((Integer) containment.get("sessions")).isPositive();
    }

    @Test
    void demoTextShowsEachSectionAndIsDeterministic(@TempDir Path dir) throws Exception {
        Path firstReport = dir.resolve("first.html");
        Path secondReport = dir.resolve("second.html");
        CliRun first = CliRun.of("demo", "--report", firstReport.toString());
        CliRun second = CliRun.of("demo", "--report", secondReport.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Scorecard against the benchmarks").contains("First contact resolution")
                .contains("Staffing the busiest phone half-hour").contains("Erlang C")
                .contains("Empowerment decisions").contains("NEEDS_APPROVAL by TEAM_LEAD")
                .contains("Mistake audit:").contains("HOLD_OVER_STATED").contains("e.g. interaction")
                .contains("precision >= 1.000 and recall >= 1.000").contains("Self-service: ");
        // Everything but the elapsed time on the first line is the same for the same seed.
        assertThat(first.out().lines().skip(1).toList()).isEqualTo(second.out().lines().skip(1).toList());
        // The report is written where --report says, named on standard error, and the same for the same seed.
        assertThat(first.err()).contains("wrote the report to " + firstReport.toAbsolutePath());
        String html = Files.readString(firstReport, StandardCharsets.UTF_8);
        assertThat(html).contains("Scorecard against the benchmarks").contains("Audit findings").doesNotContain("Audit not run")
                .contains("HOLD_OVER_STATED")
                .contains("T1 refunds 120 EUR: over the T1 limit");
        // Issue 22: one group comparison (effort where frustration was or was not acknowledged), with its interval.
        assertThat(html).contains("id=\"comparisons\"").contains("a cue not acknowledged")
                .containsPattern("Effort \\(CES, 1-5, lower is better\\) where a frustration cue was not acknowledged: [+-]");
        // The weekly reason review: the generator's late-delivery spike week ranks first by repeat contacts.
        assertThat(html).contains("id=\"reason-review\"").contains("Top three recurring reasons per week")
                .contains("Reasons escalated most often");
        assertThat(html).contains("id=\"feedback-items\"").contains("Open items per owner")
                .containsPattern("Feedback answered: \\d+\\.\\d %");
        assertThat(Files.readString(secondReport, StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void demoRejectsAReportDirectoryThatDoesNotExistBeforeDoingAnyWork(@TempDir Path dir) {
        Path report = dir.resolve("missing").resolve("cx-report.html");

        CliRun run = CliRun.of("demo", "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--report " + report).contains("does not exist").contains("--no-report");
    }
}
