package dev.cxkit.server.internal;

import java.io.IOException;

import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.spi.DecisionLog;
import org.jspecify.annotations.Nullable;
import dev.cxkit.json.internal.DecisionFields;
import dev.cxkit.json.DecisionRequestJson;
import dev.cxkit.json.JsonShapeException;

/**
 * {@code POST /decisions}: reads the request and decides it. With a database, through
 * {@code decideAndRecord} (sum, decide, log and record the grant in one transaction, idempotent by
 * request id), then tells the configured {@link DecisionLog}; without one, through the engine, which
 * writes the decision to its log before it returns. Either way the decision is recorded before the
 * answer is built.
 */
final class DecisionEndpoint {

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
        DecisionRequest request;
        try {
            request = DecisionRequestJson.parse(body, settings.clock());
        } catch (JsonShapeException e) {
            throw HttpProblem.badJson(e);
        }
        Decision decision = database == null ? engine.decide(request) : decideAndRecord(database, request);
        return Reply.json(200, json -> {
            DecisionFields.writeFields(json, decision);
            if (request.requestId() != null) {
                json.writeStringField("requestId", request.requestId());
            }
        });
    }

    private Decision decideAndRecord(CxDatabase db, DecisionRequest request) {
        // decideAndRecord refuses stated amounts too; checked here to answer 400 naming the field. Falling back
        // to a plain decide would let a caller state 0.00 and get past a cap, and the grant would not be recorded.
        String stated = request.grantedToCustomer() != null ? "grantedToCustomer"
                : request.grantedByAgent() != null ? "grantedByAgent" : null;
        if (stated != null) {
            throw HttpProblem.invalid(stated, "must be absent: this server keeps the grants in its database and sums "
                    + "them itself, under a lock, so that concurrent grants never exceed a cap.\nMaybe leave "
                    + "grantedToCustomer and grantedByAgent out?");
        }
        Decision decision;
        try {
            decision = db.grants().decideAndRecord(engine, request);
        } catch (IllegalArgumentException e) {
            if (request.requestId() == null) {
                throw e;
            }
            // The only argument decideAndRecord refuses after the check above: a request id used for another grant.
            throw HttpProblem.conflict("requestId", String.valueOf(e.getMessage()));
        }
        afterDatabase.record(request, decision);
        return decision;
    }
}
