package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * Something an agent gave a customer in a contact: an action and its amount. The audit checks
 * recorded grants against the empowerment policy. Immutable.
 *
 * @param action what was given
 * @param amount how much: money, or a percentage for {@link Action#DISCOUNT}
 */
public record Grant(Action action, Amount amount) {

    /** Validates that the amount's form fits the action and is not negative. */
    public Grant {
        Checks.notNull(action, "action");
        Checks.notNull(amount, "amount");
        if (action.isPercent() != (amount instanceof Percent)) {
            throw new IllegalArgumentException("The amount (" + amount + ") of a " + action + " grant must be "
                    + (action.isPercent() ? "a percentage such as 10%." : "money such as 50.00 EUR."));
        }
        if (amount instanceof Money money && money.isNegative()) {
            throw new IllegalArgumentException("The amount (" + amount + ") of a " + action + " grant is negative.");
        }
    }
}
