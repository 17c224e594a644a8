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
        assertThat(quality).hasSize(dev.cxkit.core.MistakeCode.values().length);
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
    void caseHistoriesFurtherOutOfOrderThanTheLookAheadAreSortedNotMisjudged() {
        // The generated case file lists cases by their first contact, but a history starts when that
        // contact is answered (e-mail: days later). Without look-ahead, feeding the file as it comes
        // would bring resolutions after the follow-up contacts they needed (before issue 20 this
        // printed a warning and misjudged NO_FOLLOW_UP); now the survey sees it and sorts the events.
        CliRun run = audit("--case-lookahead", "PT0S", "--truth", dir.resolve("truth.jsonl").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("case histories");
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(((Number) json.get("lateCaseHistories")).longValue()).isZero();
        assertThat((Map<String, Object>) json.get("order")).containsEntry("caseEventsSorted", true);
        Map<String, Object> followUps = ((List<Map<String, Object>>) json.get("quality")).stream()
                .filter(row -> "NO_FOLLOW_UP".equals(row.get("code"))).findFirst().orElseThrow();
        assertThat(((Number) followUps.get("precision")).doubleValue()).isEqualTo(1.0);
    }

    @Test
    void theDefaultLookAheadFeedsEveryHistoryInTime() {
        CliRun run = audit("--json");

        assertThat(run.err()).doesNotContain("case histories");
        assertThat(((Number) JsonTestSupport.parseObject(run.out()).get("lateCaseHistories")).longValue()).isZero();
    }

    @Test
    void aBadCaseLookaheadIsExit2WithAHint() {
        assertThat(audit("--case-lookahead", "two weeks").err()).contains("--case-lookahead: 'two weeks' is not a duration",
                "Maybe", "P7D");
        assertThat(audit("--case-lookahead", "-P1D").exitCode()).isEqualTo(2);
        // Issue 20: the short forms every other duration option takes.
        assertThat(audit("--case-lookahead", "14d").exitCode()).isZero();
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

    /** The findings of a --json run as sorted lines, to compare runs whose findings may come in another order. */
    @SuppressWarnings("unchecked")
    private static List<String> findings(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> finding : (List<Map<String, Object>>) JsonTestSupport.parseObject(run.out()).get("findings")) {
            lines.add(new java.util.TreeMap<>(finding).toString());
        }
        lines.sort(null);
        return lines;
    }

    /** Each finding's code, rule, subjects and time, sorted. */
    @SuppressWarnings("unchecked")
    private static List<String> subjects(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) JsonTestSupport.parseObject(run.out()).get("findings")) {
            lines.add(f.get("code") + " " + f.get("ruleId") + " " + f.get("interactionId") + " " + f.get("caseId") + " "
                    + f.get("agentId") + " " + f.get("team") + " " + f.get("occurredAt"));
        }
        lines.sort(null);
        return lines;
    }

    @Test
    void shuffledInputGivesTheFindingsOfSortedInput() throws Exception {
        // Issue 20 item 1: before, a shuffled file lost three quarters of its REPEAT_CONTACT findings with a one-line note.
        List<String> contacts = new ArrayList<>(Files.readAllLines(dir.resolve("interactions.jsonl")));
        List<String> events = new ArrayList<>(Files.readAllLines(dir.resolve("cases.jsonl")));
        java.util.Collections.shuffle(contacts, new java.util.Random(20));
        java.util.Collections.shuffle(events, new java.util.Random(20));
        Path shuffled = dir.resolve("shuffled.jsonl");
        Path shuffledCases = dir.resolve("shuffled-cases.jsonl");
        Files.write(shuffled, contacts);
        Files.write(shuffledCases, events);

        CliRun sorted = audit("--json");
        CliRun run = CliRun.of("audit", "--input", shuffled.toString(), "--cases", shuffledCases.toString(), "--as-of", periodEnd,
                "--json");

        assertThat(findings(run)).isEqualTo(findings(sorted)).hasSizeGreaterThan(1_000);
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json.get("order").toString()).contains("contactsSorted=true", "caseEventsSorted=true");
        assertThat(json.get("late").toString()).isEqualTo("{contacts=0, caseEvents=0}");
    }

    @Test
    void aHistoricalFileJudgedWithoutAsOfGivesTheFindingsOfItsPeriodEnd() {
        // Issue 20 item 2: before, the default was the wall clock (316 false findings on a historical file).
        CliRun withAsOf = audit("--json");
        CliRun withoutAsOf = CliRun.of("audit", "--input", dir.resolve("interactions.jsonl").toString(),
                "--cases", dir.resolve("cases.jsonl").toString(), "--json");
        CliRun text = CliRun.of("audit", "--input", dir.resolve("interactions.jsonl").toString(),
                "--cases", dir.resolve("cases.jsonl").toString());

        // The same findings; only evidence that quotes the as-of ("fulfilledAt=not by …", "openFor") may differ.
        assertThat(subjects(withoutAsOf)).isEqualTo(subjects(withAsOf)).hasSizeGreaterThan(1_000);
        Map<String, Object> json = JsonTestSupport.parseObject(withoutAsOf.out());
        assertThat(json).containsEntry("asOfSource", "end-of-data");
        // The generated set is an export taken at its period end: its last record is just before it.
        assertThat(java.time.Instant.parse((String) json.get("asOf"))).isBefore(java.time.Instant.parse(periodEnd))
                .isAfter(java.time.Instant.parse(periodEnd).minus(java.time.Duration.ofHours(1)));
        assertThat(JsonTestSupport.parseObject(withAsOf.out())).containsEntry("asOf", periodEnd).containsEntry("asOfSource", "option");
        assertThat(text.out()).contains("as of " + json.get("asOf") + " (the end of the data");
    }

    @Test
    void anIsraeliCalendarFileChangesWhichEmailRepliesAreSlow() throws Exception {
        // An e-mail queued on Thursday 2026-03-05 at 10:00 Israel time (08:00 UTC) and answered on Sunday at 14:00
        // (12:00 UTC). Sunday-to-Thursday 08:00-17:00: 7 + 6 = 13 business hours, in time. The default calendar
        // (Berlin, Monday-Friday 08:00-20:00, Saturday 09:00-14:00): 11 + 12 + 5 = 28 hours, slow.
        Path contacts = dir.resolve("israel.jsonl");
        Files.writeString(contacts, "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"EMAIL\",\"reason\":\"billing.refund\","
                + "\"queuedAt\":\"2026-03-05T08:00:00Z\",\"answeredAt\":\"2026-03-08T12:00:00Z\",\"endedAt\":\"2026-03-08T12:05:00Z\"}\n");
        Path calendar = dir.resolve("israel.calendar");
        Files.writeString(calendar, "zone = Asia/Jerusalem\nsunday-thursday = 08:00-17:00\n");

        CliRun berlin = CliRun.of("audit", "--input", contacts.toString(), "--json");
        CliRun israel = CliRun.of("audit", "--input", contacts.toString(), "--calendar", calendar.toString(), "--json");
        CliRun emailDesk = CliRun.of("audit", "--input", contacts.toString(), "--calendar", "email=" + calendar, "--json");

        assertThat(findings(berlin)).singleElement().asString().contains("slow-first-reply-email", "businessTime=PT28H");
        assertThat(findings(israel)).isEmpty();
        assertThat(findings(emailDesk)).isEmpty();
    }

    @Test
    void aThresholdsFileChangesTheLimitsAndABadOneIsExit2NamingItsLine() throws Exception {
        Path lenient = dir.resolve("lenient.thresholds");
        Files.writeString(lenient, "# holds up to 20 minutes are fine here\nlongHold = 20m\n");
        Path broken = dir.resolve("broken.thresholds");
        Files.writeString(broken, "longHold = 20m\nlongHolds = 30m\n");

        CliRun strict = audit("--json");
        CliRun relaxed = audit("--thresholds", lenient.toString(), "--json");
        CliRun bad = audit("--thresholds", broken.toString());

        assertThat(counts(strict)).containsKey("LONG_HOLD");
        assertThat(counts(relaxed)).doesNotContainKey("LONG_HOLD");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("broken.thresholds:2: unknown setting longholds.", "Maybe longHold?");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return (Map<String, Object>) JsonTestSupport.parseObject(run.out()).get("counts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void flagsThatWereNotRecordedAreReportedAsNotJudgedInTextAndJson() throws Exception {
        // The same hold twice: once with explained false (a finding), once without the flag (not judged).
        Path contacts = dir.resolve("flags.jsonl");
        String hold = "\"holds\":[{\"start\":\"2026-03-02T09:01:00Z\",\"end\":\"2026-03-02T09:02:00Z\"%s}]";
        String line = "{\"id\":\"i-%d\",\"customerId\":\"c-%d\",\"channel\":\"PHONE\",\"reason\":\"billing.refund\","
                + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:10Z\",\"endedAt\":\"2026-03-02T09:05:00Z\","
                + hold + "}\n";
        Files.writeString(contacts, String.format(line, 1, 1, ",\"explained\":false") + String.format(line, 2, 2, ""));

        CliRun json = CliRun.of("audit", "--input", contacts.toString(), "--json");
        CliRun text = CliRun.of("audit", "--input", contacts.toString());

        assertThat(counts(json)).containsEntry("UNEXPLAINED_HOLD", 1);
        assertThat((Map<String, Object>) JsonTestSupport.parseObject(json.out()).get("notJudged"))
                .containsEntry("UNEXPLAINED_HOLD", 1).containsEntry("COLD_TRANSFER", 0).containsEntry("EMOTION_NOT_ACKNOWLEDGED", 0);
        assertThat(text.out()).contains("Not judged", "UNEXPLAINED_HOLD", "1 contacts without hold time, or a hold's explained flag");
    }

    @Test
    void aBadCalendarFileIsExit2NamingItsLineBeforeAnyInputIsRead() throws Exception {
        Path calendar = dir.resolve("bad.calendar");
        Files.writeString(calendar, "zone = Asia/Jerusalem\nsunday-thursday = 8-17\n");

        CliRun run = audit("--calendar", calendar.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.calendar:2: opening hours 8-17 are not HH:MM-HH:MM.", "Maybe");
    }
}
