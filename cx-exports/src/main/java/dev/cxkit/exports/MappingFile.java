package dev.cxkit.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.exports.internal.MappingSpec;

/**
 * A mapping file: how the columns of one CSV or TSV export become cxkit fields, for
 * {@link ExportProfile#mapped(MappingFile)}. The file is UTF-8 text of {@code key = value} lines;
 * {@code #} starts a comment, blank lines are ignored. The format is described with an example in
 * docs/exports.md; in short:
 *
 * <pre>
 * # Anonymous Bank call centre (Technion SEE lab): an ACD queue log
 * delimiter   = tab
 * zone        = Asia/Jerusalem
 * date-column = date              # the date of the clock-time columns below
 * date-pattern = yyMMdd
 * time-pattern = H:mm:ss
 * date-anchor = vru_entry         # the clock time that date belongs to; earlier times wrap past midnight
 * empty       = 0:00:00           # "did not happen", in every column
 *
 * id          = call_id
 * customerId  = customer_id | call_id     # first non-empty column wins
 * empty.customerId = 0
 * queuedAt    = q_start | ser_start
 * answeredAt  = ser_start
 * endedAt     = ser_exit | q_exit
 * abandonedAt = q_exit
 * talk        = ser_time                  # seconds
 * outcome     = outcome
 * map.outcome.AGENT   = answered
 * map.outcome.HANG    = abandoned
 * map.outcome.PHANTOM = skip
 * const.channel = PHONE
 * </pre>
 *
 * The file is checked when it is read: unknown keys, unknown fields, bad patterns, zones and value
 * maps fail at once with a {@link MappingFileException} naming the line, never at the first data
 * row. Immutable and thread-safe.
 */
public final class MappingFile {

    private final String source;
    private final String text;

    private MappingFile(String source, String text) {
        this.source = source;
        this.text = text;
        MappingSpec.parse(text, source);
    }

    /**
     * Reads and checks a mapping file.
     *
     * @param file the file, UTF-8
     * @return the mapping
     * @throws MappingFileException naming the line if the file cannot be used
     * @throws UncheckedIOException if the file cannot be read
     */
    public static MappingFile read(Path file) {
        Checks.notNull(file, "mapping file");
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mapping file " + file + ".", e);
        }
    }

    /**
     * Checks a mapping given as text.
     *
     * @param text the mapping, {@code key = value} lines
     * @param sourceName the name used in messages, such as the file name
     * @return the mapping
     * @throws MappingFileException naming the line if the mapping cannot be used
     */
    public static MappingFile parse(String text, String sourceName) {
        Checks.notNull(text, "mapping text");
        Checks.notNull(sourceName, "sourceName");
        return new MappingFile(sourceName, text);
    }

    /**
     * The name used in messages.
     *
     * @return the file name or the name given to {@link #parse(String, String)}
     */
    public String source() {
        return source;
    }

    /**
     * The mapping as written.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "MappingFile[" + source + "]";
    }
}
