package dev.cxkit.core.io.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

import dev.cxkit.core.io.ImportReport;

/**
 * The two read methods every small record reader (case events, customer events) offers, handed to
 * a {@link StreamingReader} with one record format. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public class DelegatingReader<T> {

    private final StreamingReader<T> reader;

    /**
     * Wraps a streaming reader.
     *
     * @param reader the reader for one format
     */
    protected DelegatingReader(StreamingReader<T> reader) {
        this.reader = reader;
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param sink receives each accepted record, in file order
     * @return what was read, accepted and rejected
     */
    public ImportReport read(Path file, Consumer<? super T> sink) {
        return reader.read(file, sink);
    }

    /**
     * Reads a stream.
     *
     * @param in the stream; not closed
     * @param sourceName the name used in reports and rejects
     * @param sink receives each accepted record, in stream order
     * @return what was read, accepted and rejected
     */
    public ImportReport read(InputStream in, String sourceName, Consumer<? super T> sink) {
        return reader.read(in, sourceName, sink);
    }
}
