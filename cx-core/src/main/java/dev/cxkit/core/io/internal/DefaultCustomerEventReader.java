package dev.cxkit.core.io.internal;

import dev.cxkit.core.CustomerEvent;
import dev.cxkit.core.io.CustomerEventReader;

/** The {@link CustomerEventReader}: a {@link StreamingReader} with one record format. Immutable and thread-safe. */
public final class DefaultCustomerEventReader extends DelegatingReader<CustomerEvent> implements CustomerEventReader {

    /**
     * Wraps a streaming reader.
     *
     * @param reader the reader for one format
     */
    public DefaultCustomerEventReader(StreamingReader<CustomerEvent> reader) {
        super(reader);
    }
}
