package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx compare on a small generated data set: groups, periods, and the usage errors. */
class CompareCommandTest {

    @TempDir
    static Path dir;

    private static String input;

    @BeforeAll
    static void generate() {
        assertThat(CliRun.of("generate", "--seed", "5", "--days", "21", "--out", dir.toString()).exitCode()).isZero();
        input = dir.resolve("interactions.jsonl").toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparesEffortWithAndWithoutAcknowledgedCuesAsJson() {
        CliRun run = CliRun.of("compare", "--input", input, "--groups", "emotion-acknowledged", "--measure", "ces-effort",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        List<Map<String, Object>> comparisons = (List<Map<String, Object>>) json.get("comparisons");
        assertThat(comparisons).hasSize(1);
        Map<String, Object> c = comparisons.get(0);
        assertThat(c.get("measure")).isEqualTo("ces-effort");
        assertThat(((Map<String, Object>) c.get("first")).get("name")).isEqualTo("cues acknowledged");
        assertThat(((Number) ((Map<String, Object>) c.get("second")).get("count")).longValue()).isPositive();
        double low = ((Number) c.get("low")).doubleValue();
        double high = ((Number) c.get("high")).doubleValue();
        assertThat(low).isLessThanOrEqualTo(((Number) c.get("difference")).doubleValue()).isLessThan(high);
    }

    @Test
    void printsEveryMeasureWeekAgainstTheWeeksBeforeAndFlagsNoise() {
        CliRun run = CliRun.of("compare", "--input", input, "--period", "week", "--every-period");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("handle-time", "csat-top-box", "of the 4 weeks before", "within noise")
                .doesNotContain("NaN");
    }

    @Test
    void refusesBothOrNeitherOfGroupsAndPeriodAndUnknownNames() {
        assertThat(CliRun.of("compare", "--input", input).exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("compare", "--input", input, "--groups", "transferred", "--period", "week").err())
                .contains("exactly one of --groups and --period");
        CliRun unknown = CliRun.of("compare", "--input", input, "--groups", "bot-first");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("emotion-acknowledged");
        assertThat(CliRun.of("compare", "--input", input, "--period", "week", "--measure", "aht").err())
                .contains("known: handle-time");
    }
}
