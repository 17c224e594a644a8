package dev.cxkit.test;

import static dev.cxkit.test.CxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.byLessThan;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The AssertJ entry points, on hand-built decisions and KPI values (no policy compiled). */
class CxAssertionsTest {

    private static final Decision ALLOWED = new Allowed(List.of(
            new Headroom("refund-t1", CapKind.PER_REQUEST, Money.of("20.00", "EUR")),
            new Headroom("refund-t1", CapKind.CUSTOMER_PERIOD, Money.of("120.00", "EUR"))),
            List.of("refund-t1"), "v1");
    private static final Decision NEEDS_APPROVAL = new NeedsApproval(ApproverRole.TEAM_LEAD,
            "REFUND of 120.00 EUR is above the 50.00 EUR that tier T1 may grant alone.", List.of("refund-t1"), "v1");
    private static final Decision DEFAULT_DENY = new Denied("No rule covers REFUND for tier T3.", List.of(), "v1");

    @Test
    void decisionAssertPassesOnMatchingDecisions() {
        assertThat(ALLOWED).isAllowed().hasFiredRules("refund-t1").hasPolicyVersion("v1")
                .hasHeadroom(CapKind.CUSTOMER_PERIOD, "120.00 EUR")
                .hasHeadroom("refund-t1", CapKind.PER_REQUEST, "20.00 EUR");
        assertThat(NEEDS_APPROVAL).isNeedingApprovalBy(ApproverRole.TEAM_LEAD).hasApprover("team_lead")
                .hasReasonContaining("above the 50.00 EUR").hasFiredRulesIncluding("refund-t1");
        assertThat(DEFAULT_DENY).isDenied().hasNoFiredRules().hasReasonContaining("No rule covers");
        assertThat(new Allowed(List.of(), List.of("credit-t1"), "v1")).hasNoHeadroom();
    }

    @Test
    void decisionAssertFailureShowsTheWholeDecision() {
        assertThatThrownBy(() -> assertThat(ALLOWED).isDenied())
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expecting a decision: Denied", "outcome: Allowed",
                        "PER_REQUEST of refund-t1: 20.00 EUR left", "CUSTOMER_PERIOD of refund-t1: 120.00 EUR left",
                        "fired rules: [refund-t1]", "policy version: v1")
                .hasMessageNotContaining("for the request");
        assertThatThrownBy(() -> assertThat(DEFAULT_DENY).hasFiredRules("refund-t3"))
                .hasMessageContainingAll("fired rules exactly [refund-t3]", "fired rules: (none: default deny)");
        assertThatThrownBy(() -> assertThat(ALLOWED).hasReasonContaining("limit"))
                .hasMessageContaining("a reason containing \"limit\"");
        assertThatThrownBy(() -> assertThat(NEEDS_APPROVAL).hasHeadroom(CapKind.PER_REQUEST, "20.00 EUR"))
                .hasMessageContainingAll("Allowed with 20.00 EUR left under PER_REQUEST", "outcome: NeedsApproval");
    }

    @Test
    void decisionAssertKeepsTheDescriptionAndRejectsNull() {
        assertThatThrownBy(() -> assertThat(NEEDS_APPROVAL).as("T1 refund").isAllowed())
                .hasMessageStartingWith("[T1 refund]");
        assertThatThrownBy(() -> assertThat((Decision) null).isAllowed()).isInstanceOf(AssertionError.class);
    }

    @Test
    void percentHeadroomComparesByValue() {
        Decision discount = new Allowed(List.of(new Headroom("discount-t1", CapKind.PER_REQUEST, Percent.parse("6"))),
                List.of("discount-t1"), "v1");

        assertThat(discount).hasHeadroom(CapKind.PER_REQUEST, "6.0%");
        assertThatThrownBy(() -> assertThat(discount).hasHeadroom(CapKind.PER_REQUEST, "6.00 EUR"))
                .hasMessageContaining("PER_REQUEST of discount-t1: 6% left");
    }

    @Test
    void kpiValueAssertPassesOnMatchingValues() {
        // 5 of 6 contacts resolved first time: 5 / 6 = 0.8333...
        KpiValue fcr = KpiValue.ratio("cx.kpi.fcr", "7d", 5, 6);

        assertThat(fcr).hasId("cx.kpi.fcr").hasVariant("7d").hasUnit(KpiUnit.RATIO).hasCount(6).isNotEmpty()
                .hasValueCloseTo(0.83, within(0.005));
        assertThat(KpiValue.ratio("cx.kpi.fcr", "", 1, 2)).hasValue(0.5);
        assertThat(KpiValue.ratio("cx.kpi.fcr", "", 0, 0)).isEmpty().hasCount(0);
        assertThat(new KpiValueAssert(fcr).value()).isEqualTo(5.0 / 6);
    }

    @Test
    void kpiValueAssertFailureShowsTheWholeValue() {
        KpiValue fcr = KpiValue.ratio("cx.kpi.fcr", "7d", 5, 6);

        assertThatThrownBy(() -> assertThat(fcr).hasValueCloseTo(0.9, within(0.01)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expecting a KPI value: value 0.9 within 0.01", "id: cx.kpi.fcr", "variant: 7d",
                        "value: 0.8333", "(83.3 %)", "count: 6", "unit: RATIO");
        // 0.8333 is 0.0033 from 0.83: inside within(0.005) but not inside byLessThan(0.003).
        assertThatThrownBy(() -> assertThat(fcr).hasValueCloseTo(0.83, byLessThan(0.003)))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertThat(KpiValue.ratio("cx.kpi.fcr", "", 0, 0)).hasValue(0.0))
                .hasMessageContaining("value: (empty: nothing to measure)");
        assertThatThrownBy(() -> assertThat(fcr).isEmpty()).hasMessageContaining("an empty value");
    }

    @Test
    void moneyAssertReadsAmountsAsWritten() {
        Money money = Money.of("120.00", "EUR");

        assertThat(money).isMoney("120 EUR").hasCurrency("EUR").isGreaterThan(Money.of("100.00", "EUR"));
        assertThat(Money.of("0", "USD")).isZero();
        assertThatThrownBy(() -> assertThat(money).isMoney("120.00 USD"))
                .hasMessageContainingAll("Expecting money: 120.00 USD", "but it was: 120.00 EUR");
    }

    @Test
    void assertJsOwnAssertThatStillWorksNextToOurs() {
        assertThat(List.of("a")).hasSize(1);
        assertThat("text").startsWith("te");
    }
}
