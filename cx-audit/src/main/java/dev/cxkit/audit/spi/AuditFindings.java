package dev.cxkit.audit.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.InstantText;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The findings collector of the audit rules: rules report findings here. Each rule session holds
 * one for its life, as a fact ({@code $out : AuditFindings()}) and as the global {@code findings}
 * (which the built-in rules use, sparing a join), and the auditor drains it after every contact.
 * Not thread-safe; a session, and so its collector, serves one contact at a time.
 *
 * <pre>{@code
 * $out.report(MistakeCode.COLD_TRANSFER, Severity.MEDIUM, "cold-transfer", $tr.at(), $c)
 *     .evidence("transferAt", $tr.at())
 *     .threshold("transfer with warm = false")
 *     .fix("Introduce the customer and the case to the next agent before handing over.")
 *     .emit();
 * }</pre>
 */
public final class AuditFindings {

    private final List<AuditFinding> findings = new ArrayList<>(4);

    /** Creates an empty collector. */
    public AuditFindings() {
    }

    /**
     * Starts a finding about a contact; its interaction, case, agent and team ids come from the
     * interaction. Nothing is recorded until {@link Draft#emit()}.
     *
     * @param code the mistake
     * @param severity how much it matters
     * @param ruleId the reporting rule's id, such as {@code hold-over-stated}
     * @param occurredAt when the mistake happened
     * @param contact the contact
     * @return a draft to add evidence, threshold and fix to
     */
    public Draft report(MistakeCode code, Severity severity, String ruleId, Instant occurredAt, AuditedContact contact) {
        Checks.notNull(contact, "contact");
        return new Draft(code, severity, ruleId, occurredAt, contact.interaction());
    }

    /**
     * Adds a finding built elsewhere.
     *
     * @param finding the finding
     */
    public void add(AuditFinding finding) {
        findings.add(Checks.notNull(finding, "finding"));
    }

    /**
     * The findings reported so far, in order.
     *
     * @return an unmodifiable copy
     */
    public List<AuditFinding> findings() {
        return List.copyOf(findings);
    }

    /**
     * Takes the findings reported so far and empties the collector; the auditor calls it after each
     * contact. Rules should not.
     *
     * @return the findings, in order; the shared empty list if there are none
     */
    public List<AuditFinding> drain() {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<AuditFinding> result = List.copyOf(findings);
        findings.clear();
        return result;
    }

    /** A finding being written by a rule; {@link #emit()} records it. Not thread-safe. */
    public final class Draft {
        private final MistakeCode code;
        private final Severity severity;
        private final String ruleId;
        private final Instant occurredAt;
        private final Interaction interaction;
        private final Map<String, String> evidence = new LinkedHashMap<>();
        private @Nullable String threshold;
        private @Nullable String fix;

        private Draft(MistakeCode code, Severity severity, String ruleId, Instant occurredAt, Interaction interaction) {
            this.code = code;
            this.severity = severity;
            this.ruleId = ruleId;
            this.occurredAt = occurredAt;
            this.interaction = interaction;
        }

        /**
         * Adds a fact to the evidence; instants and durations print in ISO-8601.
         *
         * @param key an identifier such as {@code stated}
         * @param value the value, rendered with {@code toString()}
         * @return this draft
         */
        public Draft evidence(String key, Object value) {
            Checks.notNull(value, "evidence value", key);
            evidence.put(key, value instanceof Instant instant ? InstantText.of(instant) : value.toString());
            return this;
        }

        /**
         * Sets the rule that applied, with its parameters.
         *
         * @param text such as {@code "actual > stated × 1.5 and > stated + PT30S"}
         * @return this draft
         */
        public Draft threshold(String text) {
            this.threshold = text;
            return this;
        }

        /**
         * Sets the recommended fix.
         *
         * @param text one sentence
         * @return this draft
         */
        public Draft fix(String text) {
            this.fix = text;
            return this;
        }

        /**
         * Validates the finding (see {@link AuditFinding}) and records it.
         *
         * @return the finding
         * @throws IllegalArgumentException if evidence, threshold or fix is missing
         */
        public AuditFinding emit() {
            if (threshold == null || fix == null) {
                throw new IllegalArgumentException("The " + code + " finding of rule '" + ruleId + "' has no "
                        + (threshold == null ? "threshold" : "fix") + ".\nMaybe call ."
                        + (threshold == null ? "threshold" : "fix") + "(...) before emit()?");
            }
            AuditFinding finding = new AuditFinding(code, severity, ruleId, occurredAt, interaction.id(),
                    interaction.caseId(), interaction.agentId(), interaction.team(), evidence,
                    threshold, fix);
            findings.add(finding);
            return finding;
        }
    }
}
