package dev.cxkit.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;

/**
 * A stand-in for the real auditor: docs/audit-catalog.md's HOLD_OVER_STATED rule (actual hold over the stated
 * wait × 1.5 and over stated + 30 s), enough to see findings travel through {@code POST /audit}.
 */
final class HoldOverStatedStub implements ContactAudit {

    @Override
    public List<AuditFinding> check(Interaction interaction) {
        List<AuditFinding> findings = new ArrayList<>();
        for (HoldSegment hold : interaction.holds()) {
            Duration stated = hold.statedWait();
            Duration actual = Duration.between(hold.start(), hold.end());
            if (stated != null && actual.compareTo(stated.multipliedBy(3).dividedBy(2)) > 0
                    && actual.compareTo(stated.plusSeconds(30)) > 0) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("stated", stated.toString());
                evidence.put("actual", actual.toString());
                findings.add(new AuditFinding(MistakeCode.HOLD_OVER_STATED, Severity.MEDIUM, "hold-over-stated",
                        hold.end(), interaction.id(), interaction.caseId(), interaction.agentId(), interaction.team(),
                        evidence, "actual > stated × 1.5 and > stated + PT30S",
                        "Give a realistic wait, or come back to the customer before it runs out."));
            }
        }
        return findings;
    }
}
