package dev.cxkit.test;

import dev.cxkit.core.Amount;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.test.internal.AmountText;
import dev.cxkit.test.internal.FailureText;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a policy {@link Decision}. Obtain one from
 * {@link CxAssertions#assertThat(Decision)}:
 *
 * <pre>{@code
 * assertThat(policy.decide(request))
 *         .isNeedingApproval()
 *         .hasApprover(ApproverRole.TEAM_LEAD)
 *         .hasFiredRules("refund-t1")
 *         .hasReasonContaining("above the 50.00 EUR");
 * }</pre>
 *
 * <p>Every failure message shows the whole decision (outcome, approver, reason, headroom, fired
 * rules, policy version) and, when the decision came from a {@link PolicyVerifier}, the request,
 * so that a failing test explains itself. A description set with {@code as(...)} is prepended as in
 * any AssertJ assertion. Assertions that only make sense for one outcome (for example
 * {@link #hasApprover}) fail when the decision has another outcome, saying so.
 *
 * <p>Not thread-safe, like every AssertJ assertion object: use one per assertion chain.
 */
public class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private final @Nullable DecisionRequest request;

    /**
     * Creates an assertion on a decision; prefer {@link CxAssertions#assertThat(Decision)}.
     *
     * @param actual the decision under test, may be {@code null} (every assertion but
     *     {@code isNull()} then fails)
     */
    public DecisionAssert(@Nullable Decision actual) {
        this(actual, null);
    }

    DecisionAssert(@Nullable Decision actual, @Nullable DecisionRequest request) {
        super(actual, DecisionAssert.class);
        this.request = request;
    }

    /**
     * Verifies that the decision is {@link Allowed}.
     *
     * @return this assertion
     * @throws AssertionError if it is not, showing the whole decision
     */
    public DecisionAssert isAllowed() {
        return hasOutcome(Allowed.class);
    }

    /**
     * Verifies that the decision is {@link NeedsApproval}.
     *
     * @return this assertion
     * @throws AssertionError if it is not, showing the whole decision
     */
    public DecisionAssert isNeedingApproval() {
        return hasOutcome(NeedsApproval.class);
    }

    /**
     * Verifies that the decision is {@link NeedsApproval} by the given role.
     *
     * @param role the expected approver
     * @return this assertion
     * @throws AssertionError if it is not, showing the whole decision
     */
    public DecisionAssert isNeedingApprovalBy(ApproverRole role) {
        return isNeedingApproval().hasApprover(role);
    }

    /**
     * Verifies that the decision is {@link Denied}.
     *
     * @return this assertion
     * @throws AssertionError if it is not, showing the whole decision
     */
    public DecisionAssert isDenied() {
        return hasOutcome(Denied.class);
    }

    /**
     * Verifies that the decision has the given outcome.
     *
     * @param outcome {@code Allowed.class}, {@code NeedsApproval.class} or {@code Denied.class}
     * @return this assertion
     * @throws IllegalArgumentException if {@code outcome} is {@code Decision.class} itself (it would always pass)
     * @throws AssertionError if the decision has another outcome, showing the whole decision
     */
    public DecisionAssert hasOutcome(Class<? extends Decision> outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Decision.class) {
            throw new IllegalArgumentException("The expected outcome (Decision) must be one of Allowed, NeedsApproval "
                    + "or Denied.\nMaybe use isNotNull() to accept any decision?");
        }
        isNotNull();
        if (!outcome.isInstance(actual)) {
            failExpecting(outcome.getSimpleName());
        }
        return myself;
    }

    /**
     * Verifies that the decision is {@link NeedsApproval} by the given role.
     *
     * @param role the expected approver
     * @return this assertion
     * @throws AssertionError if the outcome differs or another role must approve
     */
    public DecisionAssert hasApprover(ApproverRole role) {
        Objects.requireNonNull(role, "role");
        isNotNull();
        if (!(actual instanceof NeedsApproval n) || n.approverRole() != role) {
            failExpecting("NeedsApproval with approver " + role);
        }
        return myself;
    }

    /**
     * Verifies that the decision is {@link NeedsApproval} by the role with this name.
     *
     * @param role for example {@code "TEAM_LEAD"}, case-insensitive
     * @return this assertion
     * @throws IllegalArgumentException if {@code role} names no {@link ApproverRole}
     * @throws AssertionError if the outcome differs or another role must approve
     */
    public DecisionAssert hasApprover(String role) {
        return hasApprover(ApproverRole.parse(role));
    }

    /**
     * Verifies that the reason of a {@link NeedsApproval} or {@link Denied} decision contains a text.
     *
     * @param text the expected fragment, case-sensitive
     * @return this assertion
     * @throws AssertionError if the decision is {@link Allowed} (which has no reason) or its reason
     *     does not contain {@code text}
     */
    public DecisionAssert hasReasonContaining(String text) {
        Objects.requireNonNull(text, "text");
        isNotNull();
        String reason = reason(actual);
        if (reason == null || !reason.contains(text)) {
            failExpecting("a reason containing \"" + text + "\"");
        }
        return myself;
    }

    /**
     * Verifies the fired rules exactly, in order: the deciding rule first, then any rule that adjusted it.
     *
     * @param ruleIds the expected rule ids; none for a default deny
     * @return this assertion
     * @throws AssertionError if the fired rules differ in content or order
     */
    public DecisionAssert hasFiredRules(String... ruleIds) {
        List<String> expected = List.of(ruleIds);
        isNotNull();
        if (!actual.firedRules().equals(expected)) {
            failExpecting("fired rules exactly " + expected);
        }
        return myself;
    }

    /**
     * Verifies that the fired rules include these ids, in any order, possibly among others.
     *
     * @param ruleIds the rule ids that must have fired, at least one
     * @return this assertion
     * @throws IllegalArgumentException if no id is given
     * @throws AssertionError if one of them did not fire
     */
    public DecisionAssert hasFiredRulesIncluding(String... ruleIds) {
        if (ruleIds.length == 0) {
            throw new IllegalArgumentException("No rule ids given.\nMaybe use hasNoFiredRules() for a default deny?");
        }
        isNotNull();
        if (!actual.firedRules().containsAll(Arrays.asList(ruleIds))) {
            failExpecting("fired rules including " + Arrays.toString(ruleIds));
        }
        return myself;
    }

    /**
     * Verifies that no rule fired: the decision is the default deny.
     *
     * @return this assertion
     * @throws AssertionError if any rule fired
     */
    public DecisionAssert hasNoFiredRules() {
        isNotNull();
        if (!actual.firedRules().isEmpty()) {
            failExpecting("no fired rules (a default deny)");
        }
        return myself;
    }

    /**
     * Verifies the version of the policy that decided.
     *
     * @param version the expected version, as {@code Policy.version()} reports it
     * @return this assertion
     * @throws AssertionError if another version decided
     */
    public DecisionAssert hasPolicyVersion(String version) {
        Objects.requireNonNull(version, "version");
        isNotNull();
        if (!actual.policyVersion().equals(version)) {
            failExpecting("policy version " + version);
        }
        return myself;
    }

    /**
     * Verifies that the decision is {@link Allowed} with exactly this much left under a cap of any rule.
     *
     * @param cap which cap
     * @param remaining the amount left, for example {@code "120.00 EUR"} or {@code "5%"}
     * @return this assertion
     * @throws IllegalArgumentException if {@code remaining} is not an amount
     * @throws AssertionError if the decision is not allowed or has no such headroom
     */
    public DecisionAssert hasHeadroom(CapKind cap, String remaining) {
        return hasHeadroom(cap, AmountText.parse(remaining));
    }

    /**
     * Verifies that the decision is {@link Allowed} with exactly this much left under a cap of any rule.
     * Money must match in currency and value; percentages in value ({@code 10%} equals {@code 10.0%}).
     *
     * @param cap which cap
     * @param remaining the amount left
     * @return this assertion
     * @throws AssertionError if the decision is not allowed or has no such headroom
     */
    public DecisionAssert hasHeadroom(CapKind cap, Amount remaining) {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(remaining, "remaining");
        isNotNull();
        boolean found = actual instanceof Allowed a && a.headroom().stream()
                .anyMatch(h -> h.cap() == cap && AmountText.sameAmount(h.remaining(), remaining));
        if (!found) {
            failExpecting("Allowed with " + remaining + " left under " + cap);
        }
        return myself;
    }

    /**
     * Verifies that the decision is {@link Allowed} with exactly this much left under one rule's cap.
     *
     * @param ruleId the rule whose cap it is
     * @param cap which cap
     * @param remaining the amount left, for example {@code "120.00 EUR"}
     * @return this assertion
     * @throws IllegalArgumentException if {@code remaining} is not an amount
     * @throws AssertionError if the decision is not allowed or has no such headroom
     */
    public DecisionAssert hasHeadroom(String ruleId, CapKind cap, String remaining) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(cap, "cap");
        Amount expected = AmountText.parse(remaining);
        isNotNull();
        boolean found = actual instanceof Allowed a && a.headroom().stream()
                .anyMatch(h -> h.ruleId().equals(ruleId) && h.cap() == cap && AmountText.sameAmount(h.remaining(), expected));
        if (!found) {
            failExpecting("Allowed with " + expected + " left under " + cap + " of " + ruleId);
        }
        return myself;
    }

    /**
     * Verifies that the decision is {@link Allowed} with no headroom at all (no cap applied).
     *
     * @return this assertion
     * @throws AssertionError if the decision is not allowed or reports headroom
     */
    public DecisionAssert hasNoHeadroom() {
        isNotNull();
        if (!(actual instanceof Allowed a) || !a.headroom().isEmpty()) {
            failExpecting("Allowed with no headroom");
        }
        return myself;
    }

    /**
     * The headroom of an allowed decision, for assertions this class does not offer.
     *
     * @return the headroom entries, in the decision's order
     * @throws AssertionError if the decision is not {@link Allowed}
     */
    public List<Headroom> headroom() {
        isAllowed();
        return ((Allowed) actual).headroom();
    }

    private static @Nullable String reason(Decision decision) {
        if (decision instanceof NeedsApproval n) {
            return n.reason();
        }
        if (decision instanceof Denied d) {
            return d.reason();
        }
        return null;
    }

    private void failExpecting(String expectation) {
        StringBuilder message = new StringBuilder()
                .append("\nExpecting a decision: ").append(expectation).append("\n")
                .append("but it was:\n").append(FailureText.describe(actual));
        if (request != null) {
            message.append("\nfor the request:\n").append(FailureText.describe(request));
        }
        // failWithMessage formats with String.format; amounts such as 10% must not be read as conversions.
        failWithMessage(message.toString().replace("%", "%%"));
    }
}
