package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.synthetic.TruthLabel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AuditQualityMatchingTest {

    private static AuditFinding finding(MistakeCode code, @Nullable String interaction, @Nullable String caseId,
            @Nullable String agent, Map<String, String> evidence) {
        return new AuditFinding(code, Severity.LOW, "test", Instant.EPOCH, interaction == null ? null : InteractionId.of(interaction),
                caseId == null ? null : CaseId.of(caseId), agent == null ? null : AgentId.of(agent), null,
                evidence.isEmpty() ? Map.of("k", "v") : evidence, "t", "f");
    }

    @Test
    void matchesByCodeAndSubjectCountingEachPairOnce() {
        AuditQuality quality = AuditQuality.create();
        quality.acceptTruth(TruthLabel.ofInteraction(MistakeCode.LONG_HOLD, InteractionId.of("i-1")));
        quality.acceptTruth(TruthLabel.ofInteraction(MistakeCode.LONG_HOLD, InteractionId.of("i-2")));
        quality.acceptFinding(finding(MistakeCode.LONG_HOLD, "i-1", null, null, Map.of()));
        quality.acceptFinding(finding(MistakeCode.LONG_HOLD, "i-1", null, null, Map.of()));
        quality.acceptFinding(finding(MistakeCode.LONG_HOLD, "i-3", null, null, Map.of()));

        AuditQualityReport.CodeQuality row = quality.report().row(MistakeCode.LONG_HOLD);

        // Distinct found {i-1, i-3}, truth {i-1, i-2}, matched {i-1}: precision 1/2, recall 1/2.
        assertThat(row.found()).isEqualTo(2);
        assertThat(row.truth()).isEqualTo(2);
        assertThat(row.matched()).isEqualTo(1);
        assertThat(row.precision()).hasValue(0.5);
        assertThat(row.recall()).hasValue(0.5);
    }

    @Test
    void matchesCasesAgentsAndSpikesByTheirSubjects() {
        AuditQuality quality = AuditQuality.create();
        quality.acceptTruth(new TruthLabel(MistakeCode.NO_FOLLOW_UP, null, CaseId.of("k-1"), null, null, null));
        quality.acceptTruth(new TruthLabel(MistakeCode.ESCALATION_PATTERN, null, null, AgentId.of("a-1"), null, null));
        quality.acceptTruth(new TruthLabel(MistakeCode.CONTACT_REASON_SPIKE, null, null, null, "orders.late", "2026-W14"));
        quality.acceptFinding(finding(MistakeCode.NO_FOLLOW_UP, null, "k-1", null, Map.of()));
        quality.acceptFinding(finding(MistakeCode.ESCALATION_PATTERN, null, null, "a-1", Map.of()));
        quality.acceptFinding(finding(MistakeCode.CONTACT_REASON_SPIKE, null, null, null,
                Map.of("reason", "orders.late", "week", "2026-W14")));
        quality.acceptFinding(finding(MistakeCode.CONTACT_REASON_SPIKE, null, null, null, Map.of("reason", "orders.late")));

        AuditQualityReport report = quality.report();

        assertThat(report.row(MistakeCode.NO_FOLLOW_UP).matched()).isEqualTo(1);
        assertThat(report.row(MistakeCode.ESCALATION_PATTERN).matched()).isEqualTo(1);
        // The second spike finding has no week: it counts, unmatched.
        assertThat(report.row(MistakeCode.CONTACT_REASON_SPIKE).found()).isEqualTo(2);
        assertThat(report.row(MistakeCode.CONTACT_REASON_SPIKE).matched()).isEqualTo(1);
        assertThat(report.row(MistakeCode.BROKEN_PROMISE).precision()).isEmpty();
        assertThat(report.toMarkdown()).contains("| NO_FOLLOW_UP | 1 | 1 | 1 | 1.000 | 1.000 |")
                .contains("| BROKEN_PROMISE | 0 | 0 | 0 | – | – |");
    }
}
