package dev.cxkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.cxkit.rules.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HelpdeskServerTest {

    @RegisterExtension
    final ServerFixture servers = new ServerFixture();

    private HelpdeskClient start(HelpdeskServer.Builder builder) {
        return servers.start(builder);
    }

    @Test
    void healthSaysUpWithThePolicyVersion() {
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer health = client.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("policyVersion").asText()).isEqualTo(Fixtures.POLICY.version());
        assertThat(health.json().get("auditConfigured").asBoolean()).isFalse();
    }

    @Test
    void listensOnTheLoopbackAddressAndAFreePortByDefault() {
        start(HelpdeskServer.builder().policy(Fixtures.POLICY));
        HelpdeskServer server = servers.server();

        assertThat(server.port()).isPositive();
        assertThat(server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }

    @Test
    void anUnknownPathAnswers404() {
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer answer = client.get("/decision");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asText()).isEqualTo("not found");
        assertThat(answer.json().get("detail").asText()).contains("POST /decisions");
    }

    @Test
    void aWrongMethodAnswers405WithAllow() {
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY));

        HelpdeskClient.Answer get = client.get("/policy");
        HelpdeskClient.Answer delete = client.send("DELETE", "/kpis");

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.allow()).isEqualTo("POST");
        assertThat(get.json().get("error").asText()).isEqualTo("method not allowed");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.allow()).isEqualTo("GET");
    }

    @Test
    void aDecisionBodyOverTheLimitAnswers413WhetherDeclaredOrChunked() {
        List<DecisionRequest> logged = Collections.synchronizedList(new ArrayList<>());
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY).maxRequestBytes(1024)
                .decisionLog((request, decision) -> logged.add(request)));
        // Valid JSON padded with spaces to 1025 bytes: one byte over.
        String padded = Fixtures.REFUND_120 + " ".repeat(1025 - Fixtures.REFUND_120.length());
        String fits = padded.substring(0, 1024);

        assertThat(client.post("/decisions", padded).status()).isEqualTo(413);
        assertThat(client.postChunked("/decisions", padded).status()).isEqualTo(413);
        assertThat(client.post("/decisions", fits).status()).isEqualTo(200);
        assertThat(client.postChunked("/decisions", fits.replace("\"r-1\"", "\"r-2\"")).status()).isEqualTo(200);
        assertThat(logged).hasSize(2);
    }

    @Test
    void decidesConcurrentlyFromTwoThreadsWithoutLosingOne() throws Exception {
        List<DecisionRequest> logged = Collections.synchronizedList(new ArrayList<>());
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY)
                .decisionLog((request, decision) -> logged.add(request)));
        int perThread = 40;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                results.add(callers.submit(() -> {
                    go.await();
                    List<String> outcomes = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        // Even requests: 40.00 (allowed, under 50.00); odd: 120.00 (needs approval). Each for
                        // its own customer, so that the recorded grants never reach the 150.00 cap.
                        String amount = i % 2 == 0 ? "40.00" : "120.00";
                        String body = Fixtures.REFUND_120.replace("\"r-1\"", "\"r-" + thread + "-" + i + "\"")
                                .replace("\"c-1\"", "\"c-" + thread + "-" + i + "\"")
                                .replace("\"120.00\"", "\"" + amount + "\"");
                        HelpdeskClient.Answer answer = client.post("/decisions", body);
                        outcomes.add(answer.status() + " " + answer.json().get("outcome").asText() + " "
                                + answer.json().get("requestId").asText());
                    }
                    return outcomes;
                }));
            }
            go.countDown();
            for (int t = 0; t < 2; t++) {
                List<String> outcomes = results.get(t).get(60, TimeUnit.SECONDS);
                for (int i = 0; i < perThread; i++) {
                    assertThat(outcomes.get(i)).isEqualTo("200 " + (i % 2 == 0 ? "ALLOWED" : "NEEDS_APPROVAL")
                            + " r-" + t + "-" + i);
                }
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(logged).hasSize(2 * perThread);
        assertThat(logged.stream().map(DecisionRequest::requestId).distinct()).hasSize(2 * perThread);
    }

    @Test
    void answers503WhenTheWorkersAndTheQueueAreFullAndStillAnswersHealth() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HelpdeskClient client = start(HelpdeskServer.builder().policy(Fixtures.POLICY).threads(1).queueCapacity(0)
                .contactAudit(contact -> {
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return List.of();
                }));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<HelpdeskClient.Answer> busy = caller.submit(() -> client.post("/audit", Fixtures.TWO_INTERACTIONS));
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

            // The one worker is inside the audit and nothing may queue: an answer, not a dropped connection.
            HelpdeskClient.Answer refused = client.get("/kpis");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("error").asText()).isEqualTo("busy");
            // Health and metrics need no worker.
            assertThat(client.get("/health").status()).isEqualTo(200);
            assertThat(client.get("/metrics").status()).isEqualTo(200);

            release.countDown();
            assertThat(busy.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        } finally {
            release.countDown();
            caller.shutdownNow();
        }
    }

    @Test
    void cannotStartTwiceOrAfterClose() {
        start(HelpdeskServer.builder().policy(Fixtures.POLICY));
        HelpdeskServer server = servers.server();

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already started");
        server.close();
        server.close();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("already closed");
        assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void hasNoPortBeforeStart() {
        HelpdeskServer notStarted = HelpdeskServer.builder().policy(Fixtures.POLICY).build();

        assertThatThrownBy(notStarted::port).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not started");
        notStarted.close();
    }

    @Test
    void aTakenPortFailsTheStartNamingIt() {
        start(HelpdeskServer.builder().policy(Fixtures.POLICY));
        int taken = servers.server().port();
        HelpdeskServer second = HelpdeskServer.builder().policy(Fixtures.POLICY).port(taken).build();

        assertThatThrownBy(second::start).isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(":" + taken);
        second.close();
    }

    @Test
    void theBuilderChecksItsValues() {
        assertThatThrownBy(() -> HelpdeskServer.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("policy");
        assertThatThrownBy(() -> HelpdeskServer.builder().port(65_536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The port (65536) of the helpdesk server is outside 0–65535.");
        assertThatThrownBy(() -> HelpdeskServer.builder().threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads (0)");
        assertThatThrownBy(() -> HelpdeskServer.builder().maxAuditRequestBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAuditRequestBytes (0)");
    }
}
