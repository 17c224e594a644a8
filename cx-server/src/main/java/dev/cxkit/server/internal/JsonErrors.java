package dev.cxkit.server.internal;

import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives on its own (a request it cannot parse, a header over the size limit, a URI it
 * refuses) as the service's JSON {@code {"error":…,"detail":…}}, instead of Jetty's HTML page, which
 * names exception classes. The detail is the status's reason only: never a message that could quote the
 * request.
 */
final class JsonErrors implements Request.Handler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ErrorHandler.ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        String reason = HttpStatus.getMessage(status);
        Reply reply = Reply.error(status, reason.toLowerCase(java.util.Locale.ROOT), "The server refused the request "
                + "before any endpoint saw it (" + status + " " + reason + ").");
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        Transport.ACCESS.info("method=- route=(refused by the parser) status={}", status);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
        return true;
    }
}
