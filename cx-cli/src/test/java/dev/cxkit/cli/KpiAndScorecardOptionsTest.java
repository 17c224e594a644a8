package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of cx kpi and cx scorecard that issue 20 added, on one small generated data set. */
class KpiAndScorecardOptionsTest {

    @TempDir
    static Path dir;

    private static String input;

    @BeforeAll
    static void generate() {
        assertThat(CliRun.of("generate", "--seed", "5", "--days", "7", "--contacts-per-day", "400", "--out",
                dir.toString()).exitCode()).isZero();
        input = dir.resolve("interactions.jsonl").toString();
    }

    @Test
    void fcrLeavesOutFirstContactsWhoseWindowRunsPastTheDataAndSaysHowMany() throws Exception {
        // Issue 20 item 5: a slice of 200 contacts over a few hours. No repeat window of 7 days fits in it, so
        // nothing can be judged; counted as resolved they gave an FCR near 100 %.
        Path slice = dir.resolve("slice.jsonl");
        Files.write(slice, Files.readAllLines(Path.of(input)).subList(0, 200));

        Map<String, Object> censored = JsonTestSupport.parseObject(CliRun.of("kpi", "--input", slice.toString(),
                "--json").out());
        Map<String, Object> kept = JsonTestSupport.parseObject(CliRun.of("kpi", "--input", slice.toString(),
                "--fcr-keep-censored", "--json").out());
        CliRun text = CliRun.of("kpi", "--input", slice.toString());

        Map<String, Object> fcr = kpi(censored, "cx.kpi.fcr");
        assertThat(fcr.get("value")).isNull();
        assertThat(fcr.get("count")).isEqualTo(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) censored.get("fcrCounts");
        assertThat((Integer) counts.get("censored")).isPositive().isEqualTo(counts.get("firstContacts"));
        assertThat((Double) kpi(kept, "cx.kpi.fcr").get("value")).isGreaterThan(0.9);
        assertThat(kpi(kept, "cx.kpi.fcr").get("variant")).isEqualTo("per-issue/P7D");
        assertThat(text.out()).contains("judged as of").contains("leaves out " + counts.get("censored")
                + " first contacts whose 7-day repeat window runs past it");
    }

    @Test
    void byGivesEveryKpiPerGroupInJsonAndAHeadlineTableInText() {
        Map<String, Object> json = JsonTestSupport.parseObject(CliRun.of("kpi", "--input", input, "--by",
                "channel,hour", "--by", "team+tier", "--zone", "Europe/Rome", "--json").out());
        CliRun text = CliRun.of("kpi", "--input", input, "--by", "CHANNEL");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups = (List<Map<String, Object>>) json.get("groups");
        assertThat(groups).extracting(g -> String.valueOf(g.get("by"))).containsOnly("channel", "hour", "team+tier");
        assertThat(groups).filteredOn(g -> "hour".equals(g.get("by"))).hasSizeLessThanOrEqualTo(24)
                .allSatisfy(g -> assertThat(g).containsKeys("tags", "kpis"));
        assertThat(groups).filteredOn(g -> "channel".equals(g.get("by")))
                .extracting(g -> String.valueOf(((Map<?, ?>) g.get("tags")).get("channel")))
                .contains("PHONE", "CHAT", "EMAIL");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("By channel").contains("FCR").contains("SL f3").containsPattern("(?m)^PHONE ");
        CliRun unknown = CliRun.of("kpi", "--input", input, "--by", "queue");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--by queue").contains("channel, team, tier, agent, reason, hour, day, week");
    }

    @Test
    void targetsFileOverridesAddsAndRemovesRowsAndRefusesAWrongUnit() throws Exception {
        Path targets = Files.writeString(dir.resolve("targets.txt"), """
                # our own targets
                cx.kpi.fcr               >=  70%
                cx.kpi.aht               <   10m        AHT (complex voice)
                cx.kpi.churn             off
                cx.kpi.nps               >=  20         NPS
                """);
        Map<String, Object> json = JsonTestSupport.parseObject(CliRun.of("scorecard", "--input", input, "--targets",
                targets.toString(), "--json").out());

        List<Map<String, Object>> rows = rows(json);
        assertThat(rows).extracting(r -> String.valueOf(r.get("id"))).doesNotContain("cx.kpi.churn")
                .endsWith("cx.kpi.nps");
        assertThat(row(rows, "cx.kpi.fcr").get("target")).isEqualTo(0.7);
        assertThat(row(rows, "cx.kpi.aht").get("target")).isEqualTo(600.0);
        assertThat(row(rows, "cx.kpi.aht").get("label")).isEqualTo("AHT (complex voice)");
        assertThat(row(rows, "cx.kpi.nps").get("unit")).isEqualTo("NPS_POINTS");

        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "cx.kpi.aht < 80%\n");
        CliRun run = CliRun.of("scorecard", "--input", input, "--targets", wrong.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("wrong.txt:1").contains("is a percentage, but the KPI is in SECONDS")
                .hasLineCount(1);
    }

