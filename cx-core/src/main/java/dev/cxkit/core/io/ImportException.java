package dev.cxkit.core.io;

import dev.cxkit.core.CxException;

/**
 * Thrown by a reader in {@link ErrorMode#FAIL_FAST} at the first record it rejects. The message is
 * the reject's {@link Reject#toString()}.
 */
public final class ImportException extends CxException {

    private static final long serialVersionUID = 1L;

    /** The reject; {@link Reject} is serializable. */
    private final Reject reject;

    /**
     * Creates the exception for a reject.
     *
     * @param reject the first rejected record
     */
    public ImportException(Reject reject) {
        super(reject.toString());
        this.reject = reject;
    }

    /**
     * The reject that stopped the import.
     *
     * @return the reject
     */
    public Reject reject() {
        return reject;
    }
}
