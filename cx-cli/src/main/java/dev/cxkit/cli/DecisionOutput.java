package dev.cxkit.cli;

import java.util.Locale;
import java.util.stream.Collectors;

import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;

/** Renders a {@link Decision} as one line of text; its JSON is cx-json's {@code DecisionJson}. */
final class DecisionOutput {

    private DecisionOutput() {
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
        return decision.outcome() + detail + " [rules: "
                + (decision.firedRules().isEmpty() ? "none" : String.join(", ", decision.firedRules())) + "]";
    }
}
