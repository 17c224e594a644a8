package dev.cxkit.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.json.DecisionJson;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;

/** Renders a {@link Decision} as the JSON of FORMATS.md §4 (see {@link DecisionJson}) and as one line of text. */
final class DecisionOutput {

    private DecisionOutput() {
    }

    static String outcome(Decision decision) {
        return DecisionJson.outcome(decision);
    }

    /** Writes the decision's fields inside an open JSON object; the HTTP service writes the same. */
    static void writeJson(JsonGenerator g, Decision decision) throws IOException {
        DecisionJson.writeFields(g, decision);
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
