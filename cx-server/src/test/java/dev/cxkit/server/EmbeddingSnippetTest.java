package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's and cx-server/README.md's "Embedding the server" snippet, with its files made in a
 * temporary directory and without TLS (TlsTest covers it), so that the builder calls it shows exist
 * and work together.
 */
class EmbeddingSnippetTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddingSnippetBuildsStartsAnswersAndCloses() throws Exception {
        Path matrix = Files.writeString(dir.resolve("authority.csv"), Fixtures.MATRIX);
        Path keyFile = Files.writeString(dir.resolve("keys.txt"), "helpdesk decide helpdesk-token-0123456789\n");
        PrometheusMeterRegistry prometheusRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        CxDatabase db = CxDatabase.embedded(dir.resolve("cx-data"));
        HelpdeskServer server = HelpdeskServer.builder()
                .policy(Policy.compile(List.of(PolicySource.read(matrix))))
                .database(db)
                .contactAudit(contact -> List.of())
                .apiKeys(ApiKeys.read(keyFile))
                .meterRegistry(prometheusRegistry).metricsTags(Tags.of("site", "lisbon"))
                .threads(8).readTimeout(Duration.ofSeconds(10))
                .build();
        server.start();
        // The snippet's server decides on the wall clock, so the request leaves "at" out: the server stamps it.
        String request = Fixtures.stampedByServer(Fixtures.REFUND_120);
        HelpdeskClient.Answer answer = new HelpdeskClient(server).post("/decisions", request,
                "Content-Type", "application/json", "Authorization", "Bearer helpdesk-token-0123456789");
        server.close();
        db.close();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(prometheusRegistry.scrape()).contains("cx_decisions_total", "site=\"lisbon\"");
    }
}
