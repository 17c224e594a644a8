package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: {@code Allowed} carried no explanation. Every outcome has one {@link Decision#reason()}
 * an agent can read. The figures are those of docs/formats.md's example matrix (authority.csv under
 * src/test/resources): refund-t1 allows 50.00 alone, 150.00 per customer and 400.00 per agent in P30D.
 */
class DecisionReasonTest {

    private static final Policy POLICY = Policy.builder().version("v1").source(Fixtures.matrix("authority.csv")).build();

    @Test
    void anAllowedDecisionSaysWhichRuleAndWhatIsLeftUnderEachLimit() {
        // 45.00 of 50.00 alone; customer 100.00 + 45.00 of 150.00; agent 300.00 + 45.00 of 400.00.
        Decision allowed = POLICY.decide(refund(Tier.T1, "45.00").toBuilder().grantedToCustomer(eur("100.00"))
                .grantedByAgent(eur("300.00")).build());

        assertThat(allowed.reason()).isEqualTo("Within the limits of rule refund-t1: 5.00 EUR left of what may be "
                + "granted alone; 5.00 EUR left under the customer's period cap; 55.00 EUR left under the agent's "
                + "period cap.");
    }

    @Test
    void everyOutcomeHasAReasonWithoutPersonalData() {
        List<Decision> decisions = List.of(POLICY.decide(refund(Tier.T1, "10.00")),
                POLICY.decide(refund(Tier.T1, "120.00")), POLICY.decide(refund(Tier.T1, "250.00")),
                POLICY.decide(refund(Tier.T3, "10.00").toBuilder().action(dev.cxkit.core.Action.REFUND,
                        Money.of("10.00", "USD")).build()));

        assertThat(decisions).extracting(Decision::outcome).containsExactly(Decision.Outcome.ALLOWED,
                Decision.Outcome.NEEDS_APPROVAL, Decision.Outcome.DENIED, Decision.Outcome.DENIED);
        assertThat(decisions).extracting(Decision::reason).allSatisfy(reason -> assertThat(reason).isNotBlank()
                .doesNotContain("c-1", AgentId.of("a-1").value()));
    }

    @Test
    void aScalingRuleIsNamedInTheReason() {
        Allowed allowed = new Allowed(List.of(new Headroom("refund-t1-vip", CapKind.PER_REQUEST, eur("20.00"))),
                List.of("refund-t1-vip", "vip-complaint-2x"), "v1");

        assertThat(allowed.reason()).isEqualTo("Within the limits of rule refund-t1-vip (scaled by vip-complaint-2x): "
                + "20.00 EUR left of what may be granted alone.");
    }
}
