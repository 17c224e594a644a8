package dev.cxkit.json;

import java.util.List;

import dev.cxkit.audit.AuditFinding;
import dev.cxkit.json.internal.FindingFields;
import dev.cxkit.json.internal.JsonText;

/**
 * Audit findings as JSON, as {@code cx audit --json} prints them and the HTTP service's
 * {@code POST /audit} answers. A finding has {@code code}, {@code interactionId}, {@code severity},
 * {@code evidence} (an object of the finding's ordered facts), {@code fix}, {@code ruleId},
 * {@code occurredAt}, {@code caseId}, {@code agentId}, {@code team} (null when the finding has none) and
 * {@code threshold}. See docs/formats.md. Needs cx-audit on the class path. Stateless and thread-safe.
 */
public final class AuditJson {

    private AuditJson() {
    }

    /**
     * Renders one finding.
     *
     * @param finding the finding
     * @return one JSON object, on one line
     */
    public static String toJson(AuditFinding finding) {
        return JsonText.render(json -> FindingFields.writeFinding(json, finding));
    }

    /**
     * Renders findings with their counts: {@code {"findings":[…],"counts":{"BROKEN_PROMISE":3,…}}}; the
     * counts hold, per mistake code in declaration order, the number of findings with that code, and
     * leave out codes without findings.
     *
     * @param findings the findings, written in this order
     * @return one JSON object, on one line
     */
    public static String toJson(List<AuditFinding> findings) {
        return JsonText.render(json -> {
            json.writeStartObject();
            FindingFields.writeFields(json, findings);
            json.writeEndObject();
        });
    }
}
