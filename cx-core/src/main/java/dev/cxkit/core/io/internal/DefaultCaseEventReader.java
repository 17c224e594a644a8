package dev.cxkit.core.io.internal;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.io.CaseEventReader;

/** The {@link CaseEventReader}: a {@link StreamingReader} with one record format. Immutable and thread-safe. */
public final class DefaultCaseEventReader extends DelegatingReader<CaseEvent> implements CaseEventReader {

    /**
     * Wraps a streaming reader.
     *
     * @param reader the reader for one format
     */
    public DefaultCaseEventReader(StreamingReader<CaseEvent> reader) {
        super(reader);
    }
}
