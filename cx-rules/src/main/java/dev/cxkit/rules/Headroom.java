package dev.cxkit.rules;

import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;

/**
 * What is left under one cap after an allowed request: for example 30.00 EUR left of a customer's
 * 150.00 EUR period cap once this refund is granted. Immutable.
 *
 * @param ruleId the rule whose cap this is
 * @param cap which cap
 * @param remaining the amount left after this request, never negative; a percentage for percent actions
 */
public record Headroom(String ruleId, CapKind cap, Amount remaining) {

    /** Validates the fields. */
    public Headroom {
        Checks.identifier(ruleId, "rule id");
        Checks.notNull(cap, "cap");
        Checks.notNull(remaining, "remaining");
        if (remaining instanceof Money money && money.isNegative()) {
            throw new IllegalArgumentException("The remaining headroom (" + money + ") under " + cap + " of rule "
                    + ruleId + " is negative.");
        }
    }
}
