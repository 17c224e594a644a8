package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.NOW;
import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.refund;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.internal.Slf4jDecisionLog;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine: grants from the ledger, hot reload, the runaway guard and the decision log. */
class PolicyEngineTest {

    private static final Policy EXAMPLE = Policy.builder().version("v1")
            .source(Fixtures.matrix("authority.csv")).build();

    private static final AgentId A1 = AgentId.of("a-1");
    private static final AgentId A2 = AgentId.of("a-2");
    private static final CustomerId C1 = CustomerId.of("c-1");

    @Test
    void asksTheLedgerForThePeriodOfTheDecidingRow() {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        ledger.record(A2, C1, Action.REFUND, eur("100.00"), NOW.minus(Duration.ofDays(10)));
        ledger.record(A2, C1, Action.REFUND, eur("40.00"), NOW.minus(Duration.ofDays(30))); // window starts after this
        ledger.record(A2, C1, Action.CREDIT, eur("500.00"), NOW.minus(Duration.ofDays(1))); // another action
        ledger.record(A2, C1, Action.REFUND, Money.of("70.00", "USD"), NOW.minus(Duration.ofDays(1))); // another currency
        ledger.record(A1, CustomerId.of("c-2"), Action.REFUND, eur("300.00"), NOW.minus(Duration.ofDays(2)));
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK).grantLedger(ledger).decisionLog(DecisionLog.none()).build();

