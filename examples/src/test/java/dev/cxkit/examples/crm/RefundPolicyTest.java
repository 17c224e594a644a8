package dev.cxkit.examples.crm;

import static dev.cxkit.test.CxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.kpi.Abandonment;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import dev.cxkit.test.PolicyVerifier;
import dev.cxkit.test.TestInteractions;
import dev.cxkit.test.TestRequests;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How a CRM project tests its own authority matrix (src/test/resources/crm/authority.csv, the format
 * of docs/authority-matrix.md) with cx-test: one policy compiled per class, one line per request, one line per
 * expectation. Expected amounts are the row's limits minus the request, computed by hand from the CSV.
 */
class RefundPolicyTest {

    private static final Policy POLICY = Policy.builder()
            .version("crm-2026-11")
            .source(PolicySource.read(resource("/crm/authority.csv")))
            .build();

    private static final PolicyVerifier VERIFIER = PolicyVerifier.forPolicy(POLICY);

    @Test
    void firstTierAgentRefundsSmallAmountsAlone() {
        // refund-t1: 50.00 - 30.00 left per request, 150.00 - 30.00 left for the customer this period.
        VERIFIER.given(TestRequests.refund("30.00 EUR").byTier(Tier.T1))
                .allows()
                .firing("refund-t1")
                .withHeadroom(CapKind.PER_REQUEST, "20.00 EUR")
                .withHeadroom(CapKind.CUSTOMER_PERIOD, "120.00 EUR");
    }

    @Test
    void teamLeadApprovesFirstTierRefundsAboveTheirLimit() {
        // 120.00 is above allow_up_to 50.00 and within approval_up_to 200.00.
        VERIFIER.given(TestRequests.refund("120.00 EUR").byTier(Tier.T1))
                .decides(NeedsApproval.class)
                .withApprover("TEAM_LEAD")
                .firing("refund-t1");
        // A second-tier agent has their own row: 700.00 needs a manager.
        VERIFIER.given(TestRequests.refund("700.00 EUR").byTier(Tier.T2))
                .needsApproval()
                .withApprover(ApproverRole.MANAGER)
                .firing("refund-t2");
    }

    @Test
    void nobodyInTheMatrixGrantsAboveTheApprovalLimit() {
        VERIFIER.given(TestRequests.refund("250.00 EUR").byTier(Tier.T1))
                .denies()
                .firing("refund-t1")
                .withReasonContaining("approval limit of 200.00 EUR");
        // No row for T3: default deny, no rule fired.
        VERIFIER.given(TestRequests.refund("5.00 EUR").byTier(Tier.T3)).denies().firingNoRule();
    }

    @Test
    void cumulativeCapSendsTheNextSmallRefundForApproval() {
        // 40.00 alone is within 50.00, but 130.00 already granted + 40.00 = 170.00 > the 150.00 period cap.
        VERIFIER.given(TestRequests.refund("40.00 EUR").alreadyGrantedToCustomer("130.00 EUR"))
                .needsApproval()
                .withApprover("TEAM_LEAD")
                .withReasonContaining("above the period cap of 150.00 EUR");
        // 20.00 more still fits: 150.00 - (130.00 + 20.00) = 0.00 left.
        VERIFIER.given(TestRequests.refund("20.00 EUR").alreadyGrantedToCustomer("130.00 EUR"))
                .allows()
                .withHeadroom(CapKind.CUSTOMER_PERIOD, "0.00 EUR");
    }

    @Test
    void cumulativeCapCountsWhatTheLedgerRemembers() {
        InMemoryGrantLedger ledger = InMemoryGrantLedger.create();
        // Two refunds to the same customer earlier in the period: 70.00 + 70.00 = 140.00 of 150.00.
        ledger.record(AgentId.of("a-9"), CustomerId.of(TestRequests.DEFAULT_CUSTOMER), Action.REFUND,
                Money.of("70.00", "EUR"), TestInteractions.EPOCH.minus(Duration.ofDays(10)));
        ledger.record(AgentId.of("a-9"), CustomerId.of(TestRequests.DEFAULT_CUSTOMER), Action.REFUND,
                Money.of("70.00", "EUR"), TestInteractions.EPOCH.minus(Duration.ofDays(2)));
        PolicyVerifier withLedger = PolicyVerifier.forPolicy(POLICY, ledger);

        withLedger.given(TestRequests.refund("10.00 EUR")).allows().withHeadroom(CapKind.CUSTOMER_PERIOD, "0.00 EUR");
        withLedger.given(TestRequests.refund("10.01 EUR")).needsApproval().withApprover("TEAM_LEAD");
    }

    @Test
    void vipRowBeatsTheGenericRow() {
        // 80.00 is above the generic T1 limit (50.00) but within the VIP row's 100.00.
        VERIFIER.given(TestRequests.refund("80.00 EUR").forSegment(Segment.VIP))
                .allows()
                .firing("refund-t1-vip")
                .withHeadroom(CapKind.PER_REQUEST, "20.00 EUR");
        VERIFIER.given(TestRequests.refund("80.00 EUR").forSegment(Segment.STANDARD)).needsApproval().firing("refund-t1");
        // Goodwill has no period cap: only per-request headroom, 15.00 - 10.00.
        assertThat(POLICY.decide(TestRequests.request(Action.GOODWILL_GESTURE, "10.00 EUR").build()))
                .isAllowed()
                .hasFiredRules("goodwill-t1")
                .hasHeadroom(CapKind.PER_REQUEST, "5.00 EUR")
                .hasPolicyVersion("crm-2026-11");
    }

    @Test
    void refundQueueAbandonmentIsMeasuredOnTheSameFixtures() {
        Abandonment abandonment = Abandonment.create();
        Stream.of(
                TestInteractions.answeredCall(Duration.ofSeconds(30), Duration.ofMinutes(5)),
                TestInteractions.answeredCall(Duration.ofSeconds(50), Duration.ofMinutes(7)),
                TestInteractions.answeredCall(Duration.ofSeconds(20), Duration.ofMinutes(4)),
                TestInteractions.abandonedCall(Duration.ofSeconds(120)),
                TestInteractions.abandonedCall(Duration.ofSeconds(3))) // a short abandon (<= 5 s): excluded
                .forEach(abandonment);

        // (2 abandoned - 1 short) / (5 offered - 1 short) = 1 / 4.
        assertThat(abandonment.result())
                .hasId(Abandonment.ID)
                .hasCount(4)
                .hasValueCloseTo(0.25, within(1e-9));
        assertThat(abandonment.shortAbandonCount()).isEqualTo(1);
    }

    private static Path resource(String name) {
        URL url = Objects.requireNonNull(RefundPolicyTest.class.getResource(name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
