package dev.cxkit.server.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * Request bodies with a size limit: a declared {@code Content-Length} over the limit is refused before
 * a byte is read; a chunked body is cut off as soon as it passes the limit.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /** Thrown by the stream of {@link #stream} when the body passes its limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("request body over the limit", null);
        }
    }

    /**
     * Reads the whole body.
     *
     * @throws HttpProblem 413 if it is over {@code limit} bytes
     */
    static byte[] read(HttpExchange exchange, int limit, String what) throws IOException {
        try (InputStream in = stream(exchange, limit, what)) {
            return in.readAllBytes();
        } catch (TooLargeException e) {
            throw HttpProblem.tooLarge(what, limit);
        }
    }

    /**
     * The body as a stream that throws {@link TooLargeException} once more than {@code limit} bytes
     * were read.
     *
     * @throws HttpProblem 413 if the declared length is over the limit
     */
    static InputStream stream(HttpExchange exchange, long limit, String what) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw HttpProblem.tooLarge(what, limit);
                }
            } catch (NumberFormatException e) {
                // The JDK server refuses a malformed Content-Length before we get here; the limit below holds anyway.
            }
        }
        return new Limited(exchange.getRequestBody(), limit);
    }

    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLargeException {
            left -= n;
            if (left < 0) {
                throw new TooLargeException();
            }
        }
    }
}
