package dev.cxkit.test;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.test.internal.FailureText;
import java.util.Locale;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on one {@link AuditFinding}. Obtain one from
 * {@link CxAssertions#assertThat(AuditFinding)} or from {@link AuditFindingsAssert#singleOf(MistakeCode)}:
 *
 * <pre>{@code
 * assertThatFindings(auditor.checkContact(interaction, asOf))
 *         .singleOf(MistakeCode.HOLD_OVER_STATED)
 *         .isAboutInteraction("i-1")
 *         .hasEvidence("stated", "PT30S")
 *         .hasEvidence("actual", "PT2M4S");
 * }</pre>
 *
 * <p>Every failure message shows the whole finding. Not thread-safe, like every AssertJ assertion
 * object: use one per assertion chain.
 */
public class AuditFindingAssert extends AbstractAssert<AuditFindingAssert, AuditFinding> {

    /**
     * Creates an assertion on a finding; prefer {@link CxAssertions#assertThat(AuditFinding)}.
     *
     * @param actual the finding under test, may be {@code null} (every assertion but {@code isNull()} then fails)
     */
    public AuditFindingAssert(@Nullable AuditFinding actual) {
        super(actual, AuditFindingAssert.class);
    }

    /**
     * Verifies the mistake code.
     *
     * @param code the expected code
     * @return this assertion
     * @throws AssertionError if the code differs
     */
    public AuditFindingAssert hasCode(MistakeCode code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        if (actual.code() != code) {
            failExpecting("code " + code);
        }
        return myself;
    }

    /**
     * Verifies the severity.
     *
     * @param severity the expected severity
     * @return this assertion
     * @throws AssertionError if the severity differs
     */
    public AuditFindingAssert hasSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        isNotNull();
        if (actual.severity() != severity) {
            failExpecting("severity " + severity);
        }
        return myself;
    }

    /**
     * Verifies the id of the rule that found it.
     *
     * @param ruleId the expected rule id, for example {@code "hold-over-stated"}
     * @return this assertion
     * @throws AssertionError if the rule id differs
     */
    public AuditFindingAssert hasRuleId(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        isNotNull();
        if (!actual.ruleId().equals(ruleId)) {
            failExpecting("rule " + ruleId);
        }
        return myself;
    }

    /**
     * Verifies the interaction the finding is about.
     *
     * @param interactionId the expected interaction id, for example {@code "i-1"}
     * @return this assertion
     * @throws AssertionError if the finding names another interaction or none
     */
    public AuditFindingAssert isAboutInteraction(String interactionId) {
        return hasSubject("interaction " + interactionId, actualOrNull() == null ? null : actual.interactionId(),
                interactionId);
    }

    /**
     * Verifies the case the finding is about.
     *
     * @param caseId the expected case id
     * @return this assertion
     * @throws AssertionError if the finding names another case or none
     */
    public AuditFindingAssert isAboutCase(String caseId) {
        return hasSubject("case " + caseId, actualOrNull() == null ? null : actual.caseId(), caseId);
    }

    /**
     * Verifies the agent the finding is about.
     *
     * @param agentId the expected agent id
     * @return this assertion
     * @throws AssertionError if the finding names another agent or none
     */
    public AuditFindingAssert isAboutAgent(String agentId) {
        return hasSubject("agent " + agentId, actualOrNull() == null ? null : actual.agentId(), agentId);
    }

    /**
     * Verifies one fact of the evidence, compared as text (instants and durations are ISO-8601).
     *
     * @param key the evidence key, for example {@code "stated"}
     * @param value the expected text, for example {@code "PT30S"}
     * @return this assertion
     * @throws AssertionError if the key is missing or its value differs
     */
    public AuditFindingAssert hasEvidence(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        isNotNull();
        if (!value.equals(actual.evidence().get(key))) {
            failExpecting("evidence " + key + "=" + value);
        }
        return myself;
    }

    /**
     * Verifies that the evidence names a fact, whatever its value.
     *
     * @param key the evidence key
     * @return this assertion
     * @throws AssertionError if the key is missing
     */
    public AuditFindingAssert hasEvidenceKey(String key) {
        Objects.requireNonNull(key, "key");
        isNotNull();
        if (!actual.evidence().containsKey(key)) {
            failExpecting("evidence with key " + key);
        }
        return myself;
    }

    /**
     * Verifies that the recommended fix mentions a text, ignoring case.
     *
     * @param text the expected part of the fix
     * @return this assertion
     * @throws AssertionError if the fix does not contain it
     */
    public AuditFindingAssert hasFixContaining(String text) {
        Objects.requireNonNull(text, "text");
        isNotNull();
        if (!actual.fix().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
            failExpecting("a fix containing \"" + text + "\"");
        }
        return myself;
    }

    private @Nullable AuditFinding actualOrNull() {
        return actual;
    }

    private AuditFindingAssert hasSubject(String expectation, @Nullable Object subject, String expected) {
        Objects.requireNonNull(expected, "id");
        isNotNull();
        if (subject == null || !subject.toString().equals(expected)) {
            failExpecting(expectation);
        }
        return myself;
    }

    private void failExpecting(String expectation) {
        String message = "\nExpecting an audit finding: " + expectation + "\nbut it was:\n" + FailureText.describe(actual);
        failWithMessage(message.replace("%", "%%"));
    }
}
