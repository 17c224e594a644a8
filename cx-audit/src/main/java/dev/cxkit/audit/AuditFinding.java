package dev.cxkit.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One mistake the audit found, with the facts that prove it and what to do about it. Immutable and
 * thread-safe; equal findings have equal components.
 *
 * <p>Which subject ids are set depends on the code's {@linkplain MistakeCode#scope() scope}: contact
 * codes and REPEAT_CONTACT name the interaction (and its case, agent and team when known); the case
 * codes REOPENED_CASE and NO_FOLLOW_UP name the case only; {@code ESCALATION_PATTERN} names the agent
 * and the agent's team, or for a team-level finding only the team, or for a reason-level finding no
 * id (the {@code reason} is in its evidence); {@code CONTACT_REASON_SPIKE} names no id and carries
 * {@code reason} and {@code week} in its evidence.
 *
 * <p>The evidence is an ordered map of named facts, each value rendered as text in ISO-8601 where it
 * is an instant or a duration (for example {@code stated=PT30S}, {@code actual=PT2M4S},
 * {@code holdFrom=2026-03-02T09:14:05Z}), so that it prints, serialises to JSON and stores in a
 * database without further mapping. Its iteration order is the order it was built in.
 *
 * @param code the mistake
 * @param severity how much it matters
 * @param ruleId the id of the audit rule that found it, such as {@code hold-over-stated}; custom
 *     rules use their own ids
 * @param occurredAt when the mistake happened (the hold's end, the transfer, the week's start), used
 *     for trends and time-range queries
 * @param interactionId the interaction it was found in, or {@code null}
 * @param caseId the case it concerns, or {@code null}
 * @param agentId the agent responsible, or {@code null} if unknown or not one agent's doing
 * @param team the agent's team, or {@code null}
 * @param evidence the facts that prove it, in order; not empty; keys are identifiers
 * @param threshold the rule that applied, with its parameters, such as
 *     {@code "actual > stated × 1.5 and > stated + PT30S"}
 * @param fix the recommended fix, one sentence
 */
public record AuditFinding(MistakeCode code, Severity severity, String ruleId, Instant occurredAt,
        @Nullable InteractionId interactionId, @Nullable CaseId caseId, @Nullable AgentId agentId,
        @Nullable TeamId team, Map<String, String> evidence, String threshold, String fix) {

    /** Validates required fields and copies the evidence into an unmodifiable ordered map. */
    public AuditFinding {
        Checks.notNull(code, "code");
        Checks.notNull(severity, "severity");
        Checks.identifier(ruleId, "ruleId");
        Checks.notNull(occurredAt, "occurredAt");
        Checks.notNull(evidence, "evidence");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("The " + code + " finding of rule '" + ruleId
                    + "' has no evidence.\nMaybe add the facts that prove it, such as the stated and actual hold?");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        evidence.forEach((key, value) -> {
            Checks.identifier(key, "evidence key");
            copy.put(key, Checks.notNull(value, "evidence value", key));
        });
        evidence = Collections.unmodifiableMap(copy);
        requireText(threshold, "threshold", code, ruleId);
        requireText(fix, "fix", code, ruleId);
    }

    private static void requireText(@Nullable String value, String name, MistakeCode code, String ruleId) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " of the " + code + " finding of rule '" + ruleId
                    + "' is " + (value == null ? "missing" : "blank") + ".");
        }
    }
}
