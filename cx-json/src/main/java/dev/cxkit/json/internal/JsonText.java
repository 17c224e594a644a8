package dev.cxkit.json.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Renders one JSON document with a Jackson generator into a string. Thread-safe. */
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
}
