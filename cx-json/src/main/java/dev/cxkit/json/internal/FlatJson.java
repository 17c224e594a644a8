package dev.cxkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text for the few structured columns of cx-jdbc's tables: flat objects of string or boolean values (evidence,
 * flags, one headroom entry) and arrays of strings or of such objects. Key order is kept. Written and
 * read with Jackson's streaming API; anything else in a column is a corrupt row and fails loudly.
 */
public final class FlatJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FlatJson() {
    }

    /**
     * Writes a flat object.
     *
     * @param fields names to string or boolean values, in order
     * @return the JSON text
     */
    public static String object(Map<String, ?> fields) {
        return write(g -> writeObject(g, fields));
    }

    /**
     * Writes an array of strings or of flat objects.
     *
     * @param items strings, or maps of names to string or boolean values
     * @return the JSON text
     */
    public static String array(List<?> items) {
        return write(g -> {
            g.writeStartArray();
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    writeObject(g, map);
                } else {
                    g.writeString((String) item);
                }
            }
            g.writeEndArray();
        });
    }

    /**
     * Reads a flat object of strings.
     *
     * @param text the JSON text
     * @return the fields, in order
     */
    public static Map<String, String> stringObject(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        read(text, p -> readObject(p, (name, token) -> out.put(name, p.getText())));
        return out;
    }

    /**
     * Reads a flat object of booleans.
     *
     * @param text the JSON text
     * @return the fields, in order
     */
    public static Map<String, Boolean> booleanObject(String text) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        read(text, p -> readObject(p, (name, token) -> out.put(name, token == JsonToken.VALUE_TRUE)));
        return out;
    }

    /**
     * Reads an array of strings.
     *
     * @param text the JSON text
     * @return the strings, in order
     */
    public static List<String> stringArray(String text) {
        List<String> out = new ArrayList<>();
        read(text, p -> {
            expect(p, p.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(p, t, JsonToken.VALUE_STRING);
                out.add(p.getText());
            }
        });
        return out;
    }

    /**
     * Reads an array of flat objects of strings.
     *
     * @param text the JSON text
     * @return the objects, in order
     */
    public static List<Map<String, String>> objectArray(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        read(text, p -> {
            expect(p, p.nextToken(), JsonToken.START_ARRAY);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(p, t, JsonToken.START_OBJECT);
                Map<String, String> item = new LinkedHashMap<>();
                readFields(p, (name, token) -> item.put(name, p.getText()));
                out.add(item);
            }
        });
        return out;
    }

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private interface Reading {
        void read(JsonParser p) throws IOException;
    }

    private interface Field {
        void accept(String name, JsonToken value) throws IOException;
    }

    private static String write(Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write JSON.", e);
        }
        return out.toString();
    }

    private static void writeObject(JsonGenerator g, Map<?, ?> fields) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : fields.entrySet()) {
            g.writeFieldName((String) e.getKey());
            if (e.getValue() instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString((String) e.getValue());
            }
        }
        g.writeEndObject();
    }

    private static void read(String text, Reading reading) {
        try (JsonParser p = JSON.createParser(text)) {
            reading.read(p);
        } catch (IOException e) {
            throw new IllegalStateException("A stored JSON column is corrupt: " + e.getMessage(), e);
        }
    }

    private static void readObject(JsonParser p, Field field) throws IOException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT);
        readFields(p, field);
    }

    private static void readFields(JsonParser p, Field field) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            expect(p, t, JsonToken.FIELD_NAME);
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!value.isScalarValue()) {
                throw new IOException("Field '" + name + "' is not a plain value but " + value + ".");
            }
            field.accept(name, value);
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Expected " + expected + " but found " + actual + " at " + p.currentLocation() + ".");
        }
    }
}
