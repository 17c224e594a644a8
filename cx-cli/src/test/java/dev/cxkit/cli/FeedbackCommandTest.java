package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx feedback on hand-written JSON Lines: answered shares per polarity, owners, survey coverage. */
class FeedbackCommandTest {

    private static final String LINES = String.join("\n",
            // Praise answered with a thank-you by a-1.
            "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
                    + "\"answeredAt\":\"2026-03-02T09:00:10Z\",\"endedAt\":\"2026-03-02T09:05:00Z\",\"feedback\":{\"csat\":5,"
                    + "\"csatScale\":5,\"receivedAt\":\"2026-03-02T10:00:00Z\",\"owner\":\"a-1\",\"respondedAt\":\"2026-03-02T11:00:00Z\"}}",
            // A complaint nobody answered, owned by a-2.
            "{\"id\":\"i-2\",\"customerId\":\"c-2\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
                    + "\"answeredAt\":\"2026-03-02T09:00:10Z\",\"endedAt\":\"2026-03-02T09:05:00Z\",\"feedback\":{\"csat\":1,"
                    + "\"csatScale\":5,\"receivedAt\":\"2026-03-02T10:00:00Z\",\"owner\":\"a-2\"}}",
            // A survey sent and never answered: offered, no item.
            "{\"id\":\"i-3\",\"customerId\":\"c-3\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
                    + "\"answeredAt\":\"2026-03-02T09:00:10Z\",\"endedAt\":\"2026-03-02T12:00:00Z\",\"feedback\":{\"receivedAt\":\"2026-03-02T12:00:00Z\"}}",
            // No survey at all.
            "{\"id\":\"i-4\",\"customerId\":\"c-4\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
                    + "\"answeredAt\":\"2026-03-02T09:00:10Z\",\"endedAt\":\"2026-03-02T09:05:00Z\"}") + "\n";

    @Test
    @SuppressWarnings("unchecked")
    void reportsAnsweredSharesOwnersAndSurveyCoverageAsOfTheEndOfTheData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fb.jsonl");
        Files.writeString(file, LINES, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("feedback", "--input", file.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        assertThat(json.get("asOf")).isEqualTo("2026-03-02T12:00:00Z");
        assertThat(((Map<String, Object>) json.get("surveyOffered")).get("value")).isEqualTo(0.75);
        assertThat(((Map<String, Object>) json.get("surveyAnswered")).get("value")).isEqualTo(2.0 / 3);
        Map<String, Object> answered = (Map<String, Object>) json.get("answered");
        assertThat(((Map<String, Object>) answered.get("positive")).get("value")).isEqualTo(1.0);
        assertThat(((Map<String, Object>) answered.get("negative")).get("value")).isEqualTo(0.0);
        assertThat(((Map<String, Object>) answered.get("neutral")).get("value")).isNull();
        List<Map<String, Object>> owners = (List<Map<String, Object>>) json.get("owners");
        assertThat(owners).extracting(o -> o.get("owner")).containsExactly("a-2", "a-1");
        assertThat(owners.get(0).get("open")).isEqualTo(1);
    }

    @Test
    void anEarlierAsOfLeavesTheThankYouUnsent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fb.jsonl");
        Files.writeString(file, LINES, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("feedback", "--input", file.toString(), "--as-of", "2026-03-02T10:30:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("judged as of 2026-03-02T10:30:00Z (--as-of)")
                .containsPattern("positive\\s+1\\s+0\\.0 %");
    }
}
