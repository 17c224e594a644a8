package dev.cxkit.core.io.internal;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.InteractionReader;
import dev.cxkit.core.io.ParsedLine;
import dev.cxkit.core.io.ImportReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The {@link InteractionReader}: a {@link StreamingReader} with one record format. Immutable and thread-safe. */
public final class DefaultInteractionReader implements InteractionReader {

    private final StreamingReader<Interaction> reader;

    /**
     * Wraps a streaming reader.
     *
     * @param reader the reader for one format
     */
    public DefaultInteractionReader(StreamingReader<Interaction> reader) {
        this.reader = reader;
    }

    @Override
    public ImportReport read(Path file, Consumer<? super Interaction> sink) {
        return reader.read(file, sink);
    }

    @Override
    public ImportReport read(InputStream in, String sourceName, Consumer<? super Interaction> sink) {
        return reader.read(in, sourceName, sink);
    }

    @Override
    public ParsedLine<Interaction> parseLine(String line, String sourceName) {
        return reader.parseLine(line, sourceName);
    }
}
