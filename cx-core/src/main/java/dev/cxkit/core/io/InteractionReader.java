package dev.cxkit.core.io;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.internal.CsvInteractionFormat;
import dev.cxkit.core.io.internal.JsonInteractionFormat;
import dev.cxkit.core.io.internal.DefaultInteractionReader;
import dev.cxkit.core.io.internal.StreamingReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads interactions from JSON Lines (docs/formats.md) or flat CSV (docs/formats.md), streaming, with
 * bounded memory, and reports every record it could not accept.
 *
 * <p>Rules shared by both formats: a UTF-8 byte order mark at the start is skipped, lines may end in
 * {@code \n} or {@code \r\n}, a physical line longer than {@link ImportOptions#maxLineBytes()} is
 * skipped without being buffered and rejected, bytes that are not UTF-8 reject their record, and an
 * interaction whose id was already accepted from the same source is rejected as a duplicate. Blank
 * lines (outside a quoted CSV value) are not records and are not counted. Unknown JSON fields and
 * unknown CSV columns are ignored with one warning per name.
 *
 * <p>Duplicate ids are remembered as 64-bit hashes with their first line (21 to 43 bytes per accepted id). Two different
 * ids share a hash with probability about {@code n² / 2⁶⁵} for {@code n} ids, that is below
 * 3·10⁻⁶ for ten million ids; such a collision would reject a record as a duplicate, visibly in
 * the report, never silently.
 *
 * <p>A reader is immutable and thread-safe; each {@code read} call has its own state.
 */
public interface InteractionReader {

    /**
     * A reader of JSON Lines, one interaction per line, with the field names of docs/formats.md plus
     * {@code holdSeconds} (the total hold when no hold segments are given) and
     * {@code feedback.resolved}. Absent lists are empty; absent {@code *Seconds} are zero; an absent
     * {@code feedback.priority} is {@code NORMAL} and an absent {@code feedback.receivedAt} is the
     * interaction's {@code endedAt}. Promises get this interaction's id as {@code madeIn}.
     *
     * @param options error mode and limits
     * @return the reader
     */
    static InteractionReader jsonLines(ImportOptions options) {
        Checks.notNull(options, "options");
        StreamingReader<Interaction> reader = StreamingReader.jsonLines(options, new JsonInteractionFormat());
        return new DefaultInteractionReader(reader);
    }

    /**
     * A reader of flat CSV with a header row (RFC 4180 quoting, columns in any order). Required
     * columns: {@code id, customer_id, channel, queued_at, ended_at}. {@code hold_seconds} is the
     * total hold; an empty {@code answered_at} means abandoned; any of the survey columns
     * {@code csat, ces, nps} gives a feedback received at {@code ended_at} with priority
     * {@code NORMAL} and no themes (a score needs its {@code csat_scale} / {@code ces_scale}). An
     * empty cell is an absent value. If the header lacks a required column, every data record is
     * rejected naming that column, so that the counts still add up.
     *
     * @param options error mode and limits; {@link ImportOptions#maxLineBytes()} also caps a record
     *     spanning several lines
     * @return the reader
     */
    static InteractionReader csv(ImportOptions options) {
        Checks.notNull(options, "options");
        StreamingReader<Interaction> reader = StreamingReader.csv(options, new CsvInteractionFormat());
        return new DefaultInteractionReader(reader);
    }

    /**
     * Parses one JSON Lines record on its own, for sources that deliver records one at a time,
     * such as the values of a Kafka topic or a Flink stream. The rules are those of
     * {@link #jsonLines(ImportOptions)} for one line, except what needs more than one line: a
     * duplicate id is not detected, unknown fields are not warned about, and the
     * {@linkplain ImportOptions#errorMode() error mode} does not apply, since a reject is returned,
     * never thrown. A blank line is rejected as {@link RejectKind#MALFORMED}; a line longer than
     * {@link ImportOptions#maxLineBytes()} in UTF-8 as {@link RejectKind#TOO_LONG}; text with an
     * unpaired surrogate (which has no UTF-8 form) as {@link RejectKind#ENCODING}.
     *
     * <p>The default implementation throws; the JSON Lines reader overrides it. Thread-safe like the
     * reader, and much cheaper per record than reading each line as a one-line stream.
     *
     * @param line one record, without its line break
     * @param sourceName the name the reject gives as its source, for example a topic name
     * @return the interaction, or the reject (as line 1 of {@code sourceName})
     * @throws UnsupportedOperationException if this is not a JSON Lines reader (a CSV record needs its
     *     header)
     */
    default ParsedLine<Interaction> parseLine(String line, String sourceName) {
        throw new UnsupportedOperationException("This reader parses whole streams only: a CSV record needs the header."
                + "\nMaybe use InteractionReader.jsonLines(options) for one record at a time?");
    }

    /**
     * Reads a file, naming rejects after its file name.
     *
     * @param file the file to read
     * @param sink receives each accepted interaction, in file order
     * @return the report; {@code read == accepted + rejected}
     * @throws ImportException in {@link ErrorMode#FAIL_FAST} at the first reject
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    ImportReport read(Path file, Consumer<? super Interaction> sink);

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param in the bytes to read
     * @param sourceName the name used in rejects, for example a file name
     * @param sink receives each accepted interaction, in input order
     * @return the report; {@code read == accepted + rejected}
     * @throws ImportException in {@link ErrorMode#FAIL_FAST} at the first reject
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    ImportReport read(InputStream in, String sourceName, Consumer<? super Interaction> sink);
}
