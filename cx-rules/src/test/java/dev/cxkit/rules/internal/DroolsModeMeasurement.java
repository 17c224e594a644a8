package dev.cxkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.internal.drools.DroolsRuleBase;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rough figures for the README: build time and decision latency of classic DRL versus the executable
 * model. Prints, never asserts timings. Off by default; run with
 * {@code mvn -pl cx-rules -am verify -Dcx.measure=true -Dtest=DroolsModeMeasurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "cx.measure", matches = "true")
class DroolsModeMeasurement {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static String matrix(int rows) {
        StringBuilder csv = new StringBuilder(
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n");
        int n = 0;
        outer:
        for (int s = 0; ; s++) {
            String segment = s == 0 ? "*" : "SEG" + s;
            for (Action action : Action.values()) {
                for (Tier tier : Tier.values()) {
                    if (n == rows) {
                        break outer;
                    }
                    if (action.isPercent()) {
                        csv.append("r").append(n).append(',').append(action).append(',').append(tier).append(',')
                                .append(segment).append(",10%,20%,TEAM_LEAD,,,\n");
                    } else {
                        csv.append("r").append(n).append(',').append(action).append(',').append(tier).append(',')
                                .append(segment).append(",50.00,200.00,TEAM_LEAD,EUR,150.00,P30D\n");
                    }
                    n++;
                }
            }
        }
        return csv.toString();
    }

    @Test
    void printBuildTimeAndLatency() {
        for (int rows : new int[] {50, 500}) {
            for (DroolsRuleBase.Mode mode : DroolsRuleBase.Mode.values()) {
                List<PolicySource> sources = List.of(PolicySource.authorityMatrix("m.csv", matrix(rows)));
                PolicyCompiler.compile(sources, mode, 4, Policy.DEFAULT_MAX_MATRIX_ROWS); // warm the compiler once per mode
                long start = System.nanoTime();
                CompiledPolicy policy = PolicyCompiler.compile(sources, mode, 4, Policy.DEFAULT_MAX_MATRIX_ROWS);
                double buildMs = (System.nanoTime() - start) / 1e6;
                assertThat(policy.ruleCount()).isEqualTo(rows);
                System.out.printf(Locale.ROOT, "%-16s rows=%3d build=%7.0f ms  %s%n", mode, rows, buildMs,
                        latency(policy));
            }
        }
    }

    private static String latency(CompiledPolicy policy) {
        List<DecisionRequest> requests = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Action action = Action.values()[i % Action.values().length];
            requests.add(DecisionRequest.builder()
                    .agent(AgentId.of("a-" + i), Tier.values()[i % 3])
                    .action(action, action.isPercent() ? Percent.parse((i % 30) + "%") : Money.of(i * 5 + ".00", "EUR"))
                    .customer(CustomerId.of("c-" + i), i % 4 == 0 ? Segment.of("SEG1") : Segment.STANDARD)
                    .grantedToCustomer(action.isPercent() ? null : Money.of("20.00", "EUR"))
                    .grantedByAgent(action.isPercent() ? null : Money.of("0.00", "EUR"))
                    .channel(Channel.PHONE).at(NOW).build());
        }
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        int checksum = 0;
        for (int i = 0; i < 100_000; i++) {
            checksum += policy.decide(requests.get(i & 63), ledger, "m", 1000, Long.MAX_VALUE / 2).firedRules().size();
        }
        long[] samples = new long[200_000];
        long total = System.nanoTime();
        for (int i = 0; i < samples.length; i++) {
            long t0 = System.nanoTime();
            Decision d = policy.decide(requests.get(i & 63), ledger, "m", 1000, Long.MAX_VALUE / 2);
            samples[i] = System.nanoTime() - t0;
            checksum += d.firedRules().size();
        }
        double meanUs = (System.nanoTime() - total) / 1e3 / samples.length;
        Arrays.sort(samples);
        return String.format(Locale.ROOT, "p50=%.1f µs p99=%.1f µs mean=%.1f µs (checksum %d)",
                samples[samples.length / 2] / 1e3, samples[samples.length * 99 / 100] / 1e3, meanUs, checksum);
    }
}
