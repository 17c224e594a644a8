package dev.cxkit.core;

/** The state of a promise at a given instant; see {@link Promise#outcomeAt(java.time.Instant)}. */
public enum PromiseOutcome {
    /** Fulfilled no later than it was due. */
    KEPT,
    /** Fulfilled after it was due but within its grace. */
    KEPT_LATE,
    /** Not fulfilled by due + grace, or fulfilled after that. */
    BROKEN,
    /** Not fulfilled yet, and due + grace has not passed. */
    OPEN
}
