package dev.cxkit.server.internal;

import org.eclipse.jetty.http.HttpFields;
import org.jspecify.annotations.Nullable;

/**
 * One request as the endpoints see it, once the transport has checked it (host, origin, key, content
 * type) and read its whole body within the limits. Immutable; the body array is not copied.
 *
 * @param method the HTTP method
 * @param path the decoded path, such as {@code /decisions}
 * @param rawQuery the query string as sent, or {@code null}
 * @param headers the request headers
 * @param body the whole body, empty for none
 * @param keyName the name of the API key that called, or {@code null} on a server without keys
 */
record Exchange(String method, String path, @Nullable String rawQuery, HttpFields headers, byte[] body,
        @Nullable String keyName) {
}
