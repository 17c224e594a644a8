package dev.cxkit.cli;

/** The exit codes of {@code cx}, as docs/cli.md defines them (plus one for internal errors). */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** Findings or a denial, where the command says so. */
    static final int FINDINGS = 1;
    /** Bad usage or bad input; the message names the file, line and field. */
    static final int BAD_INPUT = 2;
    /**
     * The run failed, not the input's syntax: out of memory, a policy whose rules fail or overrun their
     * time while deciding, or a bug in cx itself. Never a decision's or an audit's outcome.
     */
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
