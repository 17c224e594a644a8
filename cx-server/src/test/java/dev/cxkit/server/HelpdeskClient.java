package dev.cxkit.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls a running {@link HelpdeskServer} with the JDK's HttpClient and reads its JSON answers. */
final class HelpdeskClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: status, the {@code Allow} header if any, the body as text and as a JSON tree. */
    record Answer(int status, String allow, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }
    }

    private final HttpClient http;
    private final URI base;

    HelpdeskClient(HelpdeskServer server) {
        this(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
    }

    HelpdeskClient(HelpdeskServer server, HttpClient http) {
        this.base = server.uri();
        this.http = http;
    }


    Answer post(String path, String body) {
        return send(request(path).header("Content-Type", contentType(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    Answer post(String path, byte[] body) {
        return send(request(path).header("Content-Type", contentType(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts with the given headers (name, value, name, value, …). */
    Answer post(String path, String body, String... headers) {
        return send(withHeaders(request(path), headers).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Gets with the given headers (name, value, name, value, …). */
    Answer get(String path, String... headers) {
        return send(withHeaders(request(path), headers).GET());
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder request, String... headers) {
        return headers.length == 0 ? request : request.headers(headers);
    }

    /** What a well-behaved client sends: CSV or DRL to /policy, JSON elsewhere. */
    private static String contentType(String path) {
        if (path.startsWith("/policy")) {
            return path.endsWith(".drl") ? "text/x-drl" : "text/csv";
        }
        return path.startsWith("/audit") ? "application/x-ndjson" : "application/json";
    }

    /** Posts without a Content-Length, so the body goes chunked. */
    Answer postChunked(String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", contentType(path)).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    Answer send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends and lets an IOException through, for tests of refused connections. */
    Answer postOrThrow(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Allow").orElse(""), response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Allow").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + base, e);
        }
    }
}
