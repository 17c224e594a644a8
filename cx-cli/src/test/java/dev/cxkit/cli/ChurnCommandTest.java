package dev.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cx churn on a generated data set, whose customers.jsonl holds the generator's churn events. */
class ChurnCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void customersWhoseFirstContactWasNotResolvedChurnMoreInGeneratedData(@TempDir Path dir) {
        assertThat(CliRun.of("generate", "--seed", "5", "--days", "28", "--out", dir.toString()).exitCode()).isZero();
        assertThat(Files.exists(dir.resolve("customers.jsonl"))).isTrue();

        CliRun run = CliRun.of("churn", "--input", dir.resolve("interactions.jsonl").toString(), "--customers",
                dir.resolve("customers.jsonl").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = JsonTestSupport.parseObject(run.out());
        Map<String, Object> comparison = (Map<String, Object>) json.get("comparison");
        assertThat(((Map<String, Object>) comparison.get("first")).get("name")).isEqualTo("first contact resolved");
        // The generator makes churn after an unresolved first contact more than twice as likely (12 % against 5 %).
        assertThat(((Number) comparison.get("difference")).doubleValue()).isPositive();
        assertThat(((Number) json.get("customerEvents")).longValue()).isPositive();
    }

    @Test
    void aCustomerEventOfAnUnknownKindIsBadInputNamingTheLine(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("generate", "--seed", "5", "--days", "7", "--out", dir.toString()).exitCode()).isZero();
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"customerId\":\"c-1\",\"at\":\"2026-03-03T00:00:00Z\",\"event\":\"LEFT\"}\n");

        CliRun run = CliRun.of("churn", "--input", dir.resolve("interactions.jsonl").toString(), "--customers",
                events.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("events.jsonl:1").contains("event").contains("CHURNED");
    }
}
