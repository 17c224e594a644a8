package dev.cxkit.server.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Money;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.jdbc.DecisionQuery;
import dev.cxkit.jdbc.LoggedDecision;
import dev.cxkit.jdbc.Page;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.json.internal.DecisionFields;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /decisions}: one page of the database's decision log, filtered by the query parameters
 * (the names of {@link DecisionQuery}'s filters). Answers ids, request facts and outcomes, never the
 * flags or anything else a caller might have filled with personal data; 501 without a database.
 */
final class DecisionLogEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLogEndpoint.class);
    private static final List<String> PARAMETERS = List.of("customerId", "agentId", "ruleId", "requestId", "from",
            "to", "after", "limit");

    private final @Nullable CxDatabase database;

    DecisionLogEndpoint(@Nullable CxDatabase database) {
        this.database = database;
    }

    boolean isConfigured() {
        return database != null;
    }

    Reply find(Exchange exchange) {
        CxDatabase db = database;
        if (db == null) {
            return Reply.error(501, "decision log not configured", "This server keeps no queryable decision log: it "
                    + "was started without a database.\nMaybe build it with HelpdeskServer.Builder.database(...), "
                    + "as cx serve does?");
        }
        DecisionQuery query = query(QueryString.parse(exchange.rawQuery(), PARAMETERS));
        Page<LoggedDecision> page = db.decisions().find(query);
        LOG.info("GET /decisions: {} decision(s){}.", page.items().size(), page.hasMore() ? ", more to come" : "");
        return Reply.json(200, json -> {
            json.writeArrayFieldStart("decisions");
            for (LoggedDecision logged : page.items()) {
                write(json, logged);
            }
            json.writeEndArray();
            if (page.next() == null) {
                json.writeNullField("next");
            } else {
                json.writeNumberField("next", page.next());
            }
        });
    }

    private static DecisionQuery query(Map<String, String> parameters) {
        DecisionQuery.Builder query = DecisionQuery.builder()
                .customer(optional(parameters, "customerId", CustomerId::of))
                .agent(optional(parameters, "agentId", AgentId::of))
                .ruleId(optional(parameters, "ruleId", Function.identity()))
                .requestId(optional(parameters, "requestId", Function.identity()))
                .between(optional(parameters, "from", DecisionLogEndpoint::instant),
                        optional(parameters, "to", DecisionLogEndpoint::instant));
        Long after = optional(parameters, "after", text -> whole(text, 0, Long.MAX_VALUE));
        if (after != null) {
            query.after(after);
        }
        Long limit = optional(parameters, "limit", text -> whole(text, 1, DecisionQuery.MAX_LIMIT));
        if (limit != null) {
            query.limit(limit.intValue());
        }
        try {
            return query.build();
        } catch (IllegalArgumentException e) {
            // The checks across parameters (from after to; the ids); the message names the parameter.
            throw HttpProblem.invalid(null, String.valueOf(e.getMessage()));
        }
    }

    private static <T> @Nullable T optional(Map<String, String> parameters, String name, Function<String, T> parse) {
        String text = parameters.get(name);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(name, String.valueOf(e.getMessage()));
        }
    }

    private static long whole(String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", not ("
                    + HttpProblem.abbreviate(text) + ").", e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("(" + value + ") is outside " + min + " to " + max + ".");
        }
        return value;
    }

    private static void write(JsonGenerator json, LoggedDecision logged) throws IOException {
        DecisionRequest request = logged.request();
        json.writeStartObject();
        json.writeNumberField("id", logged.id());
        if (request.requestId() == null) {
            json.writeNullField("requestId");
        } else {
            json.writeStringField("requestId", request.requestId());
        }
        json.writeStringField("at", request.at().toString());
        json.writeStringField("recordedAt", logged.recordedAt().toString());
        json.writeStringField("customerId", request.customerId().value());
        json.writeStringField("segment", request.segment().name());
        json.writeStringField("agentId", request.agentId().value());
        json.writeStringField("agentTier", request.agentTier().name());
        json.writeStringField("channel", request.channel().name());
        json.writeStringField("action", request.action().name());
        if (request.amount() instanceof Money money) {
            json.writeStringField("amount", money.amount().toPlainString());
            json.writeStringField("currency", money.currency().getCurrencyCode());
        } else {
            json.writeStringField("amount", request.amount().toString());
        }
        json.writeBooleanField("viaLedger", logged.viaLedger());
        DecisionFields.writeFields(json, logged.decision());
        json.writeEndObject();
    }

    /** An ISO-8601 instant with zone, as {@code from} and {@code to} take it. */
    private static Instant instant(String text) {
        Instant value;
        try {
            value = Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 instant with Z, such as 2026-03-02T09:00:00Z, "
                    + "not (" + HttpProblem.abbreviate(text) + ").", e);
        }
        // The range of every other instant cxkit reads (issue 25 item 6); the caller names the parameter.
        if (!InstantBounds.contains(value)) {
            throw new IllegalArgumentException("expected an instant " + InstantBounds.RANGE_TEXT + ", not ("
                    + HttpProblem.abbreviate(text) + ").");
        }
        return value;
    }
}
