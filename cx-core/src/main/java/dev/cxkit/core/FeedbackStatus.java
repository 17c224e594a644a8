package dev.cxkit.core;

/**
 * Where a piece of feedback stands as a work item, as known at an instant; see
 * {@link Feedback#status(java.time.Instant)}.
 */
public enum FeedbackStatus {
    /** Nobody has answered the customer yet. */
    OPEN,
    /** The customer got an answer; the cause is not (yet) addressed. */
    RESPONDED,
    /** The loop is closed: the customer was answered and the cause addressed. */
    CLOSED
}
