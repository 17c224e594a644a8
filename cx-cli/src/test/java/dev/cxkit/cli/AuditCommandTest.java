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

/** cx audit runs in-process on one small generated data set and is scored against its truth. */
class AuditCommandTest {

    @TempDir
    static Path dir;

    private static String periodEnd;

    @BeforeAll
    static void generate() {
        CliRun generated = CliRun.of("generate", "--seed", "5", "--days", "7", "--out", dir.toString(), "--json");
        assertThat(generated.exitCode()).isZero();
        periodEnd = (String) JsonTestSupport.parseObject(generated.out()).get("periodEnd");
    }

    private static CliRun audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--input", dir.resolve("interactions.jsonl").toString(),
                "--cases", dir.resolve("cases.jsonl").toString(), "--as-of", periodEnd));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheContractFieldsAndCountsAgreeWithTheFindings() {
        CliRun run = audit("--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
        Map<String, Object> counts = (Map<String, Object>) json.get("counts");
        assertThat(findings).isNotEmpty();
        assertThat(findings.get(0)).containsKeys("code", "interactionId", "severity", "evidence", "fix");
        long total = counts.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertThat(total).isEqualTo(findings.size());
        assertThat(findings.stream().filter(f -> "HOLD_OVER_STATED".equals(f.get("code"))).count())
                .isEqualTo(((Number) counts.get("HOLD_OVER_STATED")).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void truthGivesPrecisionAndRecallOfOneOnGeneratedData() {
        CliRun run = audit("--truth", dir.resolve("truth.jsonl").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> quality = (List<Map<String, Object>>) JsonTestSupport.parseObject(run.out()).get("quality");
        assertThat(quality).hasSize(16);
        for (Map<String, Object> row : quality) {
            if (((Number) row.get("truth")).longValue() > 0) {
                // The generator labels exactly what the catalog's default rules define (TruthLabel's Javadoc).
                assertThat(((Number) row.get("precision")).doubleValue()).as("precision of %s", row.get("code")).isEqualTo(1.0);
                assertThat(((Number) row.get("recall")).doubleValue()).as("recall of %s", row.get("code")).isEqualTo(1.0);
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutLookAheadLateCaseHistoriesAreWarnedAboutAndMisjudged() {
        // The generated case file lists cases by their first contact, but a history starts when that
        // contact is answered (e-mail: days later), so without look-ahead resolutions arrive after
        // the follow-up contacts they needed: NO_FOLLOW_UP fires wrongly, and the run says so.
        CliRun run = audit("--case-lookahead", "PT0S", "--truth", dir.resolve("truth.jsonl").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("case histories", "start before the contacts", "Maybe raise --case-lookahead");
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(((Number) json.get("lateCaseHistories")).longValue()).isPositive();
        Map<String, Object> followUps = ((List<Map<String, Object>>) json.get("quality")).stream()
                .filter(row -> "NO_FOLLOW_UP".equals(row.get("code"))).findFirst().orElseThrow();
        assertThat(((Number) followUps.get("precision")).doubleValue()).isLessThan(1.0);
    }

    @Test
    void theDefaultLookAheadFeedsEveryHistoryInTime() {
        CliRun run = audit("--json");

        assertThat(run.err()).doesNotContain("case histories");
        assertThat(((Number) JsonTestSupport.parseObject(run.out()).get("lateCaseHistories")).longValue()).isZero();
    }

    @Test
    void aBadCaseLookaheadIsExit2WithAHint() {
        assertThat(audit("--case-lookahead", "two weeks").err()).contains("--case-lookahead two weeks", "Maybe", "P14D");
        assertThat(audit("--case-lookahead", "-P1D").exitCode()).isEqualTo(2);
    }

    @Test
    void textShowsCountsWithAnExampleAndItsEvidence() {
        CliRun run = audit();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("findings", "HOLD_OVER_STATED", "e.g. interaction", "stated=", "fix:");
    }

    @Test
    void aRejectedLineFailsWithExit2AndPrintsNothing() throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, Files.readAllLines(dir.resolve("interactions.jsonl")).get(0) + "\n{\"id\":\"i-x\"}\n");

        CliRun run = CliRun.of("audit", "--input", bad.toString(), "--as-of", periodEnd, "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("bad.jsonl", "2");
    }

    @Test
    void aBrokenPolicyIsExit2NamingFileAndLineAlthoughTheReadersHaveStarted() throws Exception {
        // The readers start before the rules compile; a compilation failure must still end the run
        // with the policy's error, print no findings and leave no reader waiting.
        Path broken = dir.resolve("broken-policy.csv");
        Files.writeString(broken, "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                + "refund-t9,REFUND,T9,*,1.00,2.00,MANAGER,EUR,,\n");

        CliRun run = audit("--policy", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cx audit: ").contains("broken-policy.csv", "T9");
    }

    @Test
    void aBadAsOfIsExit2WithAHint() {
        CliRun run = CliRun.of("audit", "--input", dir.resolve("interactions.jsonl").toString(), "--as-of", "yesterday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of yesterday", "Maybe");
    }
}
