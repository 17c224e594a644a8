package dev.cxkit.json.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Renders one JSON document with a Jackson generator into a string or straight onto a writer. Thread-safe. */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes a document with a generator. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the document.
         *
         * @param json the generator
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    /**
     * Renders a document.
     *
     * @param body writes the document
     * @return the JSON text
     */
    public static String render(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a document onto a writer as it is generated, followed by a line break, without holding
     * it in memory: for documents as large as the data (the audit's findings). The writer is flushed,
     * not closed.
     *
     * @param body writes the document
     * @param out where the text goes
     * @throws UncheckedIOException if writing fails
     */
    public static void stream(Body body, Writer out) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            try (json) {
                body.write(json);
            }
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
