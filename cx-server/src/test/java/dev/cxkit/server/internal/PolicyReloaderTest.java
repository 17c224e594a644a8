package dev.cxkit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.ReloadResult;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import org.eclipse.jetty.http.HttpFields;
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
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

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
        threads.shutdownNow();
    }

    /** What the transport hands the reloader once it has read a POST /policy with the matrix as body. */
    private static Exchange postMatrix() {
        return new Exchange("POST", "/policy", null, HttpFields.EMPTY, MATRIX.getBytes(StandardCharsets.UTF_8), null);
    }

    private CompletableFuture<Reply> post(PolicyReloader reloader) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reloader.reload(postMatrix());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads);
    }

    @Test
    void aSecondReloadWhileOneCompilesAnswers429AndTheFirstIsApplied() throws Exception {
        PolicyReloader reloader = new PolicyReloader(new HeldEngine(), false, 1 << 16,
                new PolicyPersistence(null, POLICY));

        CompletableFuture<Reply> first = post(reloader);
        assertThat(compiling.await(1, TimeUnit.MINUTES)).isTrue();
        Reply second = post(reloader).get(1, TimeUnit.MINUTES);
        finish.countDown();

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.headers()).containsEntry("Retry-After", "1");
        assertThat(new String(second.body(), StandardCharsets.UTF_8)).contains("reload in progress");
        assertThat(first.get(1, TimeUnit.MINUTES).status()).isEqualTo(200);
        assertThat(post(reloader).get(1, TimeUnit.MINUTES).status()).isEqualTo(200);
    }
}
