package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.refund;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cxkit.core.Action;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decisions of one policy compiled from authority.csv and vip-complaint.drl. Every expected amount is
 * the row's limit minus what the request adds, computed by hand from authority.csv.
 */
class PolicyDecisionTest {

    private static final Policy POLICY = Policy.builder()
            .version("test-1")
            .source(Fixtures.matrix("authority.csv"))
            .source(Fixtures.drl("vip-complaint.drl"))
            .build();

    @Test
    void allowsRefundWithinTierLimitAndReportsHeadroomUnderEachCap() {
        Decision decision = POLICY.decide(refund(Tier.T1, "30.00"));

        assertThat(decision).isInstanceOf(Allowed.class);
        Allowed allowed = (Allowed) decision;
        // refund-t1: 50.00 - 30.00 per request, 150.00 - 30.00 customer cap, 400.00 - 30.00 agent cap.
        assertThat(allowed.headroom()).extracting(Headroom::ruleId, Headroom::cap, Headroom::remaining).containsExactly(
                tuple("refund-t1", CapKind.PER_REQUEST, eur("20.00")),
                tuple("refund-t1", CapKind.CUSTOMER_PERIOD, eur("120.00")),
                tuple("refund-t1", CapKind.AGENT_PERIOD, eur("370.00")));
        assertThat(allowed.firedRules()).containsExactly("refund-t1");
        assertThat(allowed.policyVersion()).isEqualTo("test-1");
    }

    @Test
    void needsApprovalAboveAllowUpToWithinApprovalUpTo() {
        Decision decision = POLICY.decide(refund(Tier.T1, "120.00"));

        assertThat(decision).isInstanceOfSatisfying(NeedsApproval.class, n -> {
            assertThat(n.approverRole()).isEqualTo(ApproverRole.TEAM_LEAD);
            assertThat(n.reason()).isEqualTo("REFUND of 120.00 EUR is above the 50.00 EUR that tier T1 may grant alone "
                    + "(rule refund-t1); TEAM_LEAD may approve up to 200.00 EUR.");
            assertThat(n.firedRules()).containsExactly("refund-t1");
            assertThat(n.policyVersion()).isEqualTo("test-1");
        });
    }

    @Test
    void deniesAboveApprovalUpTo() {
        Decision decision = POLICY.decide(refund(Tier.T1, "250.00"));

        assertThat(decision).isInstanceOfSatisfying(Denied.class, d -> {
            assertThat(d.reason()).isEqualTo("REFUND of 250.00 EUR is above the approval limit of 200.00 EUR (rule refund-t1).");
            assertThat(d.firedRules()).containsExactly("refund-t1");
        });
    }

