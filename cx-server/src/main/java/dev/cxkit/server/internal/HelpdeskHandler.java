package dev.cxkit.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.cxkit.rules.PolicyEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.cxkit.json.internal.ScorecardFields;

/**
 * Routes requests to the endpoints and turns every outcome into a JSON answer: {@link HttpProblem}s
 * into their 4xx, anything unexpected into a 500 whose log line has the exception's type and frames
 * but not its message (messages can quote the request). Logs a known route's name, never a raw path.
 */
final class HelpdeskHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HelpdeskHandler.class);
    private static final String ENDPOINTS =
            "POST /decisions, GET /decisions, POST /audit, GET /kpis, POST /policy, GET /health";
    private static final int FRAMES_LOGGED = 8;

    /** One endpoint: reads the exchange's request, returns the answer. */
    @FunctionalInterface
    interface Endpoint {
        Reply handle(HttpExchange exchange) throws IOException;
    }

    private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
    private final PolicyEngine engine;
    private final RunningKpis kpis;
    private final AuditEndpoint audit;
    private final DecisionLogEndpoint decisionLog;
    private final AtomicLong errors = new AtomicLong();

    HelpdeskHandler(PolicyEngine engine, ServerSettings settings) {
        this.engine = engine;
        this.kpis = new RunningKpis(settings.kpiConfig(), settings.scorecard());
        this.audit = new AuditEndpoint(settings.contactAudit(), kpis, settings.maxAuditRequestBytes());
        this.decisionLog = new DecisionLogEndpoint(settings.database());
        PolicyReloader reloader = new PolicyReloader(engine, settings.allowDrlReload(), settings.maxRequestBytes());
        route("POST", "/decisions", new DecisionEndpoint(engine, settings)::decide);
        route("GET", "/decisions", decisionLog::find);
        route("POST", "/audit", audit::audit);
        route("GET", "/kpis", exchange -> kpis());
        route("POST", "/policy", reloader::reload);
        route("GET", "/health", exchange -> health());
    }

    private void route(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Map<String, Endpoint> byMethod = routes.get(path);
        // Only a known route's name goes to the log: a raw path is client text.
        String route = byMethod == null ? "(unknown path)" : path;
        Reply reply;
        try {
            if (byMethod == null) {
                reply = Reply.error(404, "not found", "No endpoint at " + HttpProblem.abbreviate(String.valueOf(path))
                        + ". Endpoints: " + ENDPOINTS + ".");
            } else if (!byMethod.containsKey(method)) {
                String allowed = String.join(", ", byMethod.keySet());
                reply = Reply.error(405, "method not allowed", path + " answers " + allowed + ", not "
                        + HttpProblem.abbreviate(method) + ".").withHeader("Allow", allowed);
            } else {
                reply = byMethod.get(method).handle(exchange);
            }
        } catch (HttpProblem problem) {
            reply = problem.reply();
            if (problem.status() == 413) {
                reply = reply.withHeader("Connection", "close");
            }
        } catch (IOException e) {
            LOG.debug("{} {}: the request could not be read ({}).", method, route, e.getClass().getName());
            exchange.close();
            return;
        } catch (RuntimeException e) {
            long reference = errors.incrementAndGet();
            LOG.error("{} {} failed with error {}: {}", method, route, reference, describe(e));
            reply = Reply.error(500, "internal error", "The server could not answer this request. It logged the "
                    + "failure as error " + reference + ".");
        }
        send(exchange, reply, method, route);
    }

    private Reply kpis() {
        RunningKpis.Snapshot snapshot = kpis.snapshot();
        return Reply.json(200, json -> {
            json.writeFieldName("scorecard");
            ScorecardFields.write(json, snapshot.scorecard());
            json.writeNumberField("interactions", snapshot.interactions());
        });
    }

    private Reply health() {
        return Reply.json(200, json -> {
            json.writeStringField("status", "UP");
            json.writeStringField("policyVersion", engine.policy().version());
            json.writeBooleanField("auditConfigured", audit.isConfigured());
            json.writeBooleanField("databaseConfigured", decisionLog.isConfigured());
        });
    }

    private static void send(HttpExchange exchange, Reply reply, String method, String route) {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json; charset=utf-8");
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            reply.headers().forEach(headers::set);
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
            LOG.debug("{} {} -> {}", method, route, reply.status());
        } catch (IOException e) {
            LOG.debug("{} {} -> {} not delivered ({}).", method, route, reply.status(), e.getClass().getName());
        }
    }

    /** The exception's types and first frames, cause by cause, without the messages. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 5; t = t.getCause(), depth++) {
            text.append(depth == 0 ? "" : " caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_LOGGED, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
        }
        return text.append("\n(messages left out: they may quote the request)").toString();
    }
}
