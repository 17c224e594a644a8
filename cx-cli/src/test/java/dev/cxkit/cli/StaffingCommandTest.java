package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    @Test
    void everyIntervalOfACountsFileIsStaffedAndWhatWasNotRecordedStaysUnknown() throws Exception {
        // Issue 20: staffing over a file of intervals. 100 calls in 30 min at AHT 180 s is the published
        // example above (14 agents for 80/20). An empty contacts cell is not recorded, never 0 callers.
        Path counts = Files.writeString(dir.resolve("counts.csv"), """
                interval_start,contacts,aht_seconds
                2026-03-02T08:00:00Z,100,180
                2026-03-02T08:30:00Z,,
                2026-03-02T09:00:00Z,0,
                2026-03-02T09:30:00Z,40,
                """);

        CliRun json = CliRun.of("staffing", "erlang-c", "--counts", counts.toString(), "--target-service-level", "0.8",
                "--json");
        CliRun withAht = CliRun.of("staffing", "erlang-c", "--counts", counts.toString(), "--target-service-level",
                "0.8", "--aht", "PT3M", "--json");
        CliRun text = CliRun.of("staffing", "erlang-c", "--counts", counts.toString(), "--target-service-level", "0.8");

        assertThat(json.exitCode()).as(json.err()).isZero();
        List<Map<String, Object>> rows = intervals(json);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsEntry("intervalStart", "2026-03-02T08:00Z").containsEntry("agents", 14);
        assertThat(rows.get(1)).containsEntry("contacts", null).containsEntry("status", "not recorded")
                .doesNotContainKey("agents");
        assertThat(rows.get(2)).containsEntry("agents", 0).containsEntry("status", "no contacts");
        assertThat(rows.get(3)).doesNotContainKey("agents").containsEntry("status", "no handle time recorded (give --aht)");
        // 40 calls in 30 min at 3 min = 4 Erlangs: 80/20 needs 7 agents (Erlang C, as cx staffing --calls 40 says).
        assertThat(intervals(withAht).get(3)).containsEntry("agents", 7).doesNotContainKey("status");
        assertThat(CliRun.of("staffing", "erlang-c", "--calls", "40", "--aht", "PT3M", "--target-service-level", "0.8",
                "--json").out()).contains("\"agents\":7");
        assertThat(text.out()).contains("Erlang C per interval of PT30M", "not recorded",
                "4 intervals; peak 14 scheduled agents; 2 intervals without figures");
        // 100 calls at 3 min are 10 Erlangs: 9 agents cannot serve them; the row says why, the others go on.
        List<Map<String, Object>> nine = intervals(CliRun.of("staffing", "erlang-c", "--counts", counts.toString(),
                "--agents", "9", "--json"));
        assertThat((String) nine.get(0).get("status")).contains("unstable").doesNotContain("\n");
        assertThat(nine.get(0)).doesNotContainKey("agents");
    }

    @Test
    void interactionsAreCountedIntoIntervalsPerQueue() throws Exception {
        // Two phone calls and one chat between 09:00 and 09:30, each talking for 5 minutes (answered to ended).
        String line = "{\"id\":\"i-%d\",\"customerId\":\"c-%d\",\"channel\":\"%s\",\"queuedAt\":\"2026-03-02T09:0%d:00Z\","
                + "\"answeredAt\":\"2026-03-02T09:0%d:10Z\",\"endedAt\":\"2026-03-02T09:0%d:10Z\",\"talkSeconds\":300}\n";
        Path input = Files.writeString(dir.resolve("calls.jsonl"), String.format(line, 1, 1, "PHONE", 1, 1, 6)
                + String.format(line, 2, 2, "PHONE", 2, 2, 7) + String.format(line, 3, 3, "CHAT", 3, 3, 8));

        CliRun run = CliRun.of("staffing", "erlang-a", "--input", input.toString(), "--by", "channel", "--patience",
                "PT2M", "--agents", "1", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Each queue's series spans its whole day (48 half-hours); the other intervals had no contacts.
        List<Map<String, Object>> rows = intervals(run);
        assertThat(rows).hasSize(2 * 48);
        List<Map<String, Object>> busy = rows.stream().filter(row -> (Double) row.get("contacts") > 0).toList();
        assertThat(busy).extracting(row -> row.get("queue") + " " + row.get("intervalStart") + " " + row.get("contacts")
                + " " + row.get("agents")).containsExactlyInAnyOrder("PHONE 2026-03-02T09:00Z 2.0 1",
                        "CHAT 2026-03-02T09:00Z 1.0 1");
        assertThat(busy).allSatisfy(row -> assertThat(row).containsKey("probabilityOfAbandoning")
                .containsEntry("ahtSeconds", 300.0));
    }

    @Test
    void callsBesideAFileOrNeitherIsBadInputNamingBothForms() throws Exception {
        Path counts = Files.writeString(dir.resolve("counts.csv"), "interval_start,contacts\n2026-03-02T08:00:00Z,10\n");

        CliRun both = CliRun.of("staffing", "erlang-c", "--counts", counts.toString(), "--calls", "10", "--agents", "3");
        CliRun neither = CliRun.of("staffing", "erlang-c", "--agents", "3");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--calls is for one interval", "Maybe drop --calls?");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--calls and --aht for one interval, or --input or --counts");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> intervals(CliRun run) {
        return (List<Map<String, Object>>) JsonTestSupport.parseObject(run.out()).get("intervals");
    }
}