    @Test
    void limitsAreInclusive() {
        assertThat(POLICY.decide(refund(Tier.T1, "50.00"))).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.headroom().get(0).remaining()).isEqualTo(eur("0.00")));
        assertThat(POLICY.decide(refund(Tier.T1, "50.01"))).isInstanceOf(NeedsApproval.class);
        assertThat(POLICY.decide(refund(Tier.T1, "200.00"))).isInstanceOf(NeedsApproval.class);
        assertThat(POLICY.decide(refund(Tier.T1, "200.01"))).isInstanceOf(Denied.class);
    }

    @Test
    void higherTierHasItsOwnRow() {
        assertThat(POLICY.decide(refund(Tier.T2, "700.00"))).isInstanceOfSatisfying(NeedsApproval.class, n -> {
            assertThat(n.approverRole()).isEqualTo(ApproverRole.MANAGER);
            assertThat(n.firedRules()).containsExactly("refund-t2");
        });
    }

    @Test
    void exactSegmentRowBeatsWildcardRow() {
        // 80.00 is above refund-t1 (50.00) but within refund-t1-vip (100.00): the VIP row must decide.
        DecisionRequest vip = request(Tier.T1, Action.REFUND, eur("80.00"))
                .customer(CustomerId.of("c-9"), Segment.VIP).build();

        assertThat(POLICY.decide(vip)).isInstanceOfSatisfying(Allowed.class, a -> {
            assertThat(a.firedRules()).containsExactly("refund-t1-vip");
            assertThat(a.headroom().get(0).remaining()).isEqualTo(eur("20.00"));
        });
    }

    @Test
    void drlRuleDoublesVipLimitsWhenComplaintIsOpen() {
        DecisionRequest.Builder vip = request(Tier.T1, Action.REFUND, eur("150.00"))
                .customer(CustomerId.of("c-9"), Segment.VIP);

        assertThat(POLICY.decide(vip.build())).isInstanceOf(NeedsApproval.class);
        // 2 × 100.00 = 200.00 allowed alone: 50.00 left; the period cap (300.00) is not scaled: 150.00 left.
        assertThat(POLICY.decide(vip.flag("hasOpenComplaint", true).build())).isInstanceOfSatisfying(Allowed.class, a -> {
            assertThat(a.firedRules()).containsExactly("refund-t1-vip", "vip-complaint-2x");
            assertThat(a.headroom()).extracting(Headroom::remaining).containsExactly(eur("50.00"), eur("150.00"));
        });
        // 2 × 300.00 = 600.00 with approval.
        assertThat(POLICY.decide(vip.action(Action.REFUND, eur("550.00")).build()))
                .isInstanceOfSatisfying(NeedsApproval.class, n -> assertThat(n.reason()).contains("up to 600.00 EUR"));
        assertThat(POLICY.decide(vip.action(Action.REFUND, eur("600.01")).build())).isInstanceOf(Denied.class);
        // The period cap still holds: 200.00 already granted + 150.00 = 350.00 > 300.00.
        assertThat(POLICY.decide(vip.action(Action.REFUND, eur("150.00")).grantedToCustomer(eur("200.00")).build()))
                .isInstanceOfSatisfying(NeedsApproval.class, n -> assertThat(n.reason()).contains("350.00 EUR"));
    }

    @Test
    void denyBeatsAllowAtEqualSpecificityButNotAMoreSpecificRow() {
        DecisionRequest standardOnSocial = request(Tier.T1, Action.REFUND, eur("20.00")).channel(Channel.SOCIAL).build();
        DecisionRequest vipOnSocial = standardOnSocial.toBuilder()
                .customer(CustomerId.of("c-9"), Segment.VIP).build();

        assertThat(POLICY.decide(standardOnSocial)).isInstanceOfSatisfying(Denied.class, d -> {
            assertThat(d.firedRules()).containsExactly("no-refund-on-social");
            assertThat(d.reason()).startsWith("Refunds are not granted over social media");
        });
        assertThat(POLICY.decide(vipOnSocial)).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.firedRules()).containsExactly("refund-t1-vip"));
    }

    @Test
    void deniesByDefaultWhenNoRuleMatches() {
        assertThat(POLICY.decide(refund(Tier.T3, "1.00"))).isInstanceOfSatisfying(Denied.class, d -> {
            assertThat(d.reason()).isEqualTo("No rule covers REFUND by tier T3 for segment STANDARD in EUR (default deny).");
            assertThat(d.firedRules()).isEmpty();
            assertThat(d.policyVersion()).isEqualTo("test-1");
        });
        assertThat(POLICY.decide(request(Tier.T1, Action.GOODWILL_GESTURE, eur("1.00")).build()))
                .isInstanceOfSatisfying(Denied.class, d -> assertThat(d.reason()).contains("default deny"));
    }

    @Test
    void deniesRequestInACurrencyNoRuleCovers() {
        DecisionRequest inGbp = request(Tier.T1, Action.REFUND, Money.of("10.00", "GBP")).build();

        assertThat(POLICY.decide(inGbp)).isInstanceOfSatisfying(Denied.class, d -> assertThat(d.reason())
                .isEqualTo("No rule covers REFUND in GBP (the policy covers it in EUR, USD)."));
        assertThat(POLICY.decide(request(Tier.T1, Action.REFUND, Money.of("55.00", "USD")).build()))
                .isInstanceOfSatisfying(Allowed.class, a -> assertThat(a.firedRules()).containsExactly("refund-t1-usd"));
    }

    @Test
    void customerPeriodCapUsesWhatTheRequestSaysWasGranted() {
        DecisionRequest.Builder thirty = request(Tier.T1, Action.REFUND, eur("30.00"));

        // 120.00 + 30.00 = 150.00: exactly the cap.
        assertThat(POLICY.decide(thirty.grantedToCustomer(eur("120.00")).build())).isInstanceOfSatisfying(Allowed.class,
                a -> assertThat(a.headroom()).extracting(Headroom::cap, Headroom::remaining)
                        .contains(tuple(CapKind.CUSTOMER_PERIOD, eur("0.00"))));
        // 130.00 + 30.00 = 160.00 > 150.00, and 30.00 ≤ 200.00: approval.
        assertThat(POLICY.decide(thirty.grantedToCustomer(eur("130.00")).build()))
                .isInstanceOfSatisfying(NeedsApproval.class, n -> assertThat(n.reason()).isEqualTo(
                        "REFUND of 30.00 EUR would bring the customer's total in P30D to 160.00 EUR, above the period cap "
                                + "of 150.00 EUR (rule refund-t1); TEAM_LEAD may approve up to 200.00 EUR."));
    }

    @Test
    void agentPeriodCapUsesWhatTheRequestSaysTheAgentGranted() {
        // 380.00 + 30.00 = 410.00 > 400.00.
        DecisionRequest request = request(Tier.T1, Action.REFUND, eur("30.00")).grantedByAgent(eur("380.00")).build();

        assertThat(POLICY.decide(request)).isInstanceOfSatisfying(NeedsApproval.class,
                n -> assertThat(n.reason()).contains("agent's total in P30D to 410.00 EUR"));
    }

    @Test
    void percentActionsCompareWithPercentLimits() {
        assertThat(POLICY.decide(request(Tier.T1, Action.DISCOUNT, Percent.parse("10%")).build()))
                .isInstanceOfSatisfying(Allowed.class, a -> assertThat(a.headroom())
                        .containsExactly(new Headroom("discount-t1", CapKind.PER_REQUEST, Percent.parse("0%"))));
        assertThat(POLICY.decide(request(Tier.T1, Action.DISCOUNT, Percent.parse("7.5%")).build()))
                .isInstanceOfSatisfying(Allowed.class, a -> assertThat(a.headroom().get(0).remaining())
                        .isEqualTo(Percent.parse("2.5%")));
        assertThat(POLICY.decide(request(Tier.T1, Action.DISCOUNT, Percent.parse("15%")).build()))
                .isInstanceOf(NeedsApproval.class);
        assertThat(POLICY.decide(request(Tier.T1, Action.DISCOUNT, Percent.parse("25%")).build()))
                .isInstanceOf(Denied.class);
    }

    @Test
    void rowWithoutApprovalBandAllowsOrDenies() {
        assertThat(POLICY.decide(request(Tier.T1, Action.CREDIT, eur("20.00")).build())).isInstanceOf(Allowed.class);
        assertThat(POLICY.decide(request(Tier.T1, Action.CREDIT, eur("20.01")).build())).isInstanceOf(Denied.class);
    }

    @Test
    void zeroLimitRowForbidsAnActionForASegment() {
        DecisionRequest vipWaiver = request(Tier.T1, Action.FEE_WAIVER, eur("5.00"))
                .customer(CustomerId.of("c-9"), Segment.VIP).build();

        assertThat(POLICY.decide(vipWaiver)).isInstanceOfSatisfying(Denied.class,
                d -> assertThat(d.firedRules()).containsExactly("fee-waiver-t1-nope"));
    }

    @Test
    void formatsExampleCompilesAndDecides() {
        Policy example = Policy.compile(List.of(Fixtures.matrix("formats-example.csv")));

        assertThat(example.version()).matches("sha256:[0-9a-f]{12}");
        assertThat(example.decide(refund(Tier.T1, "40.00"))).isInstanceOf(Allowed.class);
        assertThat(example.decide(refund(Tier.T2, "700.00"))).isInstanceOf(NeedsApproval.class);
        assertThat(example.decide(refund(Tier.T2, "1000.01"))).isInstanceOf(Denied.class);
    }
}
