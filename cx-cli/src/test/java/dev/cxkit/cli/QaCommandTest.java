package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.cxkit.cli.report.ReportPanel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.InteractionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx qa on one small generated data set: per-team table, JSON contract, calibration, bad files, the report panel. */
class QaCommandTest {

    @TempDir
    static Path dir;

    private static Path input;

    @BeforeAll
    static void generate() {
        CliRun generated = CliRun.of("generate", "--seed", "5", "--days", "7", "--out", dir.toString(), "--json");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        input = dir.resolve("interactions.jsonl");
    }

    @Test
    void printsOneRowPerTeamWithMeanIntervalAndCoachingList() {
        CliRun run = CliRun.of("qa", "--input", input.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("scored with the default rubric (8 criteria, 100 points)", "(the end of the data)")
                .contains("team", "mean [95 % CI]", "coaching list (points lost)")
                .containsPattern("(?m)^billing +[0-9,]+ +[0-9.]+ \\[[0-9.]+, [0-9.]+\\] +[0-9,]+ +[a-z-]+ \\(");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonGroupsByAgentAndCalibratesAgainstHumanVerdicts() throws IOException {
        String id;
        try (var lines = Files.lines(input)) {
            id = lines.filter(l -> l.contains("\"answeredAt\"") && l.contains("\"resolved\":true")).findFirst().orElseThrow()
                    .replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
        }
        Path human = dir.resolve("human.csv");
        Files.writeString(human, "interaction_id,criterion_id,result,overall_score\n" + id + ",resolved,pass,100\n"
                + "nobody,resolved,fail\n");

        CliRun run = CliRun.of("qa", "--input", input.toString(), "--by", "agent", "--calibrate", human.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json).containsEntry("by", "agent").containsEntry("asOfSource", "end-of-data");
        Map<String, Object> all = (Map<String, Object>) json.get("all");
        assertThat(all).containsKeys("scored", "unscored", "autoFails", "mean", "ciLow", "ciHigh", "coaching", "criteria");
        assertThat((Map<String, Object>) json.get("groups")).isNotEmpty()
                .allSatisfy((agent, summary) -> assertThat(agent).matches("a-[0-9]+|\\(unknown\\)"));
        Map<String, Object> calibration = (Map<String, Object>) json.get("calibration");
        assertThat(calibration).containsEntry("scorePairs", 1).containsEntry("unmatchedInteractions", 1);
        Map<String, Object> resolved = ((List<Map<String, Object>>) calibration.get("criteria")).get(0);
        // One pair, both pass: agreement 1, kappa undefined (null, never NaN).
        assertThat(resolved).containsEntry("id", "resolved").containsEntry("pairs", 1).containsEntry("observedAgreement", 1.0)
                .containsEntry("kappa", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAPolicyWithinAuthorityNeverAppliesSoNothingAutoFails() {
        CliRun run = CliRun.of("qa", "--input", input.toString(), "--no-policy", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> all = (Map<String, Object>) JsonTestSupport.parseObject(run.out()).get("all");
        assertThat(all).containsEntry("autoFails", 0);
        assertThat((List<Map<String, Object>>) all.get("criteria")).extracting(c -> c.get("id"))
                .doesNotContain("within-authority").contains("resolved");
    }

    @Test
    void aBadRubricFailsWithFileLineAndHint() throws IOException {
        Path rubric = dir.resolve("bad-rubric.csv");
        Files.writeString(rubric, "# mine\nwarm, 10, -, warm-transfers\n");

        CliRun run = CliRun.of("qa", "--input", input.toString(), "--rubric", rubric.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad-rubric.csv:2: unknown check 'warm-transfers'; the checks are hold-explained,");
    }

    @Test
    void panelHasOneRowPerTeamWithTheCoachingList() {
        QaPanel qa = QaPanel.of(dev.cxkit.synthetic.GeneratorConfig.ofDefaults().calendar(),
                java.time.Instant.parse("2026-04-30T00:00:00Z"));
        InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(input, (Interaction i) -> qa.accept(i));
        ReportPanel panel = qa.panel();

        assertThat(panel.id()).isEqualTo("qa-scores");
        assertThat(panel.lead()).startsWith("Every answered contact scored against the default rubric");
        ReportPanel.Table table = panel.tables().get(0);
        assertThat(table.columns()).containsExactly("Team", "Scored", "Mean [95 % CI]", "Auto-fails", "Coaching list (points lost)");
        assertThat(table.rows()).extracting(r -> r.get(0)).contains("billing", "tech");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.get(4)).matches("[a-z-]+ \\([0-9,]+\\)(, [a-z-]+ \\([0-9,]+\\))*"));
    }
}
