package dev.cxkit.cli;

/**
 * Bad input given to a command: a missing file, a malformed line, a value out of range. The
 * command line turns it into exit code 2 and one line on standard error naming file, line, field
 * and what was expected.
 */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
