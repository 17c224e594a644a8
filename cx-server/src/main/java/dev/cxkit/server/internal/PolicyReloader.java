package dev.cxkit.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicyProblem;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.PolicyTooLargeException;
import dev.cxkit.rules.ReloadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /policy}: replaces one source of the policy in force and keeps the others. One reload
 * compiles at a time: a second one that arrives meanwhile is answered 429 at once rather than queued,
 * so that parallel uploads cannot add up the compiler's memory, and two reloads cannot lose each
 * other's change. Decisions go on during a reload and use the old policy until the new one is swapped
 * in. A body over the byte limit, or a matrix over the policy's row limit, is a 413.
 */
final class PolicyReloader {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyReloader.class);
    private static final String DEFAULT_NAME = "authority.csv";

    private final PolicyEngine engine;
    private final boolean allowDrl;
    private final int maxBytes;
    private final ReentrantLock lock = new ReentrantLock();

    private final PolicyPersistence persistence;

    PolicyReloader(PolicyEngine engine, boolean allowDrl, int maxBytes, PolicyPersistence persistence) {
        this.engine = engine;
        this.allowDrl = allowDrl;
        this.maxBytes = maxBytes;
        this.persistence = persistence;
    }

    Reply reload(Exchange exchange) throws IOException {
        String name = SourceNames.check(QueryString.parse(exchange.rawQuery(), List.of("name")).get("name"));
        String text = utf8(BoundedBody.read(exchange, maxBytes, "POST /policy"));
        if (!lock.tryLock()) {
            LOG.info("POST /policy refused: another reload is compiling.");
            return Reply.error(429, "reload in progress", "Another policy reload is being compiled; this server "
                    + "compiles one at a time.\nMaybe send it again when that one is answered?")
                    .withHeader("Retry-After", "1");
        }
        try {
            Policy current = engine.policy();
            String target = name != null ? name : defaultName(current);
            PolicySource.Kind kind = kindOf(target);
            if (kind != PolicySource.Kind.AUTHORITY_MATRIX && !allowDrl) {
                return Reply.error(403, "DRL reload disabled", "This server accepts only the authority-matrix CSV "
                        + "(a name ending in .csv). DRL and decision tables are code that runs inside the server, "
                        + "so reloading them over HTTP is off.\nMaybe start it with --allow-drl-reload "
                        + "(HelpdeskServer.Builder.allowDrlReload) if everyone who can reach it may run code on it?");
            }
            PolicySource source;
            try {
                source = new PolicySource(target, kind, text);
            } catch (IllegalArgumentException e) {
                throw HttpProblem.invalid("name", String.valueOf(e.getMessage()));
            }
            List<PolicySource> sources = replace(current.sources(), source);
            ReloadResult result = engine.reload(sources);
            if (result instanceof ReloadResult.Rejected rejected
                    && rejected.error() instanceof PolicyTooLargeException tooLarge) {
                LOG.info("POST /policy refused: over the limit of {} matrix rows; policy {} stays in force.",
                        tooLarge.limit(), rejected.currentVersion());
                return Reply.error(413, "policy too large", tooLarge.problems().get(0) + " The policy "
                        + rejected.currentVersion() + " stays in force.", json -> {
                            json.writeStringField("policyVersion", rejected.currentVersion());
                            json.writeNumberField("maxMatrixRows", tooLarge.limit());
                        });
            }
            if (result instanceof ReloadResult.Rejected rejected) {
                List<PolicyProblem> problems = rejected.error().problems();
                LOG.info("POST /policy rejected: {} problem(s) in {}; policy {} stays in force.", problems.size(),
                        kind, rejected.currentVersion());
                return Reply.error(422, "policy does not compile", problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " in " + target + "; the policy "
                        + rejected.currentVersion() + " stays in force.", json -> {
                            json.writeStringField("policyVersion", rejected.currentVersion());
                            json.writeArrayFieldStart("problems");
                            for (PolicyProblem problem : problems) {
                                json.writeStartObject();
                                json.writeStringField("source", problem.source());
                                json.writeNumberField("line", problem.line());
                                json.writeNumberField("column", problem.column());
                                json.writeStringField("message", problem.message());
                                json.writeEndObject();
                            }
                            json.writeEndArray();
                        });
            }
            ReloadResult.Applied applied = (ReloadResult.Applied) result;
            boolean persisted = persistence.save(sources, applied.currentVersion());
            LOG.info("POST /policy applied: policy {} replaced {} ({} source(s)).", applied.currentVersion(),
                    applied.previousVersion(), sources.size());
            return Reply.json(200, json -> {
                json.writeStringField("status", "APPLIED");
                json.writeStringField("policyVersion", applied.currentVersion());
                json.writeStringField("previousVersion", applied.previousVersion());
                json.writeArrayFieldStart("sources");
                for (PolicySource s : sources) {
                    json.writeString(s.name());
                }
                json.writeEndArray();
                json.writeBooleanField("persisted", persisted);
                if (!persisted) {
                    json.writeStringField("note", "This server has no database: a restart goes back to the policy "
                            + "it was started with.");
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** The first authority matrix's name, so that a plain {@code POST /policy} replaces the matrix. */
    private static String defaultName(Policy policy) {
        return policy.sources().stream()
                .filter(s -> s.kind() == PolicySource.Kind.AUTHORITY_MATRIX)
                .map(PolicySource::name)
                .findFirst()
                .orElse(DEFAULT_NAME);
    }

    /** The same extension rules as {@link PolicySource#read(java.nio.file.Path)}. */
    private static PolicySource.Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return PolicySource.Kind.DRL;
        }
        if (lower.endsWith(".drl.csv")) {
            return PolicySource.Kind.DECISION_TABLE;
        }
        if (lower.endsWith(".csv")) {
            return PolicySource.Kind.AUTHORITY_MATRIX;
        }
        throw HttpProblem.invalid("name", "(" + HttpProblem.abbreviate(name) + ") must end in .csv (authority matrix), "
                + ".drl.csv (decision table) or .drl (DRL).");
    }

    private static List<PolicySource> replace(List<PolicySource> sources, PolicySource source) {
        List<PolicySource> next = new ArrayList<>(sources.size() + 1);
        boolean replaced = false;
        for (PolicySource s : sources) {
            if (s.name().equals(source.name())) {
                next.add(source);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) {
            next.add(source);
        }
        return next;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw HttpProblem.invalid(null, "The policy body is not UTF-8 text.\nMaybe save the CSV as UTF-8?");
        }
    }
}
