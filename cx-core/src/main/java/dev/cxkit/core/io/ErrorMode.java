package dev.cxkit.core.io;

/** What a reader does with a record it cannot accept. */
public enum ErrorMode {
    /** Stop at the first reject by throwing an {@link ImportException} that carries it. */
    FAIL_FAST,
    /** Report the reject, keep reading, and return all counts in the {@link ImportReport}. */
    COLLECT
}
