package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx report writes the demo's HTML report from the user's own files. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        assertThat(CliRun.of("generate", "--seed", "11", "--days", "7", "--contacts-per-day", "300", "--out",
                dir.toString()).exitCode()).isZero();
    }

    @Test
    void writesScorecardHoursAndFindingsFromTheFilesAndNamesTheFile() throws Exception {
        Path out = dir.resolve("report.html");

        CliRun run = CliRun.of("report", "--input", dir.resolve("interactions.jsonl").toString(), "--cases",
                dir.resolve("cases.jsonl").toString(), "--roster", dir.resolve("agents.csv").toString(), "--zone",
                "Europe/Berlin", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(out.toAbsolutePath().normalize().toString());
        String html = Files.readString(out);
        assertThat(html).contains("cx report: interactions.jsonl").contains("Judged as of")
                .contains("id=\"findings-by-code\"").contains("id=\"findings-by-team\"")
                .contains("data-kpi=\"cx.kpi.service_level\"").contains("data-kpi=\"cx.kpi.attrition\"")
                .doesNotContain("audit not run");
        // The two halves of the findings scroll their own tables instead of running into each other.
        assertThat(html).contains("#findings-by-code,#findings-by-team{min-width:0;overflow-x:auto}");
    }

    @Test
    void withoutTheAuditThePageSaysSoRatherThanShowingZero() throws Exception {
        Path out = dir.resolve("no-audit.html");

        CliRun run = CliRun.of("report", "--input", dir.resolve("interactions.jsonl").toString(), "--no-audit",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("audit-not-run");
        CliRun missingDirectory = CliRun.of("report", "--input", dir.resolve("interactions.jsonl").toString(),
                "--out", dir.resolve("nope/report.html").toString());
        assertThat(missingDirectory.exitCode()).isEqualTo(2);
        assertThat(missingDirectory.err()).contains("does not exist");
    }
}
