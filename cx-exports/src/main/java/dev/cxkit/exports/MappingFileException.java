package dev.cxkit.exports;

import dev.cxkit.core.CxException;

/**
 * A mapping file that cannot be used: a line that is not {@code key = value}, an unknown key or
 * field, a bad pattern, zone or value. The message starts with {@code file:line:} like a compiler
 * message and says how to fix it where it can.
 */
public final class MappingFileException extends CxException {

    private static final long serialVersionUID = 1L;

    /** The file name. */
    private final String source;
    /** The 1-based line, or 0 when the fault is not on one line (a required field missing). */
    private final int line;

    /**
     * Creates the exception.
     *
     * @param source the mapping file's name
     * @param line the 1-based line, or 0 for the file as a whole
     * @param message what is wrong
     */
    public MappingFileException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /**
     * The mapping file's name.
     *
     * @return the name, as given to {@link MappingFile#parse(String, String)}
     */
    public String source() {
        return source;
    }

    /**
     * The line at fault.
     *
     * @return the 1-based line, or 0 when the fault is the file as a whole
     */
    public int line() {
        return line;
    }
}
