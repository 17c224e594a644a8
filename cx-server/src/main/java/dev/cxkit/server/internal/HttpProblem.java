package dev.cxkit.server.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.json.JsonShapeException;
import org.jspecify.annotations.Nullable;

/**
 * A request the service answers with a 4xx error: thrown where the problem is found, turned into
 * {@code {"error":…,"detail":…,"field":…}} by the router. Its message is the detail; it is sent to the
 * client and never logged, since it may quote the request.
 */
final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final @Nullable String field;

    HttpProblem(int status, String error, String detail, @Nullable String field) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    /** 400 for a request whose JSON is fine but whose content is not. */
    static HttpProblem invalid(@Nullable String field, String detail) {
        return new HttpProblem(400, "invalid request", field == null ? detail : "field '" + field + "': " + detail,
                field);
    }

    /** 400 for JSON that cx-json could not read: malformed, or with a field at fault. */
    static HttpProblem badJson(JsonShapeException e) {
        return new HttpProblem(400, e.isWellFormed() ? "invalid request" : "malformed JSON",
                String.valueOf(e.getMessage()), e.field());
    }

    /** 400 for a body that is not well-formed JSON. */
    static HttpProblem malformed(String detail) {
        return new HttpProblem(400, "malformed JSON", detail, null);
    }

    /** 409 for a request that contradicts what was recorded before, such as a request id reused for another grant. */
    static HttpProblem conflict(String field, String detail) {
        return new HttpProblem(409, "conflict", "field '" + field + "': " + detail, field);
    }

    /** 413 for a body over the limit. */
    static HttpProblem tooLarge(String what, long limit) {
        return new HttpProblem(413, "request too large", "The body of " + what + " is over the limit of " + limit
                + " bytes.\nMaybe send it in smaller parts?", null);
    }

    /**
     * Shortens a value quoted in a message, so that a message never echoes a huge field, with e-mail
     * addresses and phone numbers masked and invisible characters escaped: the one function cxkit
     * uses for every value it quotes ({@code Checks.abbreviate}, issue 25 item 10).
     */
    static String abbreviate(String value) {
        return Checks.abbreviate(value);
    }

    int status() {
        return status;
    }

    Reply reply() {
        String detail = String.valueOf(getMessage());
        return Reply.error(status, error, detail, json -> {
            if (field != null) {
                json.writeStringField("field", field);
            }
        });
    }
}
