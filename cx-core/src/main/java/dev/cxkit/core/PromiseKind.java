package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/** What was promised to a customer. */
public enum PromiseKind {
    /** "We will call you back by …". */
    CALLBACK,
    /** "We will get back to you by …" in any channel. */
    FOLLOW_UP,
    /** "The refund will reach you by …". */
    REFUND,
    /** "This will be fixed by …". */
    FIX_BY,
    /** "Please hold for 30 seconds". */
    HOLD_DURATION,
    /** "I'll put you through in a minute". */
    TRANSFER_DURATION;

    /**
     * Parses a promise kind, case-insensitively ({@code hold duration} and {@code HOLD_DURATION} both work).
     *
     * @param value the name
     * @return the kind
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static PromiseKind parse(String value) {
        return Checks.parseEnum(PromiseKind.class, value, "promise kind");
    }
}
