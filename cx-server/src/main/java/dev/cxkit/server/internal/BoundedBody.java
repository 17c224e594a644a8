package dev.cxkit.server.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Request bodies with a size limit. The transport reads each body under its route's limit before an
 * endpoint runs (a declared {@code Content-Length} over it is refused before a byte is read, a chunked
 * body as soon as it passes it); these methods hand the body to the endpoints and check the limit again.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The whole body.
     *
     * @throws HttpProblem 413 if it is over {@code limit} bytes
     */
    static byte[] read(Exchange exchange, int limit, String what) {
        if (exchange.body().length > limit) {
            throw HttpProblem.tooLarge(what, limit);
        }
        return exchange.body();
    }

    /**
     * The body as a stream.
     *
     * @throws HttpProblem 413 if it is over {@code limit} bytes
     */
    static InputStream stream(Exchange exchange, long limit, String what) {
        if (exchange.body().length > limit) {
            throw HttpProblem.tooLarge(what, limit);
        }
        return new ByteArrayInputStream(exchange.body());
    }
}
