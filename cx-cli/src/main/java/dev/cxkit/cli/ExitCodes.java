package dev.cxkit.cli;

/** The exit codes of {@code cx}, as FORMATS.md §4 defines them (plus one for internal errors). */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** Findings or a denial, where the command says so. */
    static final int FINDINGS = 1;
    /** Bad usage or bad input; the message names the file, line and field. */
    static final int BAD_INPUT = 2;
    /** A bug in cx itself; please report it. */
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