        // Customer: 100.00 + 45.00 = 145.00 of 150.00; agent a-1: 300.00 + 45.00 = 345.00 of 400.00.
        assertThat(engine.decide(refund(Tier.T1, "45.00"))).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.headroom()).extracting(Headroom::cap, Headroom::remaining).containsExactly(
                        tuple(CapKind.PER_REQUEST, eur("5.00")),
                        tuple(CapKind.CUSTOMER_PERIOD, eur("5.00")),
                        tuple(CapKind.AGENT_PERIOD, eur("55.00"))));
        // 100.00 + 50.00 = 150.00 is the cap; one more cent needs approval.
        assertThat(engine.decide(refund(Tier.T1, "50.00"))).isInstanceOf(Allowed.class);
        ledger.record(A2, C1, Action.REFUND, eur("0.01"), NOW);
        assertThat(engine.decide(refund(Tier.T1, "50.00"))).isInstanceOfSatisfying(NeedsApproval.class,
                n -> assertThat(n.reason()).contains("customer's total in P30D to 150.01 EUR"));
    }

    @Test
    void figuresInTheRequestOverrideTheLedger() {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        ledger.record(A2, C1, Action.REFUND, eur("140.00"), NOW.minus(Duration.ofDays(1)));
        ledger.record(A1, C1, Action.REFUND, eur("390.00"), NOW.minus(Duration.ofDays(1)));
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK).grantLedger(ledger).decisionLog(DecisionLog.none()).build();
        DecisionRequest.Builder request = request(Tier.T1, Action.REFUND, eur("30.00"));

        // Ledger: customer 530.00 + 30.00, agent 390.00 + 30.00: both caps broken.
        assertThat(engine.decide(request.build())).isInstanceOf(NeedsApproval.class);
        // The caller says nothing was granted in the period: 150.00 - 30.00 and 400.00 - 30.00 left.
        assertThat(engine.decide(request.grantedToCustomer(eur("0.00")).grantedByAgent(eur("0.00")).build()))
                .isInstanceOfSatisfying(Allowed.class, a -> assertThat(a.headroom()).extracting(Headroom::remaining)
                        .containsExactly(eur("20.00"), eur("120.00"), eur("370.00")));
    }

    @Test
    void agentCapCountsGrantsToEveryCustomer() {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        ledger.record(A1, CustomerId.of("c-2"), Action.REFUND, eur("200.00"), NOW.minus(Duration.ofDays(3)));
        ledger.record(A1, CustomerId.of("c-3"), Action.REFUND, eur("180.00"), NOW.minus(Duration.ofDays(2)));
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK).grantLedger(ledger).decisionLog(DecisionLog.none()).build();

        // 200.00 + 180.00 + 30.00 = 410.00 > 400.00.
        assertThat(engine.decide(refund(Tier.T1, "30.00"))).isInstanceOfSatisfying(NeedsApproval.class,
                n -> assertThat(n.reason()).contains("agent's total in P30D to 410.00 EUR"));
        ledger.forgetUpTo(NOW.minus(Duration.ofDays(3)));
        assertThat(engine.decide(refund(Tier.T1, "30.00"))).isInstanceOf(Allowed.class);
    }

    @Test
    void reloadSwapsToTheNewPolicy() {
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK).decisionLog(DecisionLog.none()).build();
        assertThat(engine.decide(refund(Tier.T3, "10.00"))).isInstanceOf(Denied.class);

        ReloadResult result = engine.reload("v2", List.of(PolicySource.authorityMatrix("t3.csv",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                        + "refund-t3,REFUND,T3,*,500.00,500.00,,EUR,,\n")));

        assertThat(result).isEqualTo(new ReloadResult.Applied("v1", "v2"));
        assertThat(engine.policy().version()).isEqualTo("v2");
        assertThat(engine.decide(refund(Tier.T3, "10.00"))).isInstanceOfSatisfying(Allowed.class, a -> {
            assertThat(a.policyVersion()).isEqualTo("v2");
            assertThat(a.firedRules()).containsExactly("refund-t3");
        });
    }

    @Test
    void failedReloadKeepsTheOldPolicyAndReturnsTheError() {
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK).decisionLog(DecisionLog.none()).build();

        ReloadResult result = engine.reload(List.of(PolicySource.authorityMatrix("broken.csv",
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n"
                        + "refund-t3,REFUND,T3,*,500.00,50.00,MANAGER,EUR,,\n")));

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Rejected.class, r -> {
            assertThat(r.currentVersion()).isEqualTo("v1");
            assertThat(r.error().problems()).extracting(PolicyProblem::source, PolicyProblem::line, PolicyProblem::column)
                    .containsExactly(tuple("broken.csv", 2, 5));
        });
        assertThat(engine.policy()).isSameAs(EXAMPLE);
        assertThat(engine.decide(refund(Tier.T1, "10.00")).policyVersion()).isEqualTo("v1");
    }

    @Test
    void stopsRunawayRulesWithAClearError() {
        String loop = "package policies.loop;\n"
                + "import dev.cxkit.rules.DecisionRequest;\n"
                + "import dev.cxkit.rules.spi.Ruling;\n"
                + "rule \"forever\" when\n"
                + "    DecisionRequest(hasFlag(\"loop\"))\n"
                + "    $r : Ruling()\n"
                + "then\n"
                + "    update($r);\n"
                + "end\n";
        Policy looping = Policy.builder().version("loopy").maxRuleFirings(50)
                .source(Fixtures.matrix("formats-example.csv")).source(PolicySource.drl("loop.drl", loop)).build();
        PolicyEngine engine = PolicyEngine.builder(looping).instantSource(Fixtures.CLOCK).decisionLog(DecisionLog.none()).build();
        DecisionRequest request = request(Tier.T1, Action.REFUND, eur("10.00")).flag("loop", true).build();

        assertThatThrownBy(() -> engine.decide(request))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessage("The policy loopy fired more than 50 rules for one decision and was stopped; still firing: "
                        + "[forever, refund-t1].\nMaybe a rule modifies a fact it matches without no-loop?");
        // The session that ran away is discarded: the next decisions are clean.
        assertThat(engine.decide(refund(Tier.T1, "10.00"))).isInstanceOf(Allowed.class);
        assertThat(engine.decide(refund(Tier.T1, "10.00"))).isInstanceOf(Allowed.class);
    }

    @Test
    void stopsRulesThatOverrunTheEvaluationTime() {
        // Issue 25 item 12: a rule that keeps firing under a firing limit it will not reach. A million
        // firings take well over a millisecond (each is a Drools agenda cycle of a microsecond or more),
        // so the time limit, checked before each firing, stops it.
        String loop = "package policies.slow;\n"
                + "import dev.cxkit.rules.DecisionRequest;\n"
                + "import dev.cxkit.rules.spi.Ruling;\n"
                + "rule \"spin\" when\n"
                + "    DecisionRequest(hasFlag(\"spin\"))\n"
                + "    $r : Ruling()\n"
                + "then\n"
                + "    update($r);\n"
                + "end\n";
        Policy slow = Policy.builder().version("slow").maxRuleFirings(1_000_000).maxEvaluationTime(Duration.ofMillis(1))
                .source(Fixtures.matrix("formats-example.csv")).source(PolicySource.drl("slow.drl", loop)).build();
        PolicyEngine engine = PolicyEngine.builder(slow).instantSource(Fixtures.CLOCK).decisionLog(DecisionLog.none())
                .build();

        assertThatThrownBy(() -> engine.decide(request(Tier.T1, Action.REFUND, eur("10.00")).flag("spin", true).build()))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessageStartingWith("The policy slow ran longer than PT0.001S for one decision and was stopped")
                .hasMessageContaining("Policy.Builder.maxEvaluationTime");
        // (Not decided again here: a cold session or a pause of the machine may take a millisecond by itself.)
        assertThat(slow.toBuilder().build().maxEvaluationTime()).isEqualTo(Duration.ofMillis(1));
        assertThat(engine.reload(slow.sources())).isInstanceOf(ReloadResult.Applied.class);
        assertThat(engine.policy().maxEvaluationTime()).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> Policy.builder().maxEvaluationTime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }

    @Test
    void reportsARuleThatFailsAsAnEvaluationError() {
        String failing = "package policies.failing;\n"
                + "import dev.cxkit.rules.spi.Ruling;\n"
                + "rule \"zero-factor\" when\n"
                + "    $r : Ruling(request.hasFlag(\"broken\"))\n"
                + "then\n"
                + "    $r.scaleLimits(0);\n"
                + "end\n";
        Policy policy = Policy.builder().version("f1").source(Fixtures.matrix("formats-example.csv"))
                .source(PolicySource.drl("failing.drl", failing)).build();
        DecisionRequest broken = request(Tier.T1, Action.REFUND, eur("10.00")).flag("broken", true).build();

        assertThatThrownBy(() -> policy.decide(broken))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessageStartingWith("The policy f1 failed in rule \"zero-factor\": ")
                .hasMessageContaining("The factor (0) of rule zero-factor must be above 0");
        assertThat(policy.decide(refund(Tier.T1, "10.00"))).isInstanceOf(Allowed.class);
    }

    @Test
    void logEntriesStayOnOneLine() {
        DecisionRequest request = refund(Tier.T1, "10.00");
        Decision denied = new Denied("Two\nlines with \"quotes\"", List.of("r"), "v1");

        assertThat(Slf4jDecisionLog.line(request, denied)).endsWith("reason=\"Two lines with 'quotes'\"");
    }

    @Test
    void writesOneStructuredLinePerDecisionWithoutPersonalData() {
        List<String> lines = new ArrayList<>();
        PolicyEngine engine = PolicyEngine.builder(EXAMPLE).instantSource(Fixtures.CLOCK)
                .decisionLog((request, decision) -> lines.add(Slf4jDecisionLog.line(request, decision)))
                .build();

        engine.decide(request(Tier.T1, Action.REFUND, eur("30.00")).requestId("r-7").build());
        engine.decide(refund(Tier.T1, "120.00"));

        assertThat(lines).containsExactly(
                "outcome=ALLOWED rules=[refund-t1] policy=v1 tier=T1 action=REFUND amount=\"30.00 EUR\" segment=STANDARD "
                        + "channel=PHONE agent=a-1 customer=c-1 request=r-7",
                "outcome=NEEDS_APPROVAL rules=[refund-t1] policy=v1 tier=T1 action=REFUND amount=\"120.00 EUR\" "
                        + "segment=STANDARD channel=PHONE agent=a-1 customer=c-1 approver=TEAM_LEAD reason=\"REFUND of "
                        + "120.00 EUR is above the 50.00 EUR that tier T1 may grant alone (rule refund-t1); TEAM_LEAD may "
                        + "approve up to 200.00 EUR.\"");
    }

    @Test
    void defaultLogWritesThroughSlf4j() {
        PolicyEngine engine = PolicyEngine.of(EXAMPLE);

        assertThat(engine.decide(request(Tier.T1, Action.REFUND, eur("30.00")).at(Instant.now()).build())).isInstanceOf(Allowed.class);
    }
}
