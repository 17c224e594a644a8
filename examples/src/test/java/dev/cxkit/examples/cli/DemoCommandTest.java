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
        assertThat(json).containsOnlyKeys("dataset", "scorecard", "staffing", "pending");
        Map<String, Object> dataset = (Map<String, Object>) json.get("dataset");
        assertThat(dataset.get("days")).isEqualTo(35);
        assertThat((Integer) dataset.get("interactions")).isGreaterThan(50_000);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) json.get("scorecard")).get("rows");
        assertThat(rows).extracting(r -> r.get("id")).startsWith("cx.kpi.fcr");
        Map<String, Object> staffing = (Map<String, Object>) json.get("staffing");
        assertThat((Integer) staffing.get("scheduledAgents")).isGreaterThanOrEqualTo((Integer) staffing.get("agents"));
        assertThat((Double) staffing.get("serviceLevel")).isGreaterThanOrEqualTo(0.8);
        assertThat((List<String>) json.get("pending")).isNotEmpty();
    }

    @Test
    void demoTextShowsEachSectionAndIsDeterministic() {
        CliRun first = CliRun.of("demo");
        CliRun second = CliRun.of("demo");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Scorecard against the benchmarks").contains("First contact resolution")
                .contains("Staffing the busiest phone half-hour").contains("Erlang C")
                .contains("Mistakes the generator injected").contains("HOLD_OVER_STATED").contains("Not in this demo yet");
        // Everything but the elapsed time on the first line is the same for the same seed.
        assertThat(first.out().lines().skip(1).toList()).isEqualTo(second.out().lines().skip(1).toList());
    }
}
