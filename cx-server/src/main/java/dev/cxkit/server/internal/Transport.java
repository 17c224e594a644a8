package dev.cxkit.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.cxkit.server.ApiKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty side of the service: checks each request ({@link RequestGuard}), reads its body without
 * holding a thread (a slow sender costs a connection, never a worker) under its route's size limit and
 * the read timeout, then runs the endpoint on the bounded pool of workers, or answers 503 when the pool
 * and its queue are full. Cheap routes ({@code /health}, {@code /metrics}) are answered at once on
 * Jetty's thread, so that they answer while every worker is busy. Each answer is written in one piece
 * with its length, and one access-log line says what happened, without personal data.
 */
final class Transport extends Handler.Abstract {

    /** The access log: one line per request, {@code key=value} pairs, at INFO. */
    static final Logger ACCESS = LoggerFactory.getLogger("dev.cxkit.server.access");
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final HelpdeskHandler handler;
    private final RequestGuard guard;
    private final ExecutorService workers;
    private final Scheduler scheduler;
    private final long readTimeoutMillis;
    private final MeterRegistry registry;
    private final HeaderDeadlines deadlines;

    Transport(HelpdeskHandler handler, RequestGuard guard, ExecutorService workers, Scheduler scheduler,
            long readTimeoutMillis, MeterRegistry registry, HeaderDeadlines deadlines) {
        this.handler = handler;
        this.guard = guard;
        this.workers = workers;
        this.scheduler = scheduler;
        this.readTimeoutMillis = readTimeoutMillis;
        this.registry = registry;
        this.deadlines = deadlines;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        deadlines.requestStarted(request.getConnectionMetaData().getConnection());
        Call call = new Call(request, response, callback, System.nanoTime());
        HttpFields headers = request.getHeaders();
        String method = request.getMethod();
        String path = request.getHttpURI().getDecodedPath();
        Reply refused = guard.host(headers);
        if (refused != null) {
            call.answer(refused, "(refused)");
            return true;
        }
        Object found = handler.route(method, path == null ? "" : path);
        if (found instanceof Reply reply) {
            call.answer(reply, "(unknown)");
            return true;
        }
        HelpdeskHandler.Route route = (HelpdeskHandler.Route) found;
        Object caller = guard.caller(route.permission(), headers);
        if (caller instanceof Reply reply) {
            call.answer(reply, route.path());
            return true;
        }
        call.keyName = caller instanceof ApiKeys.Key key ? key.name() : null;
        refused = guard.origin(method, headers, request.isSecure());
        if (refused == null && route.maxBodyBytes() > 0) {
            refused = guard.contentType(route.contentTypes(), headers);
        }
        if (refused != null) {
            call.answer(refused, route.path());
            return true;
        }
        if (!route.onWorker()) {
            call.answer(handler.handle(route, call.exchange(route, new byte[0])), route.path());
            return true;
        }
        if (route.maxBodyBytes() == 0) {
            dispatch(call, route, new byte[0]);
            return true;
        }
        long declared = headers.getLongField(HttpHeader.CONTENT_LENGTH);
        if (declared > route.maxBodyBytes()) {
            call.answer(tooLarge(route), route.path());
            return true;
        }
        new BodyReader(call, route).start();
        return true;
    }

    private static Reply tooLarge(HelpdeskHandler.Route route) {
        return HttpProblem.tooLarge(route.method() + " " + route.path(), route.maxBodyBytes()).reply()
                .withHeader("Connection", "close");
    }

    /** Runs the endpoint on a worker, or answers 503 when the workers and their queue are full. */
    private void dispatch(Call call, HelpdeskHandler.Route route, byte[] body) {
        try {
            workers.execute(() -> call.answer(handler.handle(route, call.exchange(route, body)), route.path()));
        } catch (RejectedExecutionException e) {
            call.answer(Reply.error(503, "busy", "Every worker is busy and the queue is full; nothing was done.\n"
                    + "Maybe retry in a second?").withHeader("Retry-After", "1"), route.path());
        }
    }

