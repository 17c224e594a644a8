package dev.cxkit.json.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;

/**
 * Writes a {@link Decision} into an open Jackson generator, for {@link dev.cxkit.json.DecisionJson}
 * and for cxkit's own front ends that embed it in a larger document (the HTTP service, the command
 * line):
 * {@code "outcome"}, {@code "approverRole"} (null unless approval is needed), {@code "reason"} (one
 * sentence for every outcome; for an allowed one, what is left under each limit), {@code "firedRules"}, {@code "headroom"} (for an allowed decision: one object
 * per cap with {@code ruleId}, {@code cap}, {@code amount} as a decimal string and {@code currency}
 * for money) and {@code "policyVersion"}. Stateless and thread-safe.
 */
public final class DecisionFields {

    private DecisionFields() {
    }

    /**
     * Writes the decision's fields inside an object the caller has opened (and closes).
     *
     * @param json the generator, positioned inside an object
     * @param decision the decision
     * @throws IOException if the generator fails
     */
    public static void writeFields(JsonGenerator json, Decision decision) throws IOException {
        json.writeStringField("outcome", decision.outcome().name());
        if (decision instanceof NeedsApproval needsApproval) {
            json.writeStringField("approverRole", needsApproval.approverRole().name());
        } else {
            json.writeNullField("approverRole");
        }
        json.writeStringField("reason", decision.reason());
        json.writeArrayFieldStart("firedRules");
        for (String rule : decision.firedRules()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("headroom");
        if (decision instanceof Allowed allowed) {
            for (Headroom headroom : allowed.headroom()) {
                json.writeStartObject();
                json.writeStringField("ruleId", headroom.ruleId());
                json.writeStringField("cap", headroom.cap().name());
                writeAmount(json, headroom.remaining());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeStringField("policyVersion", decision.policyVersion());
    }

    private static void writeAmount(JsonGenerator json, Amount amount) throws IOException {
        if (amount instanceof Money money) {
            json.writeStringField("amount", money.amount().toPlainString());
            json.writeStringField("currency", money.currency().getCurrencyCode());
        } else {
            json.writeStringField("amount", amount.toString());
        }
    }
}
