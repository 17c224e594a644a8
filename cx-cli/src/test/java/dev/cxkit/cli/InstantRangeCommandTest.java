package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25 item 6: instants from outside are bounded to 1970–2200 at the reader and at the options,
 * so that no KPI arithmetic overflows (exit 3) on something the reader accepted.
 */
class InstantRangeCommandTest {

    private static final String FAR = "{\"id\":\"%s\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"reason\":\"r\","
            + "\"queuedAt\":\"%s\",\"answeredAt\":\"%s\",\"endedAt\":\"%s\",\"talkSeconds\":1,\"holdSeconds\":0,"
            + "\"acwSeconds\":0,\"transfers\":[]}\n";

    private static Path file(Path dir) throws IOException {
        Path file = dir.resolve("far.jsonl");
        Files.writeString(file,
                FAR.formatted("i-1", "-999999999-01-01T00:00:00Z", "2026-03-02T09:00:00Z", "2026-03-02T09:00:01Z")
                + FAR.formatted("i-2", "2026-03-02T09:00:00Z", "2026-03-02T09:00:00Z", "+999999999-12-31T23:59:59Z")
                // The edges of the range, as far apart as accepted input can be: must not overflow either.
                + FAR.formatted("i-3", "1970-01-01T00:00:00Z", "2199-12-31T23:59:58Z", "2199-12-31T23:59:59Z")
                + FAR.formatted("i-4", "1970-01-01T00:00:00Z", "1970-01-01T00:00:01Z", "2199-12-31T23:59:59Z"));
        return file;
    }

    @Test
    void kpiSkipBadRejectsInstantsOutsideTheRangeAndComputesTheRest(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("kpi", "--input", file(dir).toString(), "--skip-bad", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("2 of 4 records rejected", "far.jsonl:1: field 'queuedAt': expected an instant "
                + "from 1970-01-01T00:00:00Z up to (not including) 2200-01-01T00:00:00Z");
        assertThat(run.out()).contains("\"accepted\":2");
    }

    @Test
    void kpiAsOfOutsideTheRangeIsBadInputNamingTheOption(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("kpi", "--input", file(dir).toString(), "--skip-bad", "--as-of",
                "+999999999-12-31T23:59:59Z");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--as-of (+999999999-12-31T23:59:59Z) is outside the supported range");
    }

    @Test
    void auditAsOfOutsideTheRangeIsBadInputNamingTheOption(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("audit", "--input", file(dir).toString(), "--skip-bad", "--as-of",
                "-999999999-01-01T00:00:00Z");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--as-of", "outside the supported range");
    }
}
