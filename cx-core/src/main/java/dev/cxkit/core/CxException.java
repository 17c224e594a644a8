package dev.cxkit.core;

/**
 * Root of the unchecked exceptions cxkit throws for failures of its engines and readers (as opposed
 * to misuse, which is reported with {@link IllegalArgumentException} or {@link IllegalStateException}).
 */
public class CxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what failed, naming the offending value
     */
    public CxException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what failed, naming the offending value
     * @param cause the underlying failure
     */
    public CxException(String message, Throwable cause) {
        super(message, cause);
    }
}
