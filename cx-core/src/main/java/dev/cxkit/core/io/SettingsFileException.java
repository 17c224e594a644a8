package dev.cxkit.core.io;

import dev.cxkit.core.CxException;

/**
 * A settings file (a business calendar, audit thresholds; see {@link SettingsFile}) that could not
 * be read or does not mean anything valid. The message names the file and line, the setting and
 * what is wrong with its value, with a "Maybe …" hint where one helps; it repeats a value only when
 * it is short and cannot be personal data (a zone id, a time, a number).
 */
public final class SettingsFileException extends CxException {

    private static final long serialVersionUID = 1L;

    /** The file or source name. */
    private final String source;
    /** The line, from 1; 0 when the problem is the file as a whole (a setting that is missing). */
    private final int line;

    /**
     * Creates the exception.
     *
     * @param source the file or source name
     * @param line the line, from 1, or 0 for the whole file
     * @param message what is wrong, without the source and line (they are prefixed)
     */
    public SettingsFileException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /**
     * The file or source name.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The line the problem is on.
     *
     * @return the line, from 1; 0 when it concerns the whole file
     */
    public int line() {
        return line;
    }
}
