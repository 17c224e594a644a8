package dev.cxkit.rules;

import dev.cxkit.core.CxException;

/**
 * A policy failed while deciding, for example because its rules kept firing past the limit set
 * with {@link Policy.Builder#maxRuleFirings(int)}. This is a defect of the policy, not an outcome:
 * outcomes are {@link Decision}s.
 */
public class PolicyEvaluationException extends CxException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the policy version and the rules involved
     */
    public PolicyEvaluationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what failed, naming the policy version and the rule involved
     * @param cause the underlying failure
     */
    public PolicyEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
