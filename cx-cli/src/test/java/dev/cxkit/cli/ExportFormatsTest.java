package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format}, {@code --mapping}, {@code --zone}, {@code --delimiter}: exports read through cx-exports. */
class ExportFormatsTest {

    /**
     * Four calls in the shape of the Anonymous Bank queue log: the second hangs up, the third crosses
     * midnight, the fourth is answered a second before it arrived.
     */
    private static final String LOG = """
            call\tdate\tarrived\tanswered\tended\ttalk\toutcome
            1\t990220\t10:00:00\t10:00:20\t10:05:20\t300\tAGENT
            2\t990220\t11:00:00\t0:00:00\t11:00:40\t0\tHANG
            3\t990220\t23:59:30\t23:59:50\t0:04:50\t300\tAGENT
            4\t990220\t12:00:00\t11:59:59\t12:04:59\t300\tAGENT
            """;

    private static final String MAPPING = """
            delimiter    = tab
            zone         = Asia/Jerusalem
            date-column  = date
            date-pattern = yyMMdd
            time-pattern = H:mm:ss
            empty        = 0:00:00
            id           = call
            customerId   = call
            const.channel = PHONE
            queuedAt     = arrived
            answeredAt   = answered
            endedAt      = ended
            talk         = talk
            outcome      = outcome
            map.outcome.AGENT = answered
            map.outcome.HANG  = abandoned
            """;

    private static Path[] files(Path dir) throws IOException {
        Path log = dir.resolve("log.txt");
        Path mapping = dir.resolve("log.mapping");
        Files.writeString(log, LOG, StandardCharsets.UTF_8);
        Files.writeString(mapping, MAPPING, StandardCharsets.UTF_8);
        return new Path[] {log, mapping};
    }

    @Test
    void kpiReadsAQueueLogThroughAMappingAndSaysWhatItDoesNotCarry(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);

        CliRun run = CliRun.of("kpi", "--format", "mapped", "--mapping", f[1].toString(), "--input", f[0].toString(),
                "--clock-skew", "PT2S");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("4 interactions from ");
        // Answered: 20 s, 20 s (across midnight), 0 s (moved up within the tolerance): ASA 13.3 s.
        assertThat(run.out()).containsPattern("cx\\.kpi\\.asa\\s+13\\.3 s\\s+3");
        // The log has talk but no hold or wrap-up: no handle time, "-" rather than a measured zero.
        assertThat(run.out()).containsPattern("cx\\.kpi\\.aht\\s+-\\s+0");
        assertThat(run.out()).contains("hold time           4 of 4 records")
                .contains("1 records had a time moved up to the one it follows");
    }

    /**
     * The audit reads an export twice (a survey, then the audit). Its second read picked the reader
     * by file name, so an export reached the audit as rejected JSON Lines: "audited 4", none judged.
     * This log is also out of order (sorted on disk first) and has an answer moved within
     * --clock-skew, which the sorted runs must read back.
     */
    @Test
    void theAuditJudgesTheContactsOfAnExportSortedAndWithinTheClockSkew(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);

        CliRun run = CliRun.of("audit", "--format", "mapped", "--mapping", f[1].toString(), "--input", f[0].toString(),
                "--clock-skew", "PT2S", "--json");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        // Three answered calls without hold or transfer facts are not judged on them; before, none reached the audit.
        assertThat(run.out()).contains("\"HOLD_OVER_STATED\":3", "\"COLD_TRANSFER\":3", "\"contactsSorted\":true",
                "\"accepted\":4");
    }

    @Test
    void withoutTheToleranceTheEarlyAnswerIsARejectThatSaysClockSkew(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);

        CliRun run = CliRun.of("kpi", "--format", "mapped", "--mapping", f[1].toString(), "--input", f[0].toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("log.txt:5: field 'answered'").contains("Maybe clock skew");
    }

    @Test
    void countsInteractionsNotTheRecordsJoinedIntoThem(@TempDir Path dir) throws IOException {
        Path tickets = dir.resolve("tickets.json");
        Path metrics = dir.resolve("metrics.json");
        Files.writeString(tickets, "{\"tickets\":[{\"id\":1,\"status\":\"solved\",\"via\":{\"channel\":\"email\"},"
                + "\"requester_id\":7,\"created_at\":\"2024-03-04T09:00:00Z\",\"updated_at\":\"2024-03-04T12:00:00Z\"}]}\n",
                StandardCharsets.UTF_8);
        Files.writeString(metrics, "{\"ticket_metrics\":[{\"ticket_id\":1,\"reply_time_in_minutes\":{\"calendar\":30},"
                + "\"solved_at\":\"2024-03-04T11:00:00Z\",\"reopens\":0}]}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("kpi", "--format", "zendesk", "--input", dir.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 records read: 1 interactions, 1 records joined into them");
        assertThat(run.out()).contains("\"accepted\":1");
    }

    @Test
    void explainsFormatMistakes(@TempDir Path dir) throws IOException {
        Path[] f = files(dir);

        assertThat(CliRun.of("kpi", "--format", "mapped", "--input", f[0].toString()).err())
                .contains("--format mapped needs --mapping FILE");
        assertThat(CliRun.of("kpi", "--format", "hubspot", "--input", f[0].toString()).err())
                .contains("Unknown --format hubspot. Allowed: jsonl, csv, zendesk");
        assertThat(CliRun.of("kpi", "--input", f[0].toString(), "--delimiter", "tab").err())
                .contains("apply to an export");
        assertThat(CliRun.of("kpi", "--format", "freshdesk", "--input", f[0].toString()).err())
                .contains("--zone");
        CliRun comma = CliRun.of("kpi", "--format", "mapped", "--mapping", f[1].toString(), "--input", f[0].toString(),
                "--delimiter", "comma");
        assertThat(comma.exitCode()).isEqualTo(2);
        assertThat(comma.err()).contains("Maybe the file uses another delimiter");
        assertThat(CliRun.of("kpi", "--format", "mapped", "--mapping", f[0].toString(), "--input", f[0].toString())
                .err()).contains("log.txt:1: expected 'key = value'");
    }
}
