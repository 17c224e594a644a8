package dev.cxkit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.ReloadResult;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 9: three matrices posted at once were compiled in parallel and reached 4 GB. One
 * reload compiles at a time; another that arrives meanwhile gets 429 at once. The engine here holds
 * its reload until the test lets it go, so the overlap is certain without sleeping.
 */
class PolicyReloaderTest {

    private static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
            """;
    private static final Policy POLICY = Policy.compile(List.of(PolicySource.authorityMatrix("authority.csv", MATRIX)));

    private final CountDownLatch compiling = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private HttpServer server;

    /** An engine whose reload tells the test it started and then waits for the test. */
    private final class HeldEngine implements PolicyEngine {
        @Override
        public ReloadResult reload(List<PolicySource> sources) {
            compiling.countDown();
            try {
                assertThat(finish.await(1, TimeUnit.MINUTES)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ReloadResult.Applied(POLICY.version(), "v2");
        }

        @Override
        public ReloadResult reload(String version, List<PolicySource> sources) {
            return reload(sources);
        }

        @Override
        public Policy policy() {
            return POLICY;
        }

        @Override
        public Decision decide(DecisionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Decision decideAndRecord(DecisionRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DecisionRequest stamp(DecisionRequest request) {
            return request;
        }

        @Override
        public GrantLedger grantLedger() {
            throw new UnsupportedOperationException();
        }

        @Override
        public DecisionLog decisionLog() {
            return DecisionLog.none();
        }
    }

    @AfterEach
    void stop() {
        finish.countDown();
        if (server != null) {
            server.stop(0);
        }
        threads.shutdownNow();
    }

    private URI start(PolicyReloader reloader) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/policy", exchange -> {
            try (exchange) {
                Reply reply = reloader.reload(exchange);
                reply.headers().forEach(exchange.getResponseHeaders()::set);
                exchange.sendResponseHeaders(reply.status(), reply.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        });
        server.start();
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/policy");
    }

    private CompletableFuture<HttpResponse<String>> post(URI uri) {
        return http.sendAsync(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(MATRIX)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSecondReloadWhileOneCompilesAnswers429AndTheFirstIsApplied() throws Exception {
        URI uri = start(new PolicyReloader(new HeldEngine(), false, 1 << 16));

        CompletableFuture<HttpResponse<String>> first = post(uri);
        assertThat(compiling.await(1, TimeUnit.MINUTES)).isTrue();
        HttpResponse<String> second = post(uri).get(1, TimeUnit.MINUTES);
        finish.countDown();

        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(second.body()).contains("reload in progress");
        assertThat(first.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
        assertThat(post(uri).get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
    }
}
