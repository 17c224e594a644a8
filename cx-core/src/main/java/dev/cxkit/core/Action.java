package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * Something an agent may give a customer, subject to the empowerment policy. {@link #DISCOUNT} is
 * measured in percent; the others in money.
 */
public enum Action {
    /** Money paid back for a charge. */
    REFUND(false),
    /** Account credit against future charges. */
    CREDIT(false),
    /** A percentage off a price. */
    DISCOUNT(true),
    /** A fee not charged. */
    FEE_WAIVER(false),
    /** A replacement item, valued at its price. */
    REPLACEMENT(false),
    /** A small gesture (voucher, gift) to make up for an experience. */
    GOODWILL_GESTURE(false);

    private final boolean percent;

    Action(boolean percent) {
        this.percent = percent;
    }

    /**
     * Whether amounts for this action are percentages rather than money.
     *
     * @return {@code true} for percent actions
     */
    public boolean isPercent() {
        return percent;
    }

    /**
     * Parses an action name, case-insensitively.
     *
     * @param value for example {@code REFUND}
     * @return the action
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static Action parse(String value) {
        return Checks.parseEnum(Action.class, value, "action");
    }
}
