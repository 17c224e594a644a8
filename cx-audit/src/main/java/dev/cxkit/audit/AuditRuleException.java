package dev.cxkit.audit;

import dev.cxkit.core.CxException;

/**
 * An audit rule failed while checking a contact, or the rules kept firing past the limit. This is a
 * defect of a (usually custom) rule, not an outcome: outcomes are {@link AuditFinding}s. The
 * built-in rules never throw on a valid {@link dev.cxkit.core.Interaction}.
 */
public class AuditRuleException extends CxException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception without a cause, for rules that ran away.
     *
     * @param message what failed, naming the rule and the interaction
     */
    public AuditRuleException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the rule and the interaction
     * @param cause the underlying failure
     */
    public AuditRuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
