package dev.cxkit.core.io.internal;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.io.CaseEventReader;
import dev.cxkit.core.io.ImportReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The {@link CaseEventReader}: a {@link StreamingReader} with one record format. Immutable and thread-safe. */
public final class DefaultCaseEventReader implements CaseEventReader {

    private final StreamingReader<CaseEvent> reader;

    /**
     * Wraps a streaming reader.
     *
     * @param reader the reader for one format
     */
    public DefaultCaseEventReader(StreamingReader<CaseEvent> reader) {
        this.reader = reader;
    }

    @Override
    public ImportReport read(Path file, Consumer<? super CaseEvent> sink) {
        return reader.read(file, sink);
    }

    @Override
    public ImportReport read(InputStream in, String sourceName, Consumer<? super CaseEvent> sink) {
        return reader.read(in, sourceName, sink);
    }
}
