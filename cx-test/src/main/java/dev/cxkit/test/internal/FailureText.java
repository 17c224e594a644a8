package dev.cxkit.test.internal;

import dev.cxkit.kpi.KpiValue;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.audit.AuditFinding;
import org.jspecify.annotations.Nullable;

/**
 * Multi-line descriptions of decisions, requests and KPI values for failure messages: every field,
 * one per line, indented, so that a failing test shows the whole outcome and not only the field
 * that differed. Stateless and thread-safe.
 */
public final class FailureText {

    private static final String INDENT = "  ";

    private FailureText() {
    }

    /**
     * Describes a decision: its outcome and every field, including headroom, fired rules and policy version.
     *
     * @param decision the decision, or {@code null}
     * @return the description, one field per line, each indented by two spaces; {@code "  null"} for null
     */
    public static String describe(@Nullable Decision decision) {
        if (decision == null) {
            return INDENT + "null";
        }
        StringBuilder text = new StringBuilder();
        if (decision instanceof Allowed a) {
            line(text, "outcome", "Allowed");
            if (a.headroom().isEmpty()) {
                line(text, "headroom", "(none)");
            } else {
                line(text, "headroom", "");
                for (Headroom h : a.headroom()) {
                    text.append(INDENT).append(INDENT).append("- ").append(h.cap()).append(" of ").append(h.ruleId())
                            .append(": ").append(h.remaining()).append(" left\n");
                }
            }
        } else if (decision instanceof NeedsApproval n) {
            line(text, "outcome", "NeedsApproval");
            line(text, "approver", n.approverRole().name());
            line(text, "reason", n.reason());
        } else if (decision instanceof Denied d) {
            line(text, "outcome", "Denied");
            line(text, "reason", d.reason());
        }
        line(text, "fired rules", decision.firedRules().isEmpty() ? "(none: default deny)" : decision.firedRules().toString());
        line(text, "policy version", decision.policyVersion());
        return text.toString().stripTrailing();
    }

    /**
     * Describes a request: every field, the optional ones only when set.
     *
     * @param request the request
     * @return the description, one field per line, each indented by two spaces
     */
    public static String describe(DecisionRequest request) {
        StringBuilder text = new StringBuilder();
        line(text, "action", request.action() + " of " + request.amount());
        line(text, "agent", request.agentId() + " (" + request.agentTier() + ")");
        line(text, "customer", request.customerId() + " (" + request.segment() + ")");
        line(text, "channel", request.channel().name());
        line(text, "at", request.at().toString());
        line(text, "granted to customer", request.grantedToCustomer() == null ? "(not stated)"
                : String.valueOf(request.grantedToCustomer()));
        line(text, "granted by agent", request.grantedByAgent() == null ? "(not stated)"
                : String.valueOf(request.grantedByAgent()));
        if (!request.flags().isEmpty()) {
            line(text, "flags", request.flags().toString());
        }
        if (request.requestId() != null) {
            line(text, "request id", request.requestId());
        }
        return text.toString().stripTrailing();
    }

    /**
     * Describes a KPI value: id, variant, value (raw and formatted in its unit), count and unit.
     *
     * @param value the KPI value, or {@code null}
     * @return the description, one field per line, each indented by two spaces; {@code "  null"} for null
     */
    public static String describe(@Nullable KpiValue value) {
        if (value == null) {
            return INDENT + "null";
        }
        StringBuilder text = new StringBuilder();
        line(text, "id", value.id());
        line(text, "variant", value.variant());
        line(text, "value", value.value().isPresent()
                ? value.value().getAsDouble() + " (" + value.unit().format(value.value().getAsDouble()) + ")"
                : "(empty: nothing to measure)");
        line(text, "count", Long.toString(value.count()));
        line(text, "unit", value.unit().name());
        return text.toString().stripTrailing();
    }

    /**
     * Describes an audit finding: code, severity, rule, subject ids, when, evidence, threshold and fix.
     *
     * @param finding the finding, or {@code null}
     * @return the description, one field per line, each indented by two spaces; {@code "  null"} for null
     */
    public static String describe(@Nullable AuditFinding finding) {
        if (finding == null) {
            return INDENT + "null";
        }
        StringBuilder text = new StringBuilder();
        line(text, "code", finding.code().name());
        line(text, "severity", finding.severity().name());
        line(text, "rule", finding.ruleId());
        line(text, "occurredAt", finding.occurredAt().toString());
        line(text, "interaction", String.valueOf(finding.interactionId()));
        line(text, "case", String.valueOf(finding.caseId()));
        line(text, "agent", String.valueOf(finding.agentId()));
        line(text, "team", String.valueOf(finding.team()));
        line(text, "evidence", finding.evidence().toString());
        line(text, "threshold", finding.threshold());
        line(text, "fix", finding.fix());
        return text.toString().stripTrailing();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(INDENT).append(name).append(':');
        if (!value.isEmpty()) {
            text.append(' ').append(value);
        }
        text.append('\n');
    }
}
