package dev.cxkit.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One answer of the service: a status, a JSON object as UTF-8 bytes, and extra headers. Immutable once
 * built.
 *
 * @param status the HTTP status
 * @param body the JSON document
 * @param headers extra response headers, in order
 */
record Reply(int status, byte[] body, Map<String, String> headers) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the fields of a JSON object. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    Reply {
        headers = Map.copyOf(headers);
    }

    /** An answer whose body is one JSON object with the given fields. */
    static Reply json(int status, Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reply(status, out.toByteArray(), Map.of());
    }

    /** An error answer: {@code {"error":…,"detail":…}}. */
    static Reply error(int status, String error, String detail) {
        return error(status, error, detail, json -> { });
    }

    /** An error answer with more fields after {@code error} and {@code detail}. */
    static Reply error(int status, String error, String detail, Fields more) {
        return json(status, json -> {
            json.writeStringField("error", error);
            json.writeStringField("detail", detail);
            more.write(json);
        });
    }

    /** This answer with one more header. */
    Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, body, copy);
    }
}
