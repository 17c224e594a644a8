package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * Status of a case, as helpdesks export it. A move from a resolved status ({@link #SOLVED} or
 * {@link #CLOSED}) to an active one is a reopen ({@link #isReopen}).
 */
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
    /**
     * Resolved and filed. Zendesk and ServiceNow never reopen a closed ticket (a reply opens a new
     * one); Freshdesk and Salesforce do, and such a move is a reopen here.
     */
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
     * Whether the case counts as resolved in this status.
     *
     * @return {@code true} for SOLVED and CLOSED
     */
    public boolean isResolved() {
        return !isActive();
    }

    /**
     * The one definition of a reopen, shared by the reopen-rate KPI ({@code Case#reopenedAt}) and the
     * audit's REOPENED_CASE: a move from a resolved status (SOLVED or CLOSED) to an active one (NEW,
     * OPEN, PENDING, ON_HOLD). SOLVED to PENDING counts (the resolution did not hold and work
     * resumed, as in Freshdesk); SOLVED to CLOSED does not (both are resolved); CLOSED to OPEN counts
     * (Freshdesk and Salesforce allow it; in Zendesk and ServiceNow exports it never occurs because a
     * closed ticket cannot change). Sources: Freshdesk's reopen (a status change from Resolved or
     * Closed to any other status), Salesforce's {@code IsClosed} true to false, Zendesk's Solved to
     * Open, ServiceNow's Resolved to In Progress; see docs/kpis.md#reopen-rate.
     *
     * @param from the status before
     * @param to the status after
     * @return {@code true} if the move is a reopen
     */
    public static boolean isReopen(CaseStatus from, CaseStatus to) {
        return from.isResolved() && to.isActive();
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
