package dev.cxkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.spi.DecisionLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The verifier against a real policy compiled once from authority.csv (the docs/authority-matrix.md rows plus a
 * discount row). Expected amounts are the row's limit minus the request, computed by hand.
 */
class PolicyVerifierTest {

    private static final Policy POLICY = Policy.builder()
            .version("testkit-1")
            .source(PolicySource.authorityMatrix("authority.csv", resource("authority.csv")))
            .build();

    private static final PolicyVerifier VERIFIER = PolicyVerifier.forPolicy(POLICY);

    @Test
    void passesWhenOutcomeApproverAndFiredRulesMatch() {
        // 120.00 > allow_up_to 50.00 and <= approval_up_to 200.00 of refund-t1.
        NeedsApproval decision = VERIFIER.given(TestRequests.refund("120.00 EUR").byTier(Tier.T1))
                .decides(NeedsApproval.class)
                .withApprover("TEAM_LEAD")
                .firing("refund-t1")
                .withReasonContaining("above the 50.00 EUR")
                .withPolicyVersion("testkit-1")
                .decision();

        assertThat(decision.approverRole()).isEqualTo(ApproverRole.TEAM_LEAD);
    }

    @Test
    void checksHeadroomOfAllowedDecisions() {
        // refund-t1: 50.00 - 30.00 per request; 150.00 - (100.00 + 30.00) customer period cap.
        VERIFIER.given(TestRequests.refund("30.00 EUR").alreadyGrantedToCustomer("100.00 EUR"))
                .allows()
                .withHeadroom(CapKind.PER_REQUEST, "20.00 EUR")
                .withHeadroom(CapKind.CUSTOMER_PERIOD, "20.00 EUR")
                .firing("refund-t1");
        // discount-t1: 10% - 4% per request, no caps for percent actions.
        VERIFIER.given(TestRequests.discount("4%")).allows().withHeadroom(CapKind.PER_REQUEST, "6%");
    }

    @Test
    void checksDeniedAndVipRows() {
        VERIFIER.given(TestRequests.refund("250.00 EUR")).denies().withReasonContaining("approval limit").firing("refund-t1");
        // The VIP row (allow_up_to 100.00) beats the * row (50.00).
        VERIFIER.given(TestRequests.refund("80.00 EUR").forSegment(Segment.VIP)).allows().firing("refund-t1-vip");
        // No row for T3: a default deny fires no rule.
        VERIFIER.given(TestRequests.refund("1.00 EUR").byTier(Tier.T3)).denies().firingNoRule();
    }

    @Test
    void wrongOutcomeFailsShowingTheWholeDecisionAndTheRequest() {
        assertThatThrownBy(() -> VERIFIER.given(TestRequests.refund("120.00 EUR")).allows())
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(
                        "Expecting a decision: Allowed",
                        "outcome: NeedsApproval",
                        "approver: TEAM_LEAD",
                        "reason: REFUND of 120.00 EUR is above the 50.00 EUR that tier T1 may grant alone",
                        "fired rules: [refund-t1]",
                        "policy version: testkit-1",
                        "for the request:",
                        "action: REFUND of 120.00 EUR",
                        "agent: a-test (T1)",
                        "customer: c-test (STANDARD)");
    }

    @Test
    void wrongApproverFiringOrHeadroomFailsNamingTheExpectation() {
        PolicyVerifier.Expectation<NeedsApproval> needsApproval =
                VERIFIER.given(TestRequests.refund("120.00 EUR")).needsApproval();

        assertThatThrownBy(() -> needsApproval.withApprover(ApproverRole.MANAGER))
                .hasMessageContainingAll("NeedsApproval with approver MANAGER", "approver: TEAM_LEAD");
        assertThatThrownBy(() -> needsApproval.firing("refund-t2"))
                .hasMessageContainingAll("fired rules exactly [refund-t2]", "fired rules: [refund-t1]");
        assertThatThrownBy(() -> VERIFIER.given(TestRequests.refund("30.00 EUR")).allows()
                .withHeadroom(CapKind.PER_REQUEST, "25.00 EUR"))
                .hasMessageContainingAll("Allowed with 25.00 EUR left under PER_REQUEST",
                        "PER_REQUEST of refund-t1: 20.00 EUR left", "CUSTOMER_PERIOD of refund-t1: 120.00 EUR left");
    }

    @Test
    void percentAmountsDoNotBreakTheFailureMessage() {
        // 25% > approval_up_to 20% of discount-t1.
        assertThatThrownBy(() -> VERIFIER.given(TestRequests.discount("25%")).allows())
                .hasMessageContainingAll("outcome: Denied", "action: DISCOUNT of 25%");
    }

    @Test
    void satisfyingAddsDecisionAndRequestToTheUsersFailure() {
        assertThatThrownBy(() -> VERIFIER.given(TestRequests.refund("250.00 EUR")).denies()
                .satisfying(d -> assertThat(d.reason()).startsWith("Nope")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Nope", "for the decision:", "outcome: Denied", "action: REFUND of 250.00 EUR");
    }

    @Test
    void rejectsDecisionItselfAsAnOutcome() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VERIFIER.given(TestRequests.refund("1.00 EUR")).decides(Decision.class))
                .withMessageContaining("must be one of Allowed, NeedsApproval or Denied");
    }

    @Test
    void verifierFromAnEngineUsesItsCurrentPolicy() {
        PolicyEngine engine = PolicyEngine.builder(POLICY).decisionLog(DecisionLog.none()).build();

        PolicyVerifier.forEngine(engine).given(TestRequests.refund("700.00 EUR").byTier(Tier.T2))
                .decides(NeedsApproval.class).withApprover(ApproverRole.MANAGER).firing("refund-t2");
        assertThat(PolicyVerifier.forEngine(engine).given(TestRequests.refund("10.00 EUR")).decision())
                .isInstanceOf(Allowed.class);
        assertThat(VERIFIER.given(TestRequests.refund("2000.00 EUR").byTier(Tier.T2)).decision())
                .isInstanceOf(Denied.class);
    }

    private static String resource(String name) {
        try (InputStream in = PolicyVerifierTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