    /** One request on its way to its answer; answers once. */
    private final class Call {
        final Request request;
        final Response response;
        final Callback callback;
        final long started;
        final AtomicBoolean answered = new AtomicBoolean();
        volatile long bytesIn;
        volatile @Nullable String keyName;

        Call(Request request, Response response, Callback callback, long started) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.started = started;
        }

        Exchange exchange(HelpdeskHandler.Route route, byte[] body) {
            return new Exchange(route.method(), route.path(), request.getHttpURI().getQuery(), request.getHeaders(),
                    body, keyName);
        }

        void answer(Reply reply, String route) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            response.setStatus(reply.status());
            HttpFields.Mutable headers = response.getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            headers.put("X-Content-Type-Options", "nosniff");
            for (Map.Entry<String, String> header : reply.headers().entrySet()) {
                headers.put(header.getKey(), header.getValue());
            }
            headers.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
            int status = reply.status();
            String method = request.getMethod();
            response.write(true, ByteBuffer.wrap(reply.body()), Callback.from(() -> {
                logged(method, route, status, reply.body().length, true);
                callback.succeeded();
            }, failure -> {
                logged(method, route, status, reply.body().length, false);
                callback.failed(failure);
            }));
        }

        private void logged(String method, String route, int status, int bytesOut, boolean delivered) {
            long nanos = System.nanoTime() - started;
            Timer.builder("http.server.requests")
                    .description("HTTP requests the cxkit helpdesk service answered")
                    .tags(Tags.of("method", knownMethod(method), "uri", route, "status", String.valueOf(status),
                            "outcome", outcome(status)))
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
            if (ACCESS.isInfoEnabled()) {
                ACCESS.info(String.format(Locale.ROOT, "method=%s route=%s status=%d ms=%.2f in=%d out=%d key=%s%s",
                        knownMethod(method), route, status, nanos / 1e6, bytesIn, bytesOut,
                        keyName == null ? "-" : keyName, delivered ? "" : " delivered=false"));
            }
        }
    }

    /**
     * Reads a body chunk by chunk as it arrives, on no thread of its own while waiting; fails it with
     * 413 past the limit and 408 past the read timeout.
     */
    private final class BodyReader implements Runnable {
        private final Call call;
        private final HelpdeskHandler.Route route;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean done = new AtomicBoolean();
        private Scheduler.@Nullable Task timeout;

        BodyReader(Call call, HelpdeskHandler.Route route) {
            this.call = call;
            this.route = route;
        }

        void start() {
            timeout = scheduler.schedule(this::timedOut, readTimeoutMillis, TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!done.get()) {
                Content.Chunk chunk = call.request.read();
                if (chunk == null) {
                    call.request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    finish();
                    LOG.debug("{} {}: the body could not be read ({}).", route.method(), route.path(),
                            chunk.getFailure().getClass().getName());
                    call.answer(Reply.error(400, "body not read", "The request body could not be read.")
                            .withHeader("Connection", "close"), route.path());
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                int n = buffer.remaining();
                if (body.size() + (long) n > route.maxBodyBytes()) {
                    chunk.release();
                    finish();
                    call.answer(tooLarge(route), route.path());
                    return;
                }
                byte[] bytes = new byte[n];
                buffer.get(bytes);
                chunk.release();
                body.write(bytes, 0, n);
                call.bytesIn = body.size();
                if (last) {
                    if (finish()) {
                        dispatch(call, route, body.toByteArray());
                    }
                    return;
                }
            }
        }

        private void timedOut() {
            if (finish()) {
                call.answer(Reply.error(408, "request timeout", "The request body did not arrive within "
                        + readTimeoutMillis + " ms of its headers; nothing was done.")
                        .withHeader("Connection", "close"), route.path());
            }
        }

        /** Marks the read as over; {@code true} for the one caller that did. */
        private boolean finish() {
            Scheduler.Task task = timeout;
            if (task != null) {
                task.cancel();
            }
            return done.compareAndSet(false, true);
        }
    }

    private static String knownMethod(String method) {
        return switch (method) {
            case "GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS" -> method;
            default -> "OTHER";
        };
    }

    private static String outcome(int status) {
        return status < 400 ? "SUCCESS" : status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
