package dev.cxkit.core.io;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.internal.JsonCaseEventFormat;
import dev.cxkit.core.io.internal.DefaultCaseEventReader;
import dev.cxkit.core.io.internal.StreamingReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads case events from JSON Lines (docs/formats.md), one event per line:
 * {@code {"caseId":"k-1","at":"2026-03-02T09:00:00Z","status":"OPEN","priority":"HIGH"}}.
 * {@code caseId}, {@code at} and {@code status} are required, {@code priority} is optional. Events
 * are not unique per case, so there is no duplicate check. The line rules (byte order mark, CRLF,
 * line cap, UTF-8, blank lines) are those of {@link InteractionReader}. Immutable and thread-safe.
 */
public interface CaseEventReader {

    /**
     * A reader of case events as JSON Lines.
     *
     * @param options error mode and limits
     * @return the reader
     */
    static CaseEventReader jsonLines(ImportOptions options) {
        Checks.notNull(options, "options");
        StreamingReader<CaseEvent> reader = StreamingReader.jsonLines(options, new JsonCaseEventFormat());
        return new DefaultCaseEventReader(reader);
    }

    /**
     * Reads a file, naming rejects after its file name.
     *
     * @param file the file to read
     * @param sink receives each accepted event, in file order
     * @return the report; {@code read == accepted + rejected}
     * @throws ImportException in {@link ErrorMode#FAIL_FAST} at the first reject
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    ImportReport read(Path file, Consumer<? super CaseEvent> sink);

    /**
     * Reads a stream to its end; the stream is not closed.
     *
     * @param in the bytes to read
     * @param sourceName the name used in rejects
     * @param sink receives each accepted event, in input order
     * @return the report; {@code read == accepted + rejected}
     * @throws ImportException in {@link ErrorMode#FAIL_FAST} at the first reject
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    ImportReport read(InputStream in, String sourceName, Consumer<? super CaseEvent> sink);
}
