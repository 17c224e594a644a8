package dev.cxkit.cli;

import java.util.List;

/**
 * Bad input given to a command: a missing file, a malformed line, a value out of range. The
 * command line turns it into exit code 2 and one line on standard error naming file, line, field
 * and what was expected, followed by any detail lines (more rejects, a warning).
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Lines printed after the message, each as it is. */
    @SuppressWarnings("serial")
    private final List<String> details;

    BadInputException(String message) {
        this(message, List.of());
    }

    BadInputException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    List<String> details() {
        return details;
    }
}
