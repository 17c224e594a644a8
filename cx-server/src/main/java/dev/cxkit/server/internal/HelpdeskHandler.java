package dev.cxkit.server.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.server.Permission;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoints and their routes: which method and path, which {@link Permission}, how large a body and
 * which content types each accepts. Turns every outcome of an endpoint into a {@link Reply}:
 * {@link HttpProblem}s into their 4xx, anything unexpected into a 500 whose log line has the exception's
 * type and frames but not its message (messages can quote the request). Thread-safe.
 */
final class HelpdeskHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HelpdeskHandler.class);
    private static final String ENDPOINTS = "POST /decisions, GET /decisions, POST /audit, GET /kpis, POST /policy, "
            + "GET /health, GET /metrics";
    private static final int FRAMES_LOGGED = 8;
    private static final Duration DATABASE_PROBE = Duration.ofSeconds(2);

    /** One endpoint: reads the exchange's request, returns the answer. */
    @FunctionalInterface
    interface Endpoint {
        Reply handle(Exchange exchange) throws IOException;
    }

    /**
     * One route.
     *
     * @param method the HTTP method
     * @param path the path
     * @param permission what an API key needs for it, or {@code null} for none
     * @param maxBodyBytes the largest body read; 0 for a route that reads none
     * @param contentTypes the media types the body must have, or empty for any
     * @param onWorker whether it runs on the bounded pool of workers ({@code false}: cheap, answered at once)
     * @param endpoint the endpoint
     */
    record Route(String method, String path, @Nullable Permission permission, long maxBodyBytes,
            List<String> contentTypes, boolean onWorker, Endpoint endpoint) {
    }

    private final Map<String, Map<String, Route>> routes = new LinkedHashMap<>();
    private final PolicyEngine engine;
    private final @Nullable CxDatabase database;
    private final RunningKpis kpis;
    private final AuditEndpoint audit;
    private final DecisionLogEndpoint decisionLog;
    private final AtomicLong errors = new AtomicLong();

    HelpdeskHandler(PolicyEngine engine, ServerSettings settings, PolicyPersistence persistence) {
        this.engine = engine;
        this.database = settings.database();
        this.kpis = new RunningKpis(settings.kpiConfig(), settings.scorecard());
        this.audit = new AuditEndpoint(settings.contactAudit(), kpis, settings.maxAuditRequestBytes());
        this.decisionLog = new DecisionLogEndpoint(settings.database());
        PolicyReloader reloader = new PolicyReloader(engine, settings.allowDrlReload(), settings.maxPolicyBytes(),
                persistence);
        DecisionEndpoint decisions = new DecisionEndpoint(engine, settings);
        route("POST", "/decisions", Permission.DECIDE, settings.maxRequestBytes(), List.of(), true, decisions::decide);
        route("GET", "/decisions", Permission.READ_DECISIONS, 0, List.of(), true, decisionLog::find);
        route("POST", "/audit", Permission.DECIDE, settings.maxAuditRequestBytes(), List.of(), true, audit::audit);
        route("GET", "/kpis", Permission.DECIDE, 0, List.of(), true, exchange -> kpis());
        // text/csv (or text/x-drl) is not a type a web page may post without asking first (CORS), so a page
        // the operator opens cannot replace the policy with a plain form or fetch.
        route("POST", "/policy", Permission.CHANGE_POLICY, settings.maxPolicyBytes(),
                List.of("text/csv", "text/x-drl"), true, reloader::reload);
        route("GET", "/health", null, 0, List.of(), false, exchange -> health());
        MetricsEndpoint metrics = new MetricsEndpoint(settings.transport().registry());
        route("GET", "/metrics", Permission.READ_METRICS, 0, List.of(), false, metrics::scrape);
    }

    private void route(String method, String path, @Nullable Permission permission, long maxBodyBytes,
            List<String> contentTypes, boolean onWorker, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>())
                .put(method, new Route(method, path, permission, maxBodyBytes, contentTypes, onWorker, endpoint));
    }

    /**
     * The route of a request, or the 404 or 405 answer.
     *
     * @return a {@link Route} or a {@link Reply}
     */
    Object route(String method, String path) {
        Map<String, Route> byMethod = routes.get(path);
        if (byMethod == null) {
            return Reply.error(404, "not found", "No endpoint at " + HttpProblem.abbreviate(path) + ". Endpoints: "
                    + ENDPOINTS + ".");
        }
        Route route = byMethod.get(method);
        if (route == null) {
            String allowed = String.join(", ", byMethod.keySet());
            return Reply.error(405, "method not allowed", path + " answers " + allowed + ", not "
                    + HttpProblem.abbreviate(method) + ".").withHeader("Allow", allowed);
        }
        return route;
    }

    /** Runs a route's endpoint and turns whatever happens into an answer. */
    Reply handle(Route route, Exchange exchange) {
        try {
            return route.endpoint().handle(exchange);
        } catch (HttpProblem problem) {
            Reply reply = problem.reply();
            return problem.status() == 413 ? reply.withHeader("Connection", "close") : reply;
        } catch (IOException | RuntimeException e) {
            long reference = errors.incrementAndGet();
            LOG.error("{} {} failed with error {}: {}", route.method(), route.path(), reference, describe(e));
            return Reply.error(500, "internal error", "The server could not answer this request. It logged the "
                    + "failure as error " + reference + ".");
        }
    }

    private Reply kpis() {
        RunningKpis.Snapshot snapshot = kpis.snapshot();
        return Reply.json(200, json -> {
            json.writeFieldName("scorecard");
            ScorecardFields.write(json, snapshot.scorecard());
            json.writeNumberField("interactions", snapshot.interactions());
        });
    }

    /**
     * Readiness: the policy is compiled and in force, and the database (if any) answers a probe within
     * {@link #DATABASE_PROBE}. 200 when ready, 503 when not.
     */
    private Reply health() {
        String policyVersion = engine.policy().version();
        String databaseStatus;
        CxDatabase db = database;
        if (db == null) {
            databaseStatus = "NOT_CONFIGURED";
        } else {
            databaseStatus = db.isReachable(DATABASE_PROBE) ? "UP" : "DOWN";
        }
        boolean ready = !databaseStatus.equals("DOWN");
        return Reply.json(ready ? 200 : 503, json -> {
            json.writeStringField("status", ready ? "UP" : "DOWN");
            json.writeBooleanField("policyLoaded", true);
            json.writeStringField("policyVersion", policyVersion);
            json.writeStringField("database", databaseStatus);
            json.writeBooleanField("auditConfigured", audit.isConfigured());
            json.writeBooleanField("databaseConfigured", decisionLog.isConfigured());
        });
    }

    /** The exception's types and first frames, cause by cause, without the messages. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 5; t = t.getCause(), depth++) {
            text.append(depth == 0 ? "" : " caused by ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                text.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_LOGGED, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
        }
        return text.append("\n(messages left out: they may quote the request)").toString();
    }
}
