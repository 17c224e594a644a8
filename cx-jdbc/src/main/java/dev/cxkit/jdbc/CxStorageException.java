package dev.cxkit.jdbc;

import dev.cxkit.core.CxException;

/**
 * The database failed: it could not be reached, a statement failed, or a migration could not be
 * applied. The message says what was being done and carries the database's own message; the cause
 * is the {@link java.sql.SQLException}. Nothing that this exception interrupted was committed.
 */
public class CxStorageException extends CxException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the operation and the values involved
     * @param cause the underlying failure
     */
    public CxStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
