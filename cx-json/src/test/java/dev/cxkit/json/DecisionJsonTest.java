package dev.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.core.Action;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import org.junit.jupiter.api.Test;

class DecisionJsonTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void eachOutcomeHasItsNameReasonAndRules() {
        assertThat(DecisionJson.toJson(new Allowed(List.of(new Headroom("refund-t1", CapKind.CUSTOMER_PERIOD,
                Money.of("30.00", "EUR"))), List.of("refund-t1"), "v1")))
                .isEqualTo("{\"outcome\":\"ALLOWED\",\"approverRole\":null,\"reason\":\"Within the limits of rule "
                        + "refund-t1: 30.00 EUR left under the customer's period cap.\",\"firedRules\":[\"refund-t1\"],\"headroom\":"
                        + "[{\"ruleId\":\"refund-t1\",\"cap\":\"CUSTOMER_PERIOD\",\"amount\":\"30.00\",\"currency\":\"EUR\"}],"
                        + "\"policyVersion\":\"v1\"}");
        assertThat(DecisionJson.toJson(new NeedsApproval(ApproverRole.TEAM_LEAD, "over 100.00 EUR", List.of("r"), "v1")))
                .isEqualTo("{\"outcome\":\"NEEDS_APPROVAL\",\"approverRole\":\"TEAM_LEAD\",\"reason\":\"over 100.00 EUR\","
                        + "\"firedRules\":[\"r\"],\"headroom\":[],\"policyVersion\":\"v1\"}");
        assertThat(DecisionJson.toJson(new Denied("no rule", List.of(), "v1")))
                .isEqualTo("{\"outcome\":\"DENIED\",\"approverRole\":null,\"reason\":\"no rule\",\"firedRules\":[],"
                        + "\"headroom\":[],\"policyVersion\":\"v1\"}");
    }

    @Test
    void readsARequestWithDecimalAmountAndTheClockAsDefaultInstant() {
        DecisionRequest request = DecisionRequestJson.parse(bytes("{\"requestId\":\"r-1\",\"agentId\":\"a-1\","
                + "\"agentTier\":\"T1\",\"action\":\"REFUND\",\"amount\":120.10,\"currency\":\"EUR\",\"customerId\":\"c-1\","
                + "\"flags\":{\"hasOpenComplaint\":true}}"), CLOCK);

        assertThat(request.amount()).isEqualTo(Money.of("120.10", "EUR"));
        assertThat(request.agentTier()).isEqualTo(Tier.T1);
        assertThat(request.action()).isEqualTo(Action.REFUND);
        assertThat(request.at()).isEqualTo(CLOCK.instant());
        assertThat(request.flags()).containsEntry("hasOpenComplaint", true);
    }

    @Test
    void namesTheFieldAtFaultAndTellsMalformedFromInvalid() {
        assertThatThrownBy(() -> DecisionRequestJson.parse(bytes("{\"agentId\":\"a-1\",\"colour\":\"red\"}"), CLOCK))
                .isInstanceOfSatisfying(JsonShapeException.class, e -> {
                    assertThat(e.field()).isEqualTo("colour");
                    assertThat(e.isWellFormed()).isTrue();
                    assertThat(e).hasMessageStartingWith("field 'colour': unknown field. Known fields: requestId");
                });
        assertThatThrownBy(() -> DecisionRequestJson.parse(bytes("{\"agentId\":"), CLOCK))
                .isInstanceOfSatisfying(JsonShapeException.class, e -> {
                    assertThat(e.field()).isNull();
                    assertThat(e.isWellFormed()).isFalse();
                });
        assertThatThrownBy(() -> DecisionRequestJson.parse(bytes("{\"agentId\":\"a-1\",\"agentTier\":\"T1\","
                + "\"action\":\"REFUND\",\"amount\":\"12\",\"customerId\":\"c-1\"}"), CLOCK))
                .isInstanceOfSatisfying(JsonShapeException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    }

    @Test
    void findingsHaveTheirFieldsAndCountsPerCode() throws Exception {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("stated", "PT30S");
        evidence.put("actual", "PT2M");
        AuditFinding finding = new AuditFinding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM, "hold-over-stated",
                Instant.parse("2026-03-02T09:03:00Z"), InteractionId.of("i-1"), null, null, null, evidence,
                "actual > stated × 1.5", "Say how long the hold will really be.");

        assertThat(AuditJson.toJson(finding)).isEqualTo("{\"code\":\"HOLD_OVER_STATED\",\"interactionId\":\"i-1\","
                + "\"severity\":\"MEDIUM\",\"evidence\":{\"stated\":\"PT30S\",\"actual\":\"PT2M\"},"
                + "\"fix\":\"Say how long the hold will really be.\",\"ruleId\":\"hold-over-stated\","
                + "\"occurredAt\":\"2026-03-02T09:03:00Z\",\"caseId\":null,\"agentId\":null,\"team\":null,"
                + "\"threshold\":\"actual > stated × 1.5\"}");
        String both = AuditJson.toJson(List.of(finding, finding));
        assertThat(both).startsWith("{\"findings\":[{").endsWith("],\"counts\":{\"HOLD_OVER_STATED\":2}}");
        ScorecardJsonTest.assertWellFormed(both);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
