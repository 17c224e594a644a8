package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate, kpi and scorecard run in-process on one small generated data set. */
class DataCommandsTest {

    @TempDir
    static Path dir;

    private static CliRun generated;

    @BeforeAll
    static void generate() {
        generated = CliRun.of("generate", "--seed", "3", "--days", "7", "--out", dir.toString(), "--json");
    }

    @Test
    void generateWritesTheThreeFilesAndReportsWhatItMade() {
        assertThat(generated.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(generated.out());
        assertThat(json).containsKeys("out", "seed", "days", "interactions", "interactionsPerChannel", "cases", "truth");
        assertThat((Integer) json.get("interactions")).isPositive();
        assertThat(dir.resolve("interactions.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("cases.jsonl")).isNotEmptyFile();
        assertThat(dir.resolve("truth.jsonl")).isNotEmptyFile();
    }

    @Test
    void kpiPrintsTheContractIdsForTheGeneratedFile() {
        CliRun run = CliRun.of("kpi", "--input", dir.resolve("interactions.jsonl").toString(), "--json");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kpis = (List<Map<String, Object>>) json.get("kpis");
        assertThat(kpis).allSatisfy(k -> assertThat(k).containsKeys("id", "variant", "value", "count"));
        assertThat(kpis).extracting(k -> k.get("id")).contains("cx.kpi.fcr", "cx.kpi.repeat_contact", "cx.kpi.csat",
                "cx.kpi.ces", "cx.kpi.nps", "cx.kpi.aht", "cx.kpi.asa", "cx.kpi.service_level", "cx.kpi.abandonment",
                "cx.kpi.hold.mean", "cx.kpi.transfer", "cx.kpi.escalation", "cx.kpi.promise_kept",
                "cx.kpi.first_reply.p90");
        // Judged, and censored, at the last contact in the data (issue 20 item 5).
        assertThat(kpis).filteredOn(k -> "cx.kpi.fcr".equals(k.get("id"))).extracting(k -> k.get("variant"))
                .containsExactly("per-issue/P7D/as-of=" + json.get("fcrJudgedAt"));
        assertThat(json).containsKeys("asOf", "fcrJudgedAt", "fcrCounts");
        @SuppressWarnings("unchecked")
        Map<String, Object> input = (Map<String, Object>) json.get("input");
        assertThat(input.get("rejected")).isEqualTo(0);
        assertThat(input.get("accepted")).isEqualTo(JsonTestSupport.parseObject(generated.out()).get("interactions"));
    }

    @Test
    void kpiOptionsChangeTheVariants() {
        CliRun run = CliRun.of("kpi", "--input", dir.resolve("interactions.jsonl").toString(), "--fcr-window", "P3D",
                "--fcr-scope", "PER_CUSTOMER", "--short-abandon", "PT10S", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"id\":\"cx.kpi.fcr\",\"variant\":\"per-customer/P3D/as-of=")
                .contains("\"variant\":\"short-abandon/PT10S\"");
    }

    @Test
    void scorecardPrintsRowsWithIdValueTargetMetAndCount() {
        CliRun run = CliRun.of("scorecard", "--input", dir.resolve("interactions.jsonl").toString(), "--json");

        assertThat(run.exitCode()).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> scorecard = (Map<String, Object>) JsonTestSupport.parseObject(run.out()).get("scorecard");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) scorecard.get("rows");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys("id", "value", "target", "met", "count"));
        assertThat(rows).extracting(r -> r.get("id")).contains("cx.kpi.fcr", "cx.kpi.csat", "cx.kpi.aht");
    }

    @Test
    void aMalformedLineFailsWithFileLineAndFieldAndPrintsNothing() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        List<String> lines = Files.readAllLines(dir.resolve("interactions.jsonl")).subList(0, 3);
        Files.write(bad, List.of(lines.get(0), lines.get(1).replaceFirst("\"queuedAt\":\"[^\"]+\"",
                "\"queuedAt\":\"2026-03-02T09:00\""), lines.get(2)));

        CliRun run = CliRun.of("kpi", "--input", bad.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        // The first reject, then (one of three is more than 1 %) the share and the most common reasons.
        assertThat(run.err()).startsWith("cx kpi: bad.jsonl:2: field 'queuedAt'").contains("1 of 3 records rejected")
                .contains("33.3 % of the records were rejected; most common: INVALID_VALUE 'queuedAt' (1)")
                .hasLineCount(2);

        CliRun skipping = CliRun.of("kpi", "--input", bad.toString(), "--skip-bad", "--json");
        assertThat(skipping.exitCode()).isZero();
        assertThat(skipping.out()).contains("\"rejected\":1,\"rejectedShare\":0.3333333333333333,\"skewWarning\":true,"
                + "\"topRejectReasons\":[{\"kind\":\"INVALID_VALUE\",\"field\":\"queuedAt\",\"count\":1}]");
        assertThat(skipping.err()).contains("1 of 3 records rejected and left out")
                .contains("warning: 33.3 % of the records were rejected; most common: INVALID_VALUE 'queuedAt' (1). "
                        + "The figures leave them out and may be skewed.");
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun run = CliRun.of("scorecard", "--input", dir.resolve("nope.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("File not found").contains("nope.jsonl").hasLineCount(1);
    }
}
