package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/** Status of a case, as helpdesks export it. A move from {@link #SOLVED} back to an active status is a reopen. */
public enum CaseStatus {
    /** Created, nobody has looked at it. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting for the customer. */
    PENDING,
    /** Waiting for a third party or another team. */
    ON_HOLD,
    /** Resolved; the customer may still reopen it. */
    SOLVED,
    /** Final; cannot be reopened. */
    CLOSED;

    /**
     * Whether the case is being worked on or waiting (not solved and not closed).
     *
     * @return {@code true} for NEW, OPEN, PENDING and ON_HOLD
     */
    public boolean isActive() {
        return this != SOLVED && this != CLOSED;
    }

    /**
     * Parses a status, case-insensitively.
     *
     * @param value for example {@code PENDING}
     * @return the status
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static CaseStatus parse(String value) {
        return Checks.parseEnum(CaseStatus.class, value, "case status");
    }
}
