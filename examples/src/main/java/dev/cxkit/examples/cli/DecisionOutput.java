package dev.cxkit.examples.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;

/** Renders a {@link Decision} as the JSON of FORMATS.md §4 and as one line of text. */
final class DecisionOutput {

    private DecisionOutput() {
    }

    static String outcome(Decision decision) {
        if (decision instanceof Allowed) {
            return "ALLOWED";
        }
        return decision instanceof NeedsApproval ? "NEEDS_APPROVAL" : "DENIED";
    }

    /** Writes the decision's fields inside an open JSON object. */
    static void writeJson(JsonGenerator g, Decision decision) throws IOException {
        g.writeStringField("outcome", outcome(decision));
        if (decision instanceof NeedsApproval needsApproval) {
            g.writeStringField("approverRole", needsApproval.approverRole().name());
            g.writeStringField("reason", needsApproval.reason());
        } else {
            g.writeNullField("approverRole");
        }
        if (decision instanceof Denied denied) {
            g.writeStringField("reason", denied.reason());
        }
        g.writeArrayFieldStart("firedRules");
        for (String rule : decision.firedRules()) {
            g.writeString(rule);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("headroom");
        if (decision instanceof Allowed allowed) {
            for (Headroom headroom : allowed.headroom()) {
                g.writeStartObject();
                g.writeStringField("ruleId", headroom.ruleId());
                g.writeStringField("cap", headroom.cap().name());
                writeAmount(g, headroom.remaining());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeStringField("policyVersion", decision.policyVersion());
    }

    private static void writeAmount(JsonGenerator g, Amount amount) throws IOException {
        if (amount instanceof Money money) {
            g.writeStringField("amount", money.amount().toPlainString());
            g.writeStringField("currency", money.currency().getCurrencyCode());
        } else {
            g.writeStringField("amount", amount.toString());
        }
    }

    /** One line: outcome, who approves or why not, the headroom and the rules that decided. */
    static String text(Decision decision) {
        String detail;
        if (decision instanceof Allowed allowed) {
            detail = allowed.headroom().isEmpty() ? "" : " (headroom " + allowed.headroom().stream()
                    .map(h -> h.remaining() + " " + h.cap().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", ")) + ")";
        } else if (decision instanceof NeedsApproval needsApproval) {
            detail = " by " + needsApproval.approverRole() + ": " + needsApproval.reason();
        } else {
            detail = ": " + ((Denied) decision).reason();
        }
        return outcome(decision) + detail + " [rules: "
                + (decision.firedRules().isEmpty() ? "none" : String.join(", ", decision.firedRules())) + "]";
    }
}
