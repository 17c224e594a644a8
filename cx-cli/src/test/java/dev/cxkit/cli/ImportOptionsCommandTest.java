package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import side of {@code cx kpi}, {@code cx scorecard} and {@code cx audit}: a fact the file does
 * not carry is printed as no data and listed (issue 19 §2), {@code --clock-skew} (issue 19 §1), and
 * {@code --pseudonymise-key-file} (issue 25 item 10).
 */
class ImportOptionsCommandTest {

    /** A queue log without hold, wrap-up, transfer or survey columns, as issue 19 describes it. */
    private static final String QUEUE_LOG = "id,customer_id,channel,queued_at,answered_at,ended_at,talk_seconds\n"
            + "i-1,c-1,PHONE,2026-03-02T09:00:00Z,2026-03-02T09:00:15Z,2026-03-02T09:05:15Z,300\n"
            + "i-2,c-2,PHONE,2026-03-02T09:01:00Z,2026-03-02T09:01:30Z,2026-03-02T09:04:30Z,180\n"
            + "i-3,c-3,PHONE,2026-03-02T09:02:00Z,,,\n";

    private static final String KEY = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void kpiPrintsNoDataForFactsTheFileDoesNotCarryAndListsThem() throws IOException {
        Path file = write("queue.csv", QUEUE_LOG);

        CliRun run = CliRun.of("kpi", "--input", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Before: hold.mean 0.0 s, transfer 0.0 %, escalation 0.0 % over every call.
        assertThat(run.out()).containsPattern("cx\\.kpi\\.hold\\.mean +- +0\\n")
                .containsPattern("cx\\.kpi\\.transfer +- +0\\n")
                .containsPattern("cx\\.kpi\\.escalation +- +0\\n")
                .containsPattern("cx\\.kpi\\.aht +- +0\\n")
                // The abandon at an unknown time is an abandon, not a short one: 1 of 3.
                .containsPattern("cx\\.kpi\\.abandonment \\[short-abandon/PT5S] +33\\.3 % +3\\n");
        assertThat(run.out()).contains("Not recorded in the input")
                .containsPattern("\\n  hold_seconds +3 of 3 records\\n")
                .containsPattern("\\n  transfers \\(no CSV column\\) +3 of 3 records\\n")
                .containsPattern("\\n  ended_at of abandoned contacts +1 of 3 records\\n");
    }

    @Test
    void kpiJsonCarriesTheNotRecordedCountsWithTheInput() throws IOException {
        Path file = write("queue.csv", QUEUE_LOG);

        CliRun run = CliRun.of("kpi", "--input", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"notRecorded\":{\"talk_seconds\":1,\"hold_seconds\":3,\"acw_seconds\":3,"
                + "\"transfers (no CSV column)\":3,\"ended_at of abandoned contacts\":1,\"resolved\":3,"
                + "\"csat, ces, nps\":3}");
    }

    @Test
    void clockSkewMovesTimesWithinTheToleranceAndSaysSo() throws IOException {
        Path file = write("skew.csv", "id,customer_id,channel,queued_at,answered_at,ended_at,talk_seconds,"
                + "hold_seconds,acw_seconds\n"
                + "i-1,c-1,PHONE,2026-03-02T09:00:01Z,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,299,0,10\n");

        CliRun strict = CliRun.of("kpi", "--input", file.toString());
        CliRun tolerant = CliRun.of("kpi", "--input", file.toString(), "--clock-skew", "PT2S");
        CliRun tooMuch = CliRun.of("kpi", "--input", file.toString(), "--clock-skew", "PT2H");

        assertThat(strict.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(strict.err()).contains("skew.csv:2: field 'answered_at'", "Maybe clock skew?");
        assertThat(tolerant.exitCode()).as(tolerant.err()).isZero();
        assertThat(tolerant.out()).contains("1 records had a time moved up to the one it follows (within --clock-skew).");
        assertThat(tooMuch.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooMuch.err()).contains("--clock-skew: The clockSkew (PT2H) is outside PT0S–PT1M.");
    }

    @Test
    void pseudonymisedCustomersGiveTheSameFigures() throws IOException {
        // Two contacts of one customer on one issue: the repeat links them with or without pseudonyms.
        Path file = write("repeat.jsonl",
                "{\"id\":\"i-1\",\"customerId\":\"jane.doe@example.com\",\"channel\":\"PHONE\",\"reason\":\"billing\","
                + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:10Z\","
                + "\"endedAt\":\"2026-03-02T09:05:00Z\",\"talkSeconds\":290}\n"
                + "{\"id\":\"i-2\",\"customerId\":\"jane.doe@example.com\",\"channel\":\"PHONE\",\"reason\":\"billing\","
                + "\"queuedAt\":\"2026-03-03T09:00:00Z\",\"answeredAt\":\"2026-03-03T09:00:10Z\","
                + "\"endedAt\":\"2026-03-03T09:05:00Z\",\"talkSeconds\":290}\n");
        Path key = write("key", KEY);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));

        CliRun plain = CliRun.of("kpi", "--input", file.toString(), "--json");
        CliRun pseudonymised = CliRun.of("kpi", "--input", file.toString(), "--json", "--pseudonymise-key-file",
                key.toString());
        CliRun audit = CliRun.of("audit", "--input", file.toString(), "--as-of", "2026-03-10T00:00:00Z",
                "--pseudonymise-key-file", key.toString());

        assertThat(pseudonymised.exitCode()).as(pseudonymised.err()).isZero();
        assertThat(pseudonymised.err()).isEmpty();
        assertThat(pseudonymised.out()).isEqualTo(plain.out()).contains("\"id\":\"cx.kpi.fcr\"");
        assertThat(audit.exitCode()).as(audit.err()).isIn(0, ExitCodes.FINDINGS);
        assertThat(audit.out() + audit.err()).doesNotContain("jane");
    }

