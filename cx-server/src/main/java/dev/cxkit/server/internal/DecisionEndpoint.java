package dev.cxkit.server.internal;

import java.io.IOException;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.json.DecisionRequestJson;
import dev.cxkit.json.JsonShapeException;
import dev.cxkit.json.internal.DecisionFields;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicyEvaluationException;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.RecordingGrantLedger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /decisions}: reads the request and decides it. With a database, through
 * {@code decideAndRecord} (sum, decide, log and record the grant in one transaction, idempotent by
 * request id), then tells the configured {@link DecisionLog}. Without one, through the engine: when its
 * ledger can record grants (the default in-memory one can) and the request states no granted amounts,
 * with {@link PolicyEngine#decideAndRecord}, so caps apply; otherwise with {@link PolicyEngine#decide},
 * which records no grant. Either way the decision is logged before the answer is built.
 *
 * <p>The server's clock decides: a request whose {@code at} is outside the engine's tolerance is a 400
 * naming {@code at}; any other is decided, logged and recorded at the server's instant. The one
 * exception is a retry: a request id decided before gets its first decision whatever its {@code at},
 * so that a client resending the same body after an outage learns what was decided.
 */
final class DecisionEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionEndpoint.class);
    private static final String WHAT = "POST /decisions";

    private final PolicyEngine engine;
    private final @Nullable CxDatabase database;
    private final DecisionLog afterDatabase;
    private final ServerSettings settings;

    DecisionEndpoint(PolicyEngine engine, ServerSettings settings) {
        this.engine = engine;
        this.database = settings.database();
        this.afterDatabase = settings.decisionLog();
        this.settings = settings;
    }

    Reply decide(Exchange exchange) throws IOException {
        byte[] body = BoundedBody.read(exchange, settings.maxRequestBytes(), WHAT);
        DecisionRequest asked;
        try {
            asked = DecisionRequestJson.parse(body, settings.clock());
        } catch (JsonShapeException e) {
            throw HttpProblem.badJson(e);
        }
        // The server's clock ends the cap period; a client's at is only checked against it.
        @Nullable IllegalArgumentException offClock = null;
        DecisionRequest request = asked;
        try {
            request = engine.stamp(asked);
        } catch (IllegalArgumentException e) {
            offClock = e;
        }
        boolean recording = database != null || engine.grantLedger() instanceof RecordingGrantLedger
                && asked.grantedToCustomer() == null && asked.grantedByAgent() == null;
        if (offClock != null && (!recording || asked.requestId() == null)) {
            throw HttpProblem.invalid("at", String.valueOf(offClock.getMessage()));
        }
        Decision decision;
        try {
            decision = database != null ? decideAndRecord(database, request, offClock)
                    : recording ? recorded(() -> engine.decideAndRecord(asked), asked, offClock)
                    : engine.decide(request);
        } catch (PolicyEvaluationException e) {
            // A defect of the policy (a runaway or failing rule, or one over its time budget), not an outcome.
            // The message names the policy version and rule; it is the operator's to read, so it is not logged.
            LOG.warn("{}: the policy {} failed to evaluate ({}).", WHAT, engine.policy().version(),
                    e.getCause() == null ? "no cause" : e.getCause().getClass().getName());
            return Reply.error(500, "policy evaluation failed", String.valueOf(e.getMessage()));
        }
        DecisionRequest answered = request;
        return Reply.json(200, json -> {
            DecisionFields.writeFields(json, decision);
            if (answered.requestId() != null) {
                json.writeStringField("requestId", answered.requestId());
            }
        });
    }

    private Decision decideAndRecord(CxDatabase db, DecisionRequest request,
            @Nullable IllegalArgumentException offClock) {
        // decideAndRecord refuses stated amounts too; checked here to answer 400 naming the field. Falling back
        // to a plain decide would let a caller state 0.00 and get past a cap, and the grant would not be recorded.
        String stated = request.grantedToCustomer() != null ? "grantedToCustomer"
                : request.grantedByAgent() != null ? "grantedByAgent" : null;
        if (stated != null) {
            throw HttpProblem.invalid(stated, "must be absent: this server keeps the grants in its database and sums "
                    + "them itself, under a lock, so that concurrent grants never exceed a cap.\nMaybe leave "
                    + "grantedToCustomer and grantedByAgent out?");
        }
        Decision decision = recorded(() -> db.grants().decideAndRecord(engine, request), request, offClock);
        afterDatabase.record(request, decision);
        return decision;
    }

    /** Runs a decideAndRecord, turning its refusals into the 4xx that names the field at fault. */
    private static Decision recorded(DecideAndRecord call, DecisionRequest request,
            @Nullable IllegalArgumentException offClock) {
        try {
            return call.run();
        } catch (IllegalArgumentException e) {
            if (offClock != null) {
                // Not a retry of a decided request id, and off the server's clock: refused for its at.
                throw HttpProblem.invalid("at", String.valueOf(offClock.getMessage()));
            }
            if (request.requestId() == null) {
                throw e;
            }
            // The only argument refused after the checks before: a request id used for another grant.
            throw HttpProblem.conflict("requestId", String.valueOf(e.getMessage()));
        }
    }

    @FunctionalInterface
    private interface DecideAndRecord {
        Decision run();
    }
}
