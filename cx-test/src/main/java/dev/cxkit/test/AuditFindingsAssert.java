package dev.cxkit.test;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.test.internal.FailureText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on the findings of an audit, for example of one hand-written timeline. Obtain
 * one from {@link CxAssertions#assertThatFindings(List)}:
 *
 * <pre>{@code
 * assertThatFindings(findings).containsExactlyCodes(MistakeCode.COLD_TRANSFER, MistakeCode.UNEXPLAINED_HOLD);
 * assertThatFindings(nearMiss).doesNotContainCode(MistakeCode.HOLD_OVER_STATED);
 * }</pre>
 *
 * <p>Every failure message lists all findings. Not thread-safe, like every AssertJ assertion
 * object: use one per assertion chain.
 */
public class AuditFindingsAssert extends AbstractAssert<AuditFindingsAssert, List<AuditFinding>> {

    /**
     * Creates an assertion on a list of findings; prefer {@link CxAssertions#assertThatFindings(List)}.
     *
     * @param actual the findings under test, may be {@code null} (every assertion but {@code isNull()} then fails)
     */
    public AuditFindingsAssert(@Nullable List<AuditFinding> actual) {
        super(actual, AuditFindingsAssert.class);
    }

    /**
     * Verifies that there are no findings.
     *
     * @return this assertion
     * @throws AssertionError if there is any finding
     */
    public AuditFindingsAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failExpecting("no findings");
        }
        return myself;
    }

    /**
     * Verifies that at least one finding has the code.
     *
     * @param code the expected code
     * @return this assertion
     * @throws AssertionError if no finding has it
     */
    public AuditFindingsAssert containsCode(MistakeCode code) {
        Objects.requireNonNull(code, "code");
        if (ofCode(code).isEmpty()) {
            failExpecting("a finding with code " + code);
        }
        return myself;
    }

    /**
     * Verifies that no finding has the code: the check for near-misses that must not fire.
     *
     * @param code the code that must be absent
     * @return this assertion
     * @throws AssertionError if a finding has it
     */
    public AuditFindingsAssert doesNotContainCode(MistakeCode code) {
        Objects.requireNonNull(code, "code");
        if (!ofCode(code).isEmpty()) {
            failExpecting("no finding with code " + code);
        }
        return myself;
    }

    /**
     * Verifies the set of codes found, ignoring order and how often each was found.
     *
     * @param codes the expected codes; none for no findings
     * @return this assertion
     * @throws AssertionError if a code is missing or an unexpected one was found
     */
    public AuditFindingsAssert containsExactlyCodes(MistakeCode... codes) {
        Objects.requireNonNull(codes, "codes");
        isNotNull();
        Set<MistakeCode> expected = EnumSet.noneOf(MistakeCode.class);
        expected.addAll(List.of(codes));
        Set<MistakeCode> found = EnumSet.noneOf(MistakeCode.class);
        actual.forEach(finding -> found.add(finding.code()));
        if (!found.equals(expected)) {
            failExpecting("exactly the codes " + expected);
        }
        return myself;
    }

    /**
     * Verifies how many findings have the code.
     *
     * @param code the code
     * @param count the expected number of findings with it
     * @return this assertion
     * @throws AssertionError if the number differs
     */
    public AuditFindingsAssert hasCount(MistakeCode code, int count) {
        Objects.requireNonNull(code, "code");
        if (ofCode(code).size() != count) {
            failExpecting(count + " finding(s) with code " + code);
        }
        return myself;
    }

    /**
     * Verifies that exactly one finding has the code and continues with assertions on it.
     *
     * @param code the code
     * @return an assertion on that finding
     * @throws AssertionError if no finding or more than one has the code
     */
    public AuditFindingAssert singleOf(MistakeCode code) {
        Objects.requireNonNull(code, "code");
        List<AuditFinding> matching = ofCode(code);
        if (matching.size() != 1) {
            failExpecting("exactly one finding with code " + code);
        }
        return new AuditFindingAssert(matching.get(0));
    }

    private List<AuditFinding> ofCode(MistakeCode code) {
        isNotNull();
        List<AuditFinding> matching = new ArrayList<>();
        for (AuditFinding finding : actual) {
            if (finding.code() == code) {
                matching.add(finding);
            }
        }
        return matching;
    }

    private void failExpecting(String expectation) {
        StringBuilder message = new StringBuilder("\nExpecting audit findings: ").append(expectation)
                .append("\nbut there were ").append(actual.size()).append(':');
        for (AuditFinding finding : actual) {
            message.append("\n- ").append(finding.code()).append('\n').append(FailureText.describe(finding));
        }
        failWithMessage(message.toString().replace("%", "%%"));
    }
}
