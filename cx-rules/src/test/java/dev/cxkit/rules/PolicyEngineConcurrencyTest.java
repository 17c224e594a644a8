package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Tier;
import dev.cxkit.rules.spi.DecisionLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Two threads decide while the main thread reloads the policy 100 times. Policy version v-k allows
 * T1 refunds up to k + 1.00 EUR through rule refund-k, so a 1.00 EUR refund decided by v-k must fire
 * exactly refund-k and leave exactly k EUR of headroom: a decision that mixed two versions would break
 * that link.
 */
class PolicyEngineConcurrencyTest {

    private static final int RELOADS = 100;
    /** Decisions allowed per reload, shared by both threads, so that deciding does not starve compiling. */
    private static final int DECISIONS_PER_RELOAD = 400;

    private static List<PolicySource> version(int k) {
        return List.of(PolicySource.authorityMatrix("v" + k + ".csv",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                        + "refund-" + k + ",REFUND,T1,*," + (k + 1) + ".00," + (k + 1) + ".00,,EUR,,\n"));
    }

    private record Observed(int version, Decision decision) {
    }

    @Test
    void everyDecisionDuringReloadsComesFromExactlyOnePolicyVersion() throws Exception {
        PolicyEngine engine = PolicyEngine.builder(Policy.builder().version("v-0").sources(version(0)).build())
                .decisionLog(DecisionLog.none()).build();
        DecisionRequest request = Fixtures.refund(Tier.T1, "1.00");
        AtomicBoolean reloading = new AtomicBoolean(true);
        Semaphore budget = new Semaphore(DECISIONS_PER_RELOAD);
        CountDownLatch started = new CountDownLatch(2);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Observed>>> deciders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                deciders.add(threads.submit(() -> {
                    List<Observed> seen = new ArrayList<>();
                    started.countDown();
                    // Bounded by the budget the reloading thread hands out; one more decision after the last reload.
                    for (int i = 0; i < (RELOADS + 2) * DECISIONS_PER_RELOAD; i++) {
                        if (!budget.tryAcquire(60, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("no decision budget for 60 s");
                        }
                        boolean last = !reloading.get();
                        Decision d = engine.decide(request);
                        seen.add(new Observed(Integer.parseInt(d.policyVersion().substring(2)), d));
                        if (last) {
                            break;
                        }
                    }
                    return seen;
                }));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            for (int k = 1; k <= RELOADS; k++) {
                budget.release(DECISIONS_PER_RELOAD);
                ReloadResult result = engine.reload("v-" + k, version(k));
                if (!(result instanceof ReloadResult.Applied)) {
                    errors.add("reload " + k + ": " + result);
                }
            }
            reloading.set(false);
            budget.release(2); // each thread needs at most one decision after seeing the flag

            int total = 0;
            for (Future<List<Observed>> decider : deciders) {
                List<Observed> seen = decider.get(60, TimeUnit.SECONDS);
                total += seen.size();
                int previous = 0;
                for (Observed o : seen) {
                    // Each thread sees versions in reload order, never going back.
                    if (o.version() < previous) {
                        errors.add("version went back from " + previous + " to " + o.version());
                    }
                    previous = o.version();
                    if (!(o.decision() instanceof Allowed allowed)
                            || !allowed.firedRules().equals(List.of("refund-" + o.version()))
                            || !allowed.headroom().get(0).remaining().equals(eur(o.version() + ".00"))) {
                        errors.add("mixed decision " + o.decision());
                    }
                }
                // The last decision of each thread started after the last reload.
                assertThat(seen.get(seen.size() - 1).version()).isEqualTo(RELOADS);
            }
            System.out.println("Concurrency test: " + total + " decisions across " + RELOADS + " reloads.");
            assertThat(errors).isEmpty();
            assertThat(engine.policy().version()).isEqualTo("v-" + RELOADS);
        } finally {
            threads.shutdownNow();
        }
    }
}
