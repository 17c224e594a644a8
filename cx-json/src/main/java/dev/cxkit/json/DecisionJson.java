package dev.cxkit.json;

import dev.cxkit.json.internal.DecisionFields;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.rules.Decision;

/**
 * A {@link Decision} as JSON, the document that {@code cx decide --json} prints and the HTTP
 * service's {@code POST /decisions} answers: {@code "outcome"} ({@code ALLOWED}, {@code NEEDS_APPROVAL}
 * or {@code DENIED}), {@code "approverRole"} (null unless approval is needed), {@code "reason"} (one
 * sentence for every outcome; for an allowed one, what is left under each limit), {@code "firedRules"}, {@code "headroom"} (for an allowed decision: one object
 * per cap with {@code ruleId}, {@code cap}, {@code amount} as a decimal string and, for money,
 * {@code currency}) and {@code "policyVersion"}. See docs/formats.md. Needs cx-rules on the class path.
 * Stateless and thread-safe.
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /**
     * Renders a decision.
     *
     * @param decision the decision
     * @return one JSON object, on one line
     */
    public static String toJson(Decision decision) {
        return JsonText.render(json -> {
            json.writeStartObject();
            DecisionFields.writeFields(json, decision);
            json.writeEndObject();
        });
    }
}
