package dev.cxkit.rules;

import dev.cxkit.core.CxException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy could not be compiled; nothing of it was built or used. Lists every problem found, each
 * with its source, line and column; the accessors name the first one.
 */
public class PolicyCompilationException extends CxException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public PolicyCompilationException(List<PolicyProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<PolicyProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A policy compilation exception needs at least one problem.");
        }
        return "The policy does not compile (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /**
     * Every problem found, in source order.
     *
     * @return the problems, at least one
     */
    public List<PolicyProblem> problems() {
        return problems;
    }

    /**
     * The source of the first problem.
     *
     * @return a {@link PolicySource#name()}
     */
    public String source() {
        return problems.get(0).source();
    }

    /**
     * The line of the first problem.
     *
     * @return the 1-based line, or 0 if unknown
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * The column of the first problem.
     *
     * @return the 1-based column (CSV: field number), or 0 if unknown
     */
    public int column() {
        return problems.get(0).column();
    }
}
