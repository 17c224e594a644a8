package dev.cxkit.core.io;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.internal.JsonLinesWriter;
import dev.cxkit.core.io.internal.CsvInteractionWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes interactions to a stream, one record per {@link #write} call, as UTF-8 with {@code '\n'}
 * line ends. Output is deterministic: the same records in the same order give byte-identical
 * output. Instants are written with {@link java.time.Instant#toString()}, durations as plain decimal
 * seconds ({@code 420}, {@code 0.5}). Not thread-safe; close it (or use try-with-resources) to flush
 * and close the target.
 *
 * <pre>{@code
 * try (var writer = InteractionWriter.jsonLines(Path.of("interactions.jsonl"))) {
 *     interactions.forEach(writer::write);
 * }
 * }</pre>
 */
public interface InteractionWriter extends AutoCloseable {

    /**
     * A JSON Lines writer with the field names of docs/formats.md, omitting absent and empty optional
     * fields (null, empty lists, zero durations, {@code false} for {@code customerRepeatedInformation}).
     * When an interaction has no hold segments but a total hold, it is written as {@code holdSeconds}.
     * Promises are written without their {@code madeIn}, which the reader restores as the
     * interaction's id. Amounts are plain decimal strings with their currency ({@code "120.00"},
     * {@code "EUR"}); percentages as {@code "10%"} without currency.
     *
     * @param out the target, closed by {@link #close()}
     * @return the writer
     */
    static InteractionWriter jsonLines(OutputStream out) {
        return JsonLinesWriter.interactions(out);
    }

    /**
     * A JSON Lines writer to a character stream; see {@link #jsonLines(OutputStream)}.
     *
     * @param out the target, closed by {@link #close()}; should encode UTF-8
     * @return the writer
     */
    static InteractionWriter jsonLines(Writer out) {
        return JsonLinesWriter.interactions(out);
    }

    /**
     * A JSON Lines writer to a file, created or truncated; see {@link #jsonLines(OutputStream)}.
     *
     * @param file the file
     * @return the writer
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    static InteractionWriter jsonLines(Path file) {
        return JsonLinesWriter.interactions(JsonLinesWriter.open(file));
    }

    /**
     * A flat CSV writer (docs/formats.md): a header in docs/formats.md order followed by the survey columns
     * {@code csat, csat_scale, ces, ces_scale, nps}; RFC 4180 quoting with {@code '\n'} record ends.
     * The flat form is lossy: hold segments become their total in {@code hold_seconds}, and the
     * segment, team, first reply, sentiment, transfers, cues, promises, grants and the feedback's
     * resolved answer, themes, priority and dates are not written.
     *
     * @param out the target, closed by {@link #close()}
     * @return the writer
     */
    static InteractionWriter csv(OutputStream out) {
        return CsvInteractionWriter.create(out);
    }

    /**
     * A flat CSV writer to a character stream; see {@link #csv(OutputStream)}.
     *
     * @param out the target, closed by {@link #close()}; should encode UTF-8
     * @return the writer
     */
    static InteractionWriter csv(Writer out) {
        return CsvInteractionWriter.create(out);
    }

    /**
     * A flat CSV writer to a file, created or truncated; see {@link #csv(OutputStream)}.
     *
     * @param file the file
     * @return the writer
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    static InteractionWriter csv(Path file) {
        return CsvInteractionWriter.create(JsonLinesWriter.open(file));
    }

    /**
     * Writes one interaction as one line.
     *
     * @param interaction the interaction
     * @throws java.io.UncheckedIOException if writing fails
     * @throws IllegalStateException if the writer is closed
     */
    void write(Interaction interaction);

    /**
     * Flushes buffered output to the target.
     *
     * @throws java.io.UncheckedIOException if flushing fails
     */
    void flush();

    /**
     * Flushes and closes the target; further calls do nothing.
     *
     * @throws java.io.UncheckedIOException if closing fails
     */
    @Override
    void close();
}
