package dev.cxkit.audit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import org.junit.jupiter.api.Test;

/** The collector rules report to, and the validation of what they report. */
class AuditFindingsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static AuditedContact contact() {
        Interaction interaction = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(T0).answeredAt(T0.plusSeconds(20)).endedAt(T0.plusSeconds(600)).build();
        return AuditedContact.of(interaction, T0.plusSeconds(3600), GeneratorConfig.ofDefaults().calendar());
    }

    @Test
    void evidenceKeepsItsOrderAndRendersValuesAsText() {
        AuditFindings findings = new AuditFindings();

        findings.report(MistakeCode.LONG_HOLD, Severity.MEDIUM, "long-hold", T0, contact())
                .evidence("holdTo", T0.plusSeconds(400)).evidence("actual", java.time.Duration.ofSeconds(400))
                .threshold("hold segment > PT5M").fix("Offer a callback.").emit();

        AuditFinding finding = findings.drain().get(0);
        assertThat(finding.evidence()).containsExactly(Map.entry("holdTo", "2026-03-02T09:06:40Z"),
                Map.entry("actual", "PT6M40S"));
        assertThat(finding.interactionId()).isEqualTo(InteractionId.of("i-1"));
        assertThat(findings.drain()).isEmpty();
    }

    @Test
    void aNullEvidenceValueIsRejectedNamingItsKey() {
        AuditFindings.Draft draft = new AuditFindings().report(MistakeCode.LONG_HOLD, Severity.MEDIUM, "long-hold", T0,
                contact());
        Object missing = null;

        assertThatThrownBy(() -> draft.evidence("holdTo", missing)).isInstanceOf(NullPointerException.class)
                .hasMessage("The evidence value of 'holdTo' must not be null.");
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("holdTo", null);
        assertThatThrownBy(() -> new AuditFinding(MistakeCode.LONG_HOLD, Severity.MEDIUM, "long-hold", T0, null, null,
                null, null, evidence, "hold segment > PT5M", "Offer a callback."))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The evidence value of 'holdTo' must not be null.");
    }
}
