package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.cxkit.cli.report.ReportPanel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: cx kpi shows self-service containment when the data has bot sessions, and says "not recorded" otherwise. */
class ContainmentCommandTest {

    @TempDir
    static Path dir;

    private static String input;

    @BeforeAll
    static void generate() {
        assertThat(CliRun.of("generate", "--seed", "7", "--days", "14", "--contacts-per-day", "400", "--out",
                dir.toString()).exitCode()).isZero();
        input = dir.resolve("interactions.jsonl").toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void kpiPrintsContainmentInTextAndJson() {
        Map<String, Object> json = JsonTestSupport.parseObject(CliRun.of("kpi", "--input", input, "--json").out());
        CliRun text = CliRun.of("kpi", "--input", input);

        Map<String, Object> containment = (Map<String, Object>) json.get("containment");
        assertThat((Integer) containment.get("sessions")).isPositive();
        assertThat((Integer) containment.get("judged") + (Integer) containment.get("notJudged"))
                .isEqualTo(containment.get("sessions"));
        // The last 7 days of the 14 cannot be judged yet.
        assertThat((Integer) containment.get("notJudged")).isPositive();
        Map<String, Object> rate = (Map<String, Object>) containment.get("containment");
        assertThat(rate.get("id")).isEqualTo("cx.kpi.containment");
        assertThat((Double) rate.get("value")).isBetween(0.0, 1.0);
        assertThat((List<Object>) containment.get("byReason")).isNotEmpty();
        assertThat(text.out()).contains("Self-service containment (window 7 days").contains("cx.kpi.deflection")
                .contains("live after a failed session");
    }

    @Test
    void withoutSessionsContainmentIsNotRecorded() throws Exception {
        Path noBots = dir.resolve("no-bots.jsonl");
        Files.write(noBots, Files.readAllLines(Path.of(input)).stream().filter(l -> !l.contains("\"selfService\""))
                .toList());

        Map<String, Object> json = JsonTestSupport.parseObject(CliRun.of("kpi", "--input", noBots.toString(), "--json")
                .out());
        CliRun text = CliRun.of("kpi", "--input", noBots.toString());

        assertThat(json).containsEntry("containment", null);
        assertThat(text.out()).contains("Self-service containment: not recorded");
    }

    @Test
    void emptyReportPanelSaysNotRecorded() {
        ContainmentPanel empty = new ContainmentPanel();
        assertThat(empty.panel().lead()).startsWith("Not recorded");
        assertThat(empty.panel().tables()).isEmpty();
    }

    @Test
    void reportPanelOnGeneratedData() throws Exception {
        ContainmentPanel panel = new ContainmentPanel();
        dev.cxkit.core.io.InteractionReader.jsonLines(dev.cxkit.core.io.ImportOptions.ofDefaults())
                .read(Path.of(input), panel::accept);

        ReportPanel built = panel.panel();

        assertThat(built.id()).isEqualTo("containment");
        assertThat(built.lead()).contains("judged bot sessions");
        assertThat(built.tables().get(0).rows()).hasSizeGreaterThan(3);
        assertThat(built.tables().get(1).rows()).hasSize(2);
    }
}
