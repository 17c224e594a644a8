package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class StaffingCommandTest {

    @Test
    void erlangCSolvesForTheTargetAndPrintsTheContractFields() {
        // 100 calls per 30 min at AHT 3 min = 10 Erlangs; 80/20 needs 14 agents (the published example
        // also used by the cx-kpi reference tests); 14 / (1 - 0.3) = 20 scheduled.
        CliRun run = CliRun.of("staffing", "erlang-c", "--calls", "100", "--interval", "PT30M", "--aht", "PT3M",
                "--target-service-level", "0.8", "--answer-within", "PT20S", "--shrinkage", "0.3", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsOnlyKeys("agents", "offeredLoad", "probabilityOfWaiting", "serviceLevel",
                "averageSpeedOfAnswerSeconds", "occupancy", "scheduledAgents");
        assertThat(json.get("agents")).isEqualTo(14);
        assertThat(json.get("scheduledAgents")).isEqualTo(20);
        assertThat((Double) json.get("offeredLoad")).isEqualTo(10.0);
        assertThat((Double) json.get("probabilityOfWaiting")).isCloseTo(0.1741319, within(1e-6));
        assertThat((Double) json.get("serviceLevel")).isCloseTo(0.88835, within(1e-5));
    }

    @Test
    void erlangAAddsTheProbabilityOfAbandoning() {
        CliRun run = CliRun.of("staffing", "erlang-a", "--calls", "100", "--aht", "PT3M", "--patience", "PT2M",
                "--agents", "9", "--json");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsKeys("agents", "offeredLoad", "probabilityOfWaiting", "probabilityOfAbandoning",
                "serviceLevel", "averageSpeedOfAnswerSeconds", "occupancy", "scheduledAgents");
        assertThat((Double) json.get("probabilityOfAbandoning")).isBetween(0.0, 1.0);
    }

    @Test
    void textOutputShowsTheFigures() {
        CliRun run = CliRun.of("staffing", "erlang-c", "--calls", "100", "--aht", "PT3M", "--agents", "14");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("offered load 10.00 Erlangs").contains("P(wait)         17.4 %")
                .contains("88.8 % answered within PT20S");
    }

    @Test
    void unstableQueueIsBadInputWithTheMinimumAgentsOnOneLine() {
        CliRun run = CliRun.of("staffing", "erlang-c", "--calls", "100", "--aht", "PT3M", "--agents", "9", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cx staffing erlang-c: ").contains("unstable").contains("At least 11 agents")
                .hasLineCount(1);
        // Issue 20: the hint names the command to try, not a Java class.
        assertThat(run.err()).contains("Maybe try cx staffing erlang-a with --patience").doesNotContain("ErlangA");
    }

    @Test
    void malformedDurationAndMissingChoiceAreUsageErrors() {
        CliRun badDuration = CliRun.of("staffing", "erlang-c", "--calls", "100", "--aht", "3 minutes", "--agents", "9");
        CliRun neither = CliRun.of("staffing", "erlang-c", "--calls", "100", "--aht", "PT3M");

        assertThat(badDuration.exitCode()).isEqualTo(2);
        assertThat(badDuration.err()).contains("--aht").contains("3 minutes").hasLineCount(1);
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--agents").contains("--target-service-level");
    }
}
