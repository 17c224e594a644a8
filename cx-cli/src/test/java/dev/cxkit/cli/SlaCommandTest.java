package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx sla replays case events (and replies from contacts) through the SLA clock. */
class SlaCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        assertThat(CliRun.of("generate", "--seed", "9", "--days", "7", "--contacts-per-day", "300", "--out",
                dir.toString()).exitCode()).isZero();
    }

    @Test
    void countsEveryMetricPerPriorityWhenRepliesAreGiven() {
        Map<String, Object> json = JsonTestSupport.parseObject(CliRun.of("sla", "--cases", file("cases.jsonl"),
                "--input", file("interactions.jsonl"), "--json").out());

        assertThat(json).containsKeys("asOf", "policy", "cases", "rows", "caseEvents", "input");
        assertThat(rows(json)).extracting(r -> String.valueOf(r.get("metric")))
                .contains("FIRST_RESPONSE", "RESOLUTION");
        assertThat(rows(json)).allSatisfy(r -> assertThat(((Number) r.get("measured")).longValue()).isEqualTo(
                ((Number) r.get("fulfilled")).longValue() + ((Number) r.get("breached")).longValue()
                        + ((Number) r.get("running")).longValue()));
    }

    @Test
    void withoutRepliesOnlyResolutionIsMeasuredAndTargetsCanBeOverridden() {
        CliRun text = CliRun.of("sla", "--cases", file("cases.jsonl"));
        Map<String, Object> defaults = JsonTestSupport.parseObject(CliRun.of("sla", "--cases", file("cases.jsonl"),
                "--json").out());
        Map<String, Object> strict = JsonTestSupport.parseObject(CliRun.of("sla", "--cases", file("cases.jsonl"),
                "--target", "resolution:normal=1m", "--json").out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("only resolution is measured").contains("RESOLUTION").doesNotContain(
                "FIRST_RESPONSE");
        assertThat(rows(defaults)).extracting(r -> String.valueOf(r.get("metric"))).containsOnly("RESOLUTION");
        assertThat(breached(strict, "NORMAL")).isGreaterThan(breached(defaults, "NORMAL"));
        CliRun bad = CliRun.of("sla", "--cases", file("cases.jsonl"), "--target", "resolution=2h");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("expected METRIC:PRIORITY=DURATION");
    }

    private static long breached(Map<String, Object> json, String priority) {
        return rows(json).stream().filter(r -> "RESOLUTION".equals(r.get("metric")) && priority.equals(r.get("priority")))
                .mapToLong(r -> ((Number) r.get("breached")).longValue()).sum();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("rows");
    }

    private static String file(String name) {
        assertThat(Files.isRegularFile(dir.resolve(name))).isTrue();
        return dir.resolve(name).toString();
    }
}
