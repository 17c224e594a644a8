package dev.cxkit.core.io;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.internal.DefaultCustomerEventReader;
import dev.cxkit.core.io.internal.JsonCustomerEventFormat;
import dev.cxkit.core.io.internal.StreamingReader;

/**
 * Reads customer events from JSON Lines (docs/formats.md#customer-events-as-json-lines), one event
 * per line: {@code {"customerId":"c-1","at":"2026-03-20T00:00:00Z","event":"CHURNED"}}. All three
 * fields are required; {@code event} is {@code JOINED} or {@code CHURNED}. A customer may have
 * several events, so there is no duplicate check. The line rules (byte order mark, CRLF, line cap,
 * UTF-8, blank lines) are those of {@link InteractionReader}. Immutable and thread-safe.
 */
public interface CustomerEventReader {

    /**
     * A JSON Lines reader.
     *
     * @param options error mode, caps and reject sink
     * @return the reader
     */
    static CustomerEventReader jsonLines(ImportOptions options) {
        Checks.notNull(options, "options");
        return new DefaultCustomerEventReader(StreamingReader.jsonLines(options, new JsonCustomerEventFormat()));
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
    ImportReport read(Path file, Consumer<? super CustomerEvent> sink);

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
    ImportReport read(InputStream in, String sourceName, Consumer<? super CustomerEvent> sink);
}
