package dev.cxkit.test;

import static dev.cxkit.test.CxAssertions.assertThat;
import static dev.cxkit.test.CxAssertions.assertThatFindings;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit-finding assertions, on hand-built findings (no auditor run). */
class AuditFindingAssertTest {

    private static final AuditFinding HOLD = finding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM, "hold-over-stated",
            evidence("stated", "PT30S", "actual", "PT2M4S"));
    private static final AuditFinding COLD = finding(MistakeCode.COLD_TRANSFER, Severity.MEDIUM, "cold-transfer",
            evidence("to", "billing", "warm", "false"));

    @Test
    void findingAssertPassesOnMatchingFinding() {
        assertThat(HOLD).hasCode(MistakeCode.HOLD_OVER_STATED).hasSeverity(Severity.MEDIUM).hasRuleId("hold-over-stated")
                .isAboutInteraction("i-1").isAboutCase("case-1").isAboutAgent("a-7")
                .hasEvidence("stated", "PT30S").hasEvidenceKey("actual").hasFixContaining("STATE a realistic wait");
    }

    @Test
    void findingAssertFailureShowsTheWholeFinding() {
        assertThatThrownBy(() -> assertThat(HOLD).hasEvidence("actual", "PT1M"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Expecting an audit finding: evidence actual=PT1M", "code: HOLD_OVER_STATED",
                        "rule: hold-over-stated", "interaction: i-1", "evidence: {stated=PT30S, actual=PT2M4S}");
        assertThatThrownBy(() -> assertThat(HOLD).isAboutInteraction("i-2")).hasMessageContaining("interaction i-2");
        assertThatThrownBy(() -> assertThat(HOLD).hasSeverity(Severity.HIGH)).hasMessageContaining("severity HIGH");
        assertThatThrownBy(() -> assertThat(HOLD).hasFixContaining("refund")).hasMessageContaining("a fix containing");
        assertThatThrownBy(() -> assertThat((AuditFinding) null).hasCode(MistakeCode.LONG_HOLD))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void findingsAssertChecksCodesAndCounts() {
        List<AuditFinding> findings = List.of(HOLD, COLD, COLD);

        assertThatFindings(findings).containsCode(MistakeCode.COLD_TRANSFER).doesNotContainCode(MistakeCode.LONG_HOLD)
                .containsExactlyCodes(MistakeCode.COLD_TRANSFER, MistakeCode.HOLD_OVER_STATED)
                .hasCount(MistakeCode.COLD_TRANSFER, 2).hasCount(MistakeCode.LONG_HOLD, 0);
        assertThatFindings(findings).singleOf(MistakeCode.HOLD_OVER_STATED).hasEvidence("stated", "PT30S");
        assertThatFindings(List.of()).isEmpty().containsExactlyCodes();
    }

    @Test
    void findingsAssertFailureListsEveryFinding() {
        List<AuditFinding> findings = List.of(HOLD, COLD, COLD);

        assertThatThrownBy(() -> assertThatFindings(findings).singleOf(MistakeCode.COLD_TRANSFER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("exactly one finding with code COLD_TRANSFER", "but there were 3",
                        "- HOLD_OVER_STATED", "rule: cold-transfer");
        assertThatThrownBy(() -> assertThatFindings(findings).doesNotContainCode(MistakeCode.COLD_TRANSFER))
                .hasMessageContaining("no finding with code COLD_TRANSFER");
        assertThatThrownBy(() -> assertThatFindings(findings).containsExactlyCodes(MistakeCode.COLD_TRANSFER))
                .hasMessageContaining("exactly the codes [COLD_TRANSFER]");
        assertThatThrownBy(() -> assertThatFindings(findings).isEmpty()).hasMessageContaining("no findings");
        assertThatThrownBy(() -> assertThatFindings(findings).hasCount(MistakeCode.LONG_HOLD, 1))
                .hasMessageContaining("1 finding(s) with code LONG_HOLD");
    }

    private static AuditFinding finding(MistakeCode code, Severity severity, String ruleId, Map<String, String> evidence) {
        return new AuditFinding(code, severity, ruleId, Instant.parse("2026-03-02T09:15:00Z"), InteractionId.of("i-1"),
                CaseId.of("case-1"), AgentId.of("a-7"), TeamId.of("billing"), evidence,
                "actual > stated × 1.5 and > stated + PT30S", "State a realistic wait and check back before it runs out.");
    }

    private static Map<String, String> evidence(String... keysAndValues) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            evidence.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return evidence;
    }
}
