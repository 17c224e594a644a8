package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.cxkit.jdbc.CxDatabase;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21's operations: {@code GET /metrics} in the Prometheus text format and {@code /health} as readiness. */
class OperationsTest {

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    @TempDir
    Path dir;

    @Test
    void metricsCountDecisionsAndRequestsInThePrometheusTextFormatWithTheCommonTags() {
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY)
                .metricsTags(Tags.of("site", "lisbon")));
        client.post("/decisions", Fixtures.REFUND_120);
        // Another request id: the same id with another amount is a 409 since every server keeps a ledger.
        client.post("/decisions", Fixtures.REFUND_120.replace("\"120.00\"", "\"10.00\"").replace("\"r-1\"", "\"r-2\""));

        HelpdeskClient.Answer metrics = client.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE cx_decisions_total counter")
                .containsPattern("cx_decisions_total\\{[^}]*outcome=\"NEEDS_APPROVAL\"[^}]*site=\"lisbon\"[^}]*} 1\\.0")
                .containsPattern("cx_decisions_total\\{[^}]*outcome=\"ALLOWED\"[^}]*} 1\\.0")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/decisions\"[^}]*} 2")
                .contains("jvm_memory_used_bytes");
        assertThat(metrics.body()).doesNotContain("c-1", "a-1", "r-1", "r-2");
    }

    @Test
    void healthIsReadyWithThePolicyAndAReachableDatabaseAndSaysDownWithout() {
        CxDatabase db = CxDatabase.embedded(dir);
        HelpdeskClient client = servers.start(HelpdeskServer.builder().policy(Fixtures.POLICY).database(db));

        HelpdeskClient.Answer up = client.get("/health");
        db.close();
        HelpdeskClient.Answer down = client.get("/health");

        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("UP");
        assertThat(up.json().get("policyLoaded").asBoolean()).isTrue();
        assertThat(up.json().get("database").asText()).isEqualTo("UP");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.json().get("database").asText()).isEqualTo("DOWN");
    }
}
