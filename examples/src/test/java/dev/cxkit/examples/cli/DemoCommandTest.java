package dev.cxkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void demoJsonHoldsDatasetScorecardStaffingAndWhatIsPending() {
        CliRun run = CliRun.of("demo", "--json");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsOnlyKeys("dataset", "scorecard", "staffing", "decisions", "pending");
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
        assertThat((List<String>) json.get("pending")).isNotEmpty();
    }

    @Test
    void demoTextShowsEachSectionAndIsDeterministic() {
        CliRun first = CliRun.of("demo");
        CliRun second = CliRun.of("demo");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Scorecard against the benchmarks").contains("First contact resolution")
                .contains("Staffing the busiest phone half-hour").contains("Erlang C")
                .contains("Empowerment decisions").contains("NEEDS_APPROVAL by TEAM_LEAD")
                .contains("Mistakes the generator injected").contains("HOLD_OVER_STATED").contains("Not in this demo yet");
        // Everything but the elapsed time on the first line is the same for the same seed.
        assertThat(first.out().lines().skip(1).toList()).isEqualTo(second.out().lines().skip(1).toList());
    }
}