    @Test
    void serviceLevelAsaAndAbandonmentAreRowsAndTheFormulaCanBeChosen() {
        List<Map<String, Object>> f3 = rows(JsonTestSupport.parseObject(CliRun.of("scorecard", "--input", input,
                "--json").out()));
        List<Map<String, Object>> f2 = rows(JsonTestSupport.parseObject(CliRun.of("scorecard", "--input", input,
                "--sl-formula", "2", "--threshold", "30s", "--json").out()));

        assertThat(f3).extracting(r -> String.valueOf(r.get("id")))
                .contains("cx.kpi.service_level", "cx.kpi.asa", "cx.kpi.abandonment");
        assertThat(row(f3, "cx.kpi.service_level").get("variant")).isEqualTo("formula3");
        assertThat(row(f2, "cx.kpi.service_level").get("variant")).isEqualTo("formula2");
        assertThat(row(f3, "cx.kpi.asa").get("status")).isNotEqualTo("NO_DATA");
    }

    @Test
    void rosterGivesAttritionAndTenureAndABadRowNamesItsLineNotItsValues() throws Exception {
        List<Map<String, Object>> without = rows(JsonTestSupport.parseObject(CliRun.of("scorecard", "--input", input,
                "--json").out()));
        List<Map<String, Object>> with = rows(JsonTestSupport.parseObject(CliRun.of("scorecard", "--input", input,
                "--roster", dir.resolve("agents.csv").toString(), "--json").out()));

        assertThat(row(without, "cx.kpi.attrition").get("status")).isEqualTo("NO_DATA");
        assertThat(row(with, "cx.kpi.attrition").get("status")).isNotEqualTo("NO_DATA");
        assertThat(row(with, "cx.kpi.tenure").get("status")).isNotEqualTo("NO_DATA");

        Path bad = Files.writeString(dir.resolve("bad-roster.csv"),
                "agent_id,team,tier,hired_on,left_on\nJane Doe,billing,T1,2024-13-01,\n");
        CliRun run = CliRun.of("kpi", "--input", input, "--roster", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad-roster.csv:2: column 'hired_on'").doesNotContain("Jane");
    }

    @Test
    void rejectsShowTheFirstFiveAndTheFileHoldsThemAll() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(input)).subList(0, 20));
        for (int i = 0; i < 7; i++) {
            lines.set(i * 2, lines.get(i * 2).replaceFirst("\"queuedAt\":\"[^\"]+\"", "\"queuedAt\":\"yesterday\""));
        }
        Path bad = dir.resolve("seven-bad.jsonl");
        Files.write(bad, lines);
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun run = CliRun.of("kpi", "--input", bad.toString(), "--skip-bad", "--rejects", rejects.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("7 of 20 records rejected and left out; first: seven-bad.jsonl:1:")
                .contains("  seven-bad.jsonl:5: field 'queuedAt'").contains("  seven-bad.jsonl:9:")
                .doesNotContain("seven-bad.jsonl:11:").contains("… and 2 more in " + rejects)
                .contains("35.0 % of the records were rejected; most common: INVALID_VALUE 'queuedAt' (7)");
        assertThat(Files.readAllLines(rejects)).hasSize(7).allSatisfy(line -> {
            Map<String, Object> reject = JsonTestSupport.parseObject(line);
            assertThat(reject).containsEntry("field", "queuedAt").containsEntry("kind", "INVALID_VALUE")
                    .containsKeys("source", "line", "message");
        });
    }

    private static Map<String, Object> kpi(Map<String, Object> json, String id) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kpis = (List<Map<String, Object>>) json.get("kpis");
        return kpis.stream().filter(k -> id.equals(k.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> json) {
        return (List<Map<String, Object>>) ((Map<String, Object>) json.get("scorecard")).get("rows");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String id) {
        return rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }
}
