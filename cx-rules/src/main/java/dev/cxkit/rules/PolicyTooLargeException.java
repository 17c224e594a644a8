package dev.cxkit.rules;

import java.util.List;

/**
 * A policy's authority matrices have more rows than its {@link Policy.Builder#maxMatrixRows(int)
 * limit}; nothing was compiled. Compiling costs time and memory in proportion to the rows (about a
 * millisecond and 100 KB each with Drools), so a service that compiles what a client posts sets a
 * limit and answers this with "too large" rather than spending seconds and gigabytes on it. Carries
 * one {@link PolicyProblem} at the row where the limit was passed.
 */
public class PolicyTooLargeException extends PolicyCompilationException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    /**
     * Creates the exception.
     *
     * @param problem where the limit was passed and what it is
     * @param limit the row limit that was passed
     */
    public PolicyTooLargeException(PolicyProblem problem, int limit) {
        super(List.of(problem));
        this.limit = limit;
    }

    /**
     * The row limit that was passed.
     *
     * @return the most matrix rows the policy allows
     */
    public int limit() {
        return limit;
    }
}
