package dev.cxkit.core.io;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.io.internal.JsonLinesWriter;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes case events to a stream, one record per {@link #write} call, as UTF-8 with {@code '\n'}
 * line ends. Output is deterministic: the same records in the same order give byte-identical
 * output. Instants are written with {@link java.time.Instant#toString()}, durations as plain decimal
 * seconds ({@code 420}, {@code 0.5}). Not thread-safe; close it (or use try-with-resources) to flush
 * and close the target.
 *
 * <pre>{@code
 * try (var writer = CaseEventWriter.jsonLines(Path.of("events.jsonl"))) {
 *     events.forEach(writer::write);
 * }
 * }</pre>
 */
public interface CaseEventWriter extends AutoCloseable {

    /**
     * A JSON Lines writer: {@code {"caseId":"k-1","at":"…","status":"OPEN","priority":"HIGH"}}, the
     * priority omitted when absent.
     *
     * @param out the target, closed by {@link #close()}
     * @return the writer
     */
    static CaseEventWriter jsonLines(OutputStream out) {
        return JsonLinesWriter.caseEvents(out);
    }

    /**
     * A JSON Lines writer to a character stream; see {@link #jsonLines(OutputStream)}.
     *
     * @param out the target, closed by {@link #close()}; should encode UTF-8
     * @return the writer
     */
    static CaseEventWriter jsonLines(Writer out) {
        return JsonLinesWriter.caseEvents(out);
    }

    /**
     * A JSON Lines writer to a file, created or truncated; see {@link #jsonLines(OutputStream)}.
     *
     * @param file the file
     * @return the writer
     * @throws java.io.UncheckedIOException if the file cannot be opened
     */
    static CaseEventWriter jsonLines(Path file) {
        return JsonLinesWriter.caseEvents(JsonLinesWriter.open(file));
    }

    /**
     * Writes one event as one line.
     *
     * @param event the event
     * @throws java.io.UncheckedIOException if writing fails
     * @throws IllegalStateException if the writer is closed
     */
    void write(CaseEvent event);

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