    @Test
    void aKeyThatIsTooShortOrReadableByOthersIsReported() throws IOException {
        Path file = write("queue.csv", QUEUE_LOG);
        Path shortKey = write("short", "secret\n");
        Path openKey = write("open", KEY);
        Files.setPosixFilePermissions(openKey, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun tooShort = CliRun.of("kpi", "--input", file.toString(), "--pseudonymise-key-file", shortKey.toString());
        CliRun readable = CliRun.of("kpi", "--input", file.toString(), "--pseudonymise-key-file", openKey.toString());
        CliRun missing = CliRun.of("kpi", "--input", file.toString(), "--pseudonymise-key-file",
                dir.resolve("none").toString());

        assertThat(tooShort.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(tooShort.err()).contains("--pseudonymise-key-file: The pseudonymisation key is 6 bytes")
                .doesNotContain("secret");
        assertThat(readable.exitCode()).isZero();
        assertThat(readable.err()).contains("warning: the key file", "can be read by other users");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("File not found", "(--pseudonymise-key-file)");
    }

    @Test
    void threadsParseInParallelAndGiveTheSameOutput() throws IOException {
        // About 400 KiB: several of the parallel reader's 64 KiB chunks, one bad line among them.
        StringBuilder lines = new StringBuilder();
        for (int k = 0; k < 3000; k++) {
            lines.append(k == 1700 ? "{\"id\":\"broken\"\n" : String.format(java.util.Locale.ROOT,
                    "{\"id\":\"i-%d\",\"customerId\":\"c-%d\",\"channel\":\"PHONE\",\"reason\":\"r-%d\","
                            + "\"queuedAt\":\"2026-03-02T09:%02d:00Z\",\"answeredAt\":\"2026-03-02T09:%02d:20Z\","
                            + "\"endedAt\":\"2026-03-02T09:%02d:50Z\",\"talkSeconds\":%d,\"sentiment\":0.%d}%n",
                    k, k % 97, k % 5, k % 60, k % 60, k % 60, 20 + k % 9, k % 10));
        }
        Path file = write("many.jsonl", lines.toString());

        CliRun one = CliRun.of("kpi", "--input", file.toString(), "--json", "--skip-bad");
        CliRun two = CliRun.of("kpi", "--input", file.toString(), "--json", "--skip-bad", "--threads", "2");
        CliRun none = CliRun.of("kpi", "--input", file.toString(), "--threads", "0");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).isEqualTo(one.out()).contains("\"rejected\":1");
        assertThat(two.err()).isEqualTo(one.err()).contains("many.jsonl:1701");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("--threads: 0 is outside 1–256.", "Maybe --threads ");
    }

    /**
     * The audit reads the contacts twice (a survey, then the audit). Its second read used the
     * default options, so a record the survey accepted within --clock-skew was dropped from the
     * audit without a word (no finding, though it was counted as audited).
     */
    @Test
    void theAuditsSecondReadKeepsTheClockSkew() throws IOException {
        Path skewed = write("skew.jsonl", "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"reason\":\"r\","
                + "\"queuedAt\":\"2026-03-02T09:00:01Z\",\"answeredAt\":\"2026-03-02T09:00:00Z\","
                + "\"endedAt\":\"2026-03-02T09:05:00Z\",\"talkSeconds\":200,\"customerRepeatedInformation\":true}\n"
                + "{\"id\":\"i-2\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"reason\":\"r\","
                + "\"queuedAt\":\"2026-03-02T10:00:00Z\",\"answeredAt\":\"2026-03-02T10:00:10Z\","
                + "\"endedAt\":\"2026-03-02T10:05:00Z\",\"talkSeconds\":200}\n");

        CliRun audit = CliRun.of("audit", "--input", skewed.toString(), "--clock-skew", "PT2S");

        assertThat(audit.exitCode()).as(audit.err()).isIn(0, 1);
        assertThat(audit.out()).contains("Audited 2 interactions").contains(": 2 findings")
                .containsPattern("CUSTOMER_REPEATED_INFO +1\\n").containsPattern("REPEAT_CONTACT +1\\n");

    }
}
