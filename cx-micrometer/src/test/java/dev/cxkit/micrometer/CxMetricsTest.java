package dev.cxkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Tier;
import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.test.TestInteractions;
import dev.cxkit.test.TestRequests;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CxMetricsTest {

    private static final DecisionRequest T1_REFUND = TestRequests.refund("40.00 EUR").byTier(Tier.T1)
            .forCustomer("c-secret-42").build();
    private static final Decision ALLOWED = new Allowed(List.of(), List.of("refund-t1"), "v1");
    private static final Decision NEEDS_APPROVAL = new NeedsApproval(ApproverRole.TEAM_LEAD, "over 50.00 EUR",
            List.of("refund-t1"), "v1");
    private static final Decision DENIED = new Denied("over any limit", List.of("refund-t1"), "v1");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final CxMetrics metrics = CxMetrics.create();

    @Test
    void addsCommonTagsToEveryMeterAsMicrometersBindersDo() {
        CxMetrics tagged = CxMetrics.create(Tags.of("service", "refunds", "outcome", "overridden"));
        tagged.bindTo(registry);

        tagged.record(T1_REFUND, DENIED);
        tagged.update(KpiValue.ratio("cx.kpi.fcr", "", 7, 10));

        Meter decisions = registry.get(CxMetrics.DECISIONS).tag("service", "refunds").meter();
        assertThat(decisions.getId().getTag("outcome")).isEqualTo("DENIED");
        assertThat(registry.get("cx.kpi.fcr").tag("service", "refunds").gauge().value()).isEqualTo(0.7);
    }

    @Test
    void countsDecisionsByOutcomeActionTierSegmentAndChannel() {
        metrics.bindTo(registry);

        metrics.record(T1_REFUND, ALLOWED);
        metrics.record(T1_REFUND, ALLOWED);
        metrics.record(T1_REFUND, NEEDS_APPROVAL);

        assertThat(decisions("ALLOWED")).isEqualTo(2.0);
        assertThat(decisions("NEEDS_APPROVAL")).isEqualTo(1.0);
        assertThat(registry.find(CxMetrics.DECISIONS).tag("outcome", "DENIED").meters()).isEmpty();
        Meter meter = registry.get(CxMetrics.DECISIONS).tag("outcome", "ALLOWED").meter();
        assertThat(meter.getId().getTags()).extracting(Tag::getKey)
                .containsExactlyInAnyOrder("outcome", "action", "tier", "segment", "channel");
        assertThat(meter.getId().getTag("action")).isEqualTo("REFUND");
        assertThat(meter.getId().getTag("tier")).isEqualTo("T1");
    }

    @Test
    void neverTagsACustomerOrAgentId() {
        metrics.bindTo(registry);

        metrics.record(T1_REFUND, DENIED);

        assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags()).extracting(Tag::getValue)
                .doesNotContain(T1_REFUND.customerId().value(), T1_REFUND.agentId().value());
    }

    @Test
    void keepsWhatWasRecordedBeforeBindingAndServesSeveralRegistries() {
        metrics.record(T1_REFUND, DENIED);
        metrics.update(KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 3, 4));

        metrics.bindTo(registry);
        SimpleMeterRegistry second = new SimpleMeterRegistry();
        metrics.bindTo(second);
        metrics.bindTo(second);
        metrics.record(T1_REFUND, DENIED);

        assertThat(decisions("DENIED")).isEqualTo(2.0);
        assertThat(second.get(CxMetrics.DECISIONS).tag("outcome", "DENIED").functionCounter().count()).isEqualTo(2.0);
        assertThat(second.get(CxMetrics.DECISIONS).meters()).hasSize(1);
        assertThat(second.get("cx.kpi.fcr").gauge().value()).isEqualTo(0.75);
    }

    @Test
    void decoratesAnotherDecisionLog() {
        metrics.bindTo(registry);
        List<Decision> passedOn = new ArrayList<>();

        metrics.around((request, decision) -> passedOn.add(decision)).record(T1_REFUND, NEEDS_APPROVAL);

        assertThat(passedOn).containsExactly(NEEDS_APPROVAL);
        assertThat(decisions("NEEDS_APPROVAL")).isEqualTo(1.0);
    }

    @Test
    void countsTheDecisionsOfARealPolicyEngine() {
        metrics.bindTo(registry);
        Policy policy = Policy.builder().source(PolicySource.authorityMatrix("authority.csv", String.join("\n",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period",
                "refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D"))).build();
        PolicyEngine engine = PolicyEngine.builder(policy).decisionLog(metrics)
                .instantSource(InstantSource.fixed(TestInteractions.EPOCH)).build();

        engine.decide(TestRequests.refund("40.00 EUR").byTier(Tier.T1).alreadyGrantedToCustomer("0.00 EUR").build());
        engine.decide(TestRequests.refund("120.00 EUR").byTier(Tier.T1).alreadyGrantedToCustomer("0.00 EUR").build());
        engine.decide(TestRequests.refund("900.00 EUR").byTier(Tier.T1).alreadyGrantedToCustomer("0.00 EUR").build());

        // 40 <= 50 allowed; 50 < 120 <= 200 needs a team lead; 900 > 200 denied (the docs/authority-matrix.md matrix).
        assertThat(decisions("ALLOWED")).isEqualTo(1.0);
        assertThat(decisions("NEEDS_APPROVAL")).isEqualTo(1.0);
        assertThat(decisions("DENIED")).isEqualTo(1.0);
    }

    @Test
    void publishesKpiGaugesUnderTheirDottedIdsTaggedByVariantChannelAndTeam() {
        metrics.bindTo(registry);

        metrics.update(List.of(
                new GroupedKpiValue("fcr", Map.of(), KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 8, 10)),
                new GroupedKpiValue("fcr", Map.of("channel", "PHONE"), KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 3, 4)),
                new GroupedKpiValue("fcr", Map.of("channel", "CHAT", "team", "billing"),
                        KpiValue.ratio("cx.kpi.fcr", "per-issue/P7D", 1, 2))));

        assertThat(fcr("all", "all")).isEqualTo(0.8);
        assertThat(fcr("PHONE", "all")).isEqualTo(0.75);
        assertThat(fcr("CHAT", "billing")).isEqualTo(0.5);
        assertThat(registry.get("cx.kpi.fcr").gauges()).hasSize(3)
                .allSatisfy(g -> assertThat(g.getId().getTag("variant")).isEqualTo("per-issue/P7D"));
    }

    @Test
    void gaugeHoldsTheLastValueAndNanWhenThereIsNothingToMeasure() {
        metrics.bindTo(registry);

        metrics.update(KpiValue.of("cx.kpi.aht", "", 300, 10, KpiUnit.SECONDS));
        Gauge aht = registry.get("cx.kpi.aht").gauge();
        assertThat(aht.value()).isEqualTo(300.0);
        assertThat(aht.getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(aht.getId().getTag("variant")).isEqualTo(CxMetrics.DEFAULT_VARIANT);

        metrics.update(KpiValue.of("cx.kpi.aht", "", 420, 12, KpiUnit.SECONDS));
        assertThat(aht.value()).isEqualTo(420.0);

        metrics.update(KpiValue.empty("cx.kpi.aht", "", 0, KpiUnit.SECONDS));
        assertThat(aht.value()).isNaN();
    }

    @Test
    void rejectsUnboundedKpiTagsAndNamesThem() {
        assertThatThrownBy(() -> metrics.update(KpiValue.ratio("cx.kpi.fcr", "", 1, 2), Map.of("agent", "a-17")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(agent)")
                .hasMessageContaining("cx.kpi.fcr").hasMessageContaining("Maybe");
    }

    @Test
    void countsAuditFindingsByCodeAndSeverity() {
        metrics.bindTo(registry);

        metrics.record(finding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM));
        metrics.record(finding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM));
        metrics.record(finding(MistakeCode.BROKEN_PROMISE, Severity.HIGH));

        assertThat(registry.get(CxMetrics.FINDINGS).tags("code", "HOLD_OVER_STATED", "severity", "MEDIUM")
                .functionCounter().count()).isEqualTo(2.0);
        assertThat(registry.get(CxMetrics.FINDINGS).tags("code", "BROKEN_PROMISE", "severity", "HIGH")
                .functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void countsEveryDecisionRecordedFromManyThreads() throws Exception {
        metrics.bindTo(registry);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        metrics.record(T1_REFUND, i % 2 == 0 ? ALLOWED : DENIED);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }

        // 4 threads x 2,500 decisions, every other one allowed.
        assertThat(decisions("ALLOWED")).isEqualTo(5_000.0);
        assertThat(decisions("DENIED")).isEqualTo(5_000.0);
    }

    @Property(tries = 50)
    void decisionCountsAddUpToTheDecisionsRecorded(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 2) Integer> outcomes) {
        CxMetrics fresh = CxMetrics.create();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        fresh.bindTo(meters);
        List<Decision> kinds = List.of(ALLOWED, NEEDS_APPROVAL, DENIED);

        outcomes.forEach(o -> fresh.record(T1_REFUND, kinds.get(o)));

        double total = meters.find(CxMetrics.DECISIONS).functionCounters().stream().mapToDouble(c -> c.count()).sum();
        assertThat(total).isEqualTo(outcomes.size());
    }

    private double decisions(String outcome) {
        return registry.get(CxMetrics.DECISIONS).tag("outcome", outcome).functionCounter().count();
    }

    private double fcr(String channel, String team) {
        return registry.get("cx.kpi.fcr").tags("channel", channel, "team", team).gauge().value();
    }

    private static AuditFinding finding(MistakeCode code, Severity severity) {
        return new AuditFinding(code, severity, "test-rule", Instant.parse("2026-03-02T10:00:00Z"),
                InteractionId.of("i-1"), null, AgentId.of("a-1"), null, Map.of("stated", "PT30S"), "a threshold",
                "Fix it.");
    }
}
