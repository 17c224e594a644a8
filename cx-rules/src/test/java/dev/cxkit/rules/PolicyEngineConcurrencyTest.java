package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Tier;
import dev.cxkit.rules.spi.DecisionLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
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
 * Two threads decide while the main thread reloads the policy 100 times, alternating between two kinds
 * of policy with different outcomes for the same 1.00 EUR T1 refund: an even version v-k allows it
 * through rule refund-k with exactly k EUR of headroom left (allow_up_to k + 1.00), an odd version
 * v-k sends it to a team lead through rule refund-k (allow_up_to 0.00). A decision that mixed two
 * versions, or reported another version than the one that made it, would break that link. Every
 * decision returned must also have reached the {@link DecisionLog} exactly once, per version: none
 * lost.
 */
class PolicyEngineConcurrencyTest {

    private static final int RELOADS = 100;
    /** Decisions allowed per reload, shared by both threads, so that deciding does not starve compiling. */
    private static final int DECISIONS_PER_RELOAD = 400;
    /** Decisions awaited after each reload, so that every version is seen deciding (two threads: 4). */
    private static final int WITNESSES = 4;

    private static List<PolicySource> version(int k) {
        String limits = k % 2 == 0 ? (k + 1) + ".00," + (k + 1) + ".00," : "0.00," + (k + 1) + ".00,TEAM_LEAD";
        return List.of(PolicySource.authorityMatrix("v" + k + ".csv",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                        + "refund-" + k + ",REFUND,T1,*," + limits + ",EUR,,\n"));
    }

    /** Whether a decision is exactly what version v-k says for the 1.00 EUR T1 refund. */
    private static boolean matchesItsVersion(int k, Decision decision) {
        if (!decision.firedRules().equals(List.of("refund-" + k)) || !decision.policyVersion().equals("v-" + k)) {
            return false;
        }
        if (k % 2 == 0) {
            return decision instanceof Allowed allowed && allowed.headroom().size() == 1
                    && allowed.headroom().get(0).remaining().equals(eur(k + ".00"));
        }
        return decision instanceof NeedsApproval approval && approval.approverRole() == ApproverRole.TEAM_LEAD;
    }

    private record Observed(int version, Decision decision) {
    }

    @Test
    void everyDecisionDuringReloadsComesFromExactlyOnePolicyVersion() throws Exception {
        Map<String, Long> logged = new ConcurrentHashMap<>();
        PolicyEngine engine = PolicyEngine.builder(Policy.builder().version("v-0").sources(version(0)).build()).instantSource(Fixtures.CLOCK)
                .decisionLog((r, d) -> logged.merge(d.policyVersion(), 1L, Long::sum)).build();
        DecisionRequest request = Fixtures.refund(Tier.T1, "1.00");
        AtomicBoolean reloading = new AtomicBoolean(true);
        Semaphore budget = new Semaphore(DECISIONS_PER_RELOAD);
        Semaphore decided = new Semaphore(0);
        CountDownLatch started = new CountDownLatch(2);
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Observed>>> deciders = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                deciders.add(threads.submit(() -> {
                    List<Observed> seen = new ArrayList<>();
                    // Bounded by the budget the reloading thread hands out; one more decision after the last reload.
                    for (int i = 0; i < (RELOADS + 2) * (DECISIONS_PER_RELOAD + WITNESSES); i++) {
                        // The first decision is free: otherwise one thread can spend the whole first budget
                        // before the other starts, and the other never reaches the start line.
                        if (i > 0 && !budget.tryAcquire(60, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("no decision budget for 60 s");
                        }
                        boolean last = !reloading.get();
                        Decision d = engine.decide(request);
                        seen.add(new Observed(Integer.parseInt(d.policyVersion().substring(2)), d));
                        decided.release();
                        if (i == 0) {
                            started.countDown(); // so both threads decide with v-0 before the first reload
                        }
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
                // Witnesses: of WITNESSES decisions finishing after this point, at most one per thread started
                // before it, so at least two started after the swap and must come from v-k.
                decided.drainPermits();
                budget.release(WITNESSES);
                if (!decided.tryAcquire(WITNESSES, 60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the deciding threads made no progress for 60 s after reload " + k);
                }
            }
            reloading.set(false);
            budget.release(2); // each thread needs at most one decision after seeing the flag

            int total = 0;
            Map<String, Long> returned = new HashMap<>();
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
                    if (!matchesItsVersion(o.version(), o.decision())) {
                        errors.add("mixed decision " + o.decision());
                    }
                    returned.merge(o.decision().policyVersion(), 1L, Long::sum);
                }
                // The last decision of each thread started after the last reload.
                assertThat(seen.get(seen.size() - 1).version()).isEqualTo(RELOADS);
            }
            System.out.println("Concurrency test: " + total + " decisions across " + RELOADS + " reloads.");
            assertThat(errors).isEmpty();
            // Every version decided at least once, so both outcome kinds were seen: 51 allowing, 50 needing approval.
            assertThat(returned).hasSize(RELOADS + 1);
            assertThat(logged).as("decisions logged per version").isEqualTo(returned);
            assertThat(returned.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
            assertThat(engine.policy().version()).isEqualTo("v-" + RELOADS);
        } finally {
            threads.shutdownNow();
        }
    }
}
