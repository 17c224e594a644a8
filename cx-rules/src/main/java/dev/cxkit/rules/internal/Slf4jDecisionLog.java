package dev.cxkit.rules.internal;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.spi.DecisionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one {@code key=value} line per decision to the logger {@code dev.cxkit.rules.decisions} at
 * DEBUG: a library stays quiet at INFO, and a service that wants the trail enables that one logger.
 * Ids only, never personal data: the request holds none.
 */
public final class Slf4jDecisionLog implements DecisionLog {

    /** The one instance; stateless. */
    public static final Slf4jDecisionLog INSTANCE = new Slf4jDecisionLog();

    private static final Logger LOG = LoggerFactory.getLogger("dev.cxkit.rules.decisions");

    private Slf4jDecisionLog() {
    }

    @Override
    public void record(DecisionRequest request, Decision decision) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(line(request, decision));
        }
    }

    /**
     * Formats one decision.
     *
     * @param request what was asked
     * @param decision what was decided
     * @return the line, for example {@code outcome=ALLOWED rules=[refund-t1] policy=v1 tier=T1 ...}
     */
    public static String line(DecisionRequest request, Decision decision) {
        StringBuilder line = new StringBuilder(200);
        String detail = "";
        if (decision instanceof NeedsApproval n) {
            detail = " approver=" + n.approverRole() + " reason=\"" + oneLine(n.reason()) + '"';
        } else if (decision instanceof Denied denied) {
            detail = " reason=\"" + oneLine(denied.reason()) + '"';
        }
        line.append("outcome=").append(decision.outcome())
                .append(" rules=").append(decision.firedRules())
                .append(" policy=").append(decision.policyVersion())
                .append(" tier=").append(request.agentTier())
                .append(" action=").append(request.action())
                .append(" amount=\"").append(request.amount()).append('"')
                .append(" segment=").append(request.segment())
                .append(" channel=").append(request.channel())
                .append(" agent=").append(request.agentId())
                .append(" customer=").append(request.customerId());
        if (request.requestId() != null) {
            line.append(" request=").append(request.requestId());
        }
        return line.append(detail).toString();
    }

    /** Reasons may come from DRL: keep the entry on one line and its quoting intact. */
    private static String oneLine(String reason) {
        StringBuilder out = new StringBuilder(reason.length());
        for (int i = 0; i < reason.length(); i++) {
            char c = reason.charAt(i);
            out.append(c == '"' ? '\'' : Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
