package dev.cxkit.test;

import dev.cxkit.core.Amount;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.test.internal.FailureText;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tests an empowerment policy one request at a time, in the style of a constraint verifier:
 *
 * <pre>{@code
 * PolicyVerifier verifier = PolicyVerifier.forPolicy(policy);   // compile once per test class
 *
 * verifier.given(TestRequests.refund("120.00 EUR").byTier(Tier.T1).build())
 *         .decides(NeedsApproval.class)
 *         .withApprover("TEAM_LEAD")
 *         .firing("refund-t1");
 * verifier.given(request).allows().withHeadroom(CapKind.CUSTOMER_PERIOD, "120.00 EUR");
 * verifier.given(request).denies().withReasonContaining("approval limit");
 * }</pre>
 *
 * <p>{@link #given} decides the request at once and keeps the decision; every expectation after it
 * checks that one decision. A failed expectation throws an {@link AssertionError} whose message
 * shows what was expected, the whole decision (outcome, approver, reason, headroom, fired rules,
 * policy version) and the whole request. Policy defects (rules that run away) are not failures of
 * an expectation: the policy's {@code PolicyEvaluationException} propagates from {@link #given}.
 *
 * <p>Compiling a policy takes a second or two (Drools), so build the policy and the verifier once
 * per test class, in a {@code static final} field. A verifier is immutable and thread-safe; the
 * expectation objects it returns are not (use each in one chain).
 */
public final class PolicyVerifier {

    private final Function<DecisionRequest, Decision> decider;
    private final String subject;

    private PolicyVerifier(Function<DecisionRequest, Decision> decider, String subject) {
        this.decider = decider;
        this.subject = subject;
    }

    /**
     * A verifier that decides with a policy and the request's own figures; granted amounts the
     * request does not state count as zero.
     *
     * @param policy the policy under test
     * @return the verifier
     */
    public static PolicyVerifier forPolicy(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return new PolicyVerifier(policy::decide, "policy " + policy.version());
    }

    /**
     * A verifier that decides with a policy, asking a ledger for the granted amounts a request does not state.
     *
     * @param policy the policy under test
     * @param ledger the grants already made, for cumulative caps
     * @return the verifier
     */
    public static PolicyVerifier forPolicy(Policy policy, GrantLedger ledger) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ledger, "ledger");
        return new PolicyVerifier(request -> policy.decide(request, ledger), "policy " + policy.version());
    }

    /**
     * A verifier that decides with an engine: its current policy, its ledger and its decision log.
     * After a reload, later {@link #given} calls use the new policy. Requests are judged as of their
     * own instant ({@link dev.cxkit.rules.Policy#decide(dev.cxkit.rules.DecisionRequest,
     * dev.cxkit.rules.spi.GrantLedger)}), not the engine's clock, so that fixed test requests such as
     * {@link TestRequests}' mean the same whatever the day the test runs.
     *
     * @param engine the engine under test
     * @return the verifier
     */
    public static PolicyVerifier forEngine(PolicyEngine engine) {
        Objects.requireNonNull(engine, "engine");
        return new PolicyVerifier(request -> {
            Decision decision = engine.policy().decide(request, engine.grantLedger());
            engine.decisionLog().record(request, decision);
            return decision;
        }, "policy engine");
    }

    /**
     * Decides a request and returns the expectations to check against the decision.
     *
     * @param request the request
     * @return the expectations on this request's decision
     * @throws dev.cxkit.rules.PolicyEvaluationException if the policy's rules run away or fail
     */
    public Given given(DecisionRequest request) {
        Objects.requireNonNull(request, "request");
        Decision decision = decider.apply(request);
        return new Given(request, decision);
    }

    /**
     * Builds a request from a fixture builder, decides it and returns the expectations.
     *
     * @param request a request fixture such as {@code TestRequests.refund("120.00 EUR").byTier(T1)}
     * @return the expectations on this request's decision
     * @throws dev.cxkit.rules.PolicyEvaluationException if the policy's rules run away or fail
     */
    public Given given(TestRequests.Builder request) {
        return given(Objects.requireNonNull(request, "request").build());
    }

    /** Returns {@code "PolicyVerifier[policy <version>]"}. */
    @Override
    public String toString() {
        return "PolicyVerifier[" + subject + "]";
    }

    /**
     * A request and the decision the policy made for it; choose the expected outcome here. Not
     * thread-safe.
     */
    public static final class Given {

        private final DecisionRequest request;
        private final Decision decision;

        private Given(DecisionRequest request, Decision decision) {
            this.request = request;
            this.decision = decision;
        }

        /**
         * Expects an outcome.
         *
         * @param <D> the outcome type
         * @param outcome {@code Allowed.class}, {@code NeedsApproval.class} or {@code Denied.class}
         * @return the expectation, for more checks of the same decision
         * @throws IllegalArgumentException if {@code outcome} is {@code Decision.class} itself
         * @throws AssertionError if the decision has another outcome
         */
        public <D extends Decision> Expectation<D> decides(Class<D> outcome) {
            DecisionAssert check = new DecisionAssert(decision, request);
            check.hasOutcome(outcome);
            return new Expectation<>(outcome.cast(decision), request, check);
        }

        /**
         * Expects {@link Allowed}.
         *
         * @return the expectation
         * @throws AssertionError if the decision has another outcome
         */
        public Expectation<Allowed> allows() {
            return decides(Allowed.class);
        }

        /**
         * Expects {@link NeedsApproval}.
         *
         * @return the expectation
         * @throws AssertionError if the decision has another outcome
         */
        public Expectation<NeedsApproval> needsApproval() {
            return decides(NeedsApproval.class);
        }

        /**
         * Expects {@link Denied}.
         *
         * @return the expectation
         * @throws AssertionError if the decision has another outcome
         */
        public Expectation<Denied> denies() {
            return decides(Denied.class);
        }

        /**
         * The request as decided.
         *
         * @return the request
         */
        public DecisionRequest request() {
            return request;
        }

        /**
         * The decision, for checks this class does not offer.
         *
         * @return the decision
         */
        public Decision decision() {
            return decision;
        }
    }

    /**
     * Further expectations on a decision whose outcome already matched. Each check returns this
     * object, so checks chain; each failure shows the whole decision and request. Not thread-safe.
     *
     * @param <D> the outcome type
     */
    public static final class Expectation<D extends Decision> {

        private final D decision;
        private final DecisionRequest request;
        private final DecisionAssert check;

        private Expectation(D decision, DecisionRequest request, DecisionAssert check) {
            this.decision = decision;
            this.request = request;
            this.check = check;
        }

        /**
         * Expects the given approver; only a {@link NeedsApproval} decision has one.
         *
         * @param role for example {@code "TEAM_LEAD"}, case-insensitive
         * @return this expectation
         * @throws IllegalArgumentException if {@code role} names no {@link ApproverRole}
         * @throws AssertionError if the decision needs no approval or another role must approve
         */
        public Expectation<D> withApprover(String role) {
            check.hasApprover(role);
            return this;
        }

        /**
         * Expects the given approver; only a {@link NeedsApproval} decision has one.
         *
         * @param role the approver
         * @return this expectation
         * @throws AssertionError if the decision needs no approval or another role must approve
         */
        public Expectation<D> withApprover(ApproverRole role) {
            check.hasApprover(role);
            return this;
        }

        /**
         * Expects exactly these fired rules, in order: the deciding rule first, then any rule that adjusted it.
         *
         * @param ruleIds the rule ids; none for a default deny
         * @return this expectation
         * @throws AssertionError if the fired rules differ in content or order
         */
        public Expectation<D> firing(String... ruleIds) {
            check.hasFiredRules(ruleIds);
            return this;
        }

        /**
         * Expects these rules among the fired ones, in any order.
         *
         * @param ruleIds the rule ids, at least one
         * @return this expectation
         * @throws IllegalArgumentException if no id is given
         * @throws AssertionError if one of them did not fire
         */
        public Expectation<D> firingIncluding(String... ruleIds) {
            check.hasFiredRulesIncluding(ruleIds);
            return this;
        }

        /**
         * Expects that no rule fired: a default deny.
         *
         * @return this expectation
         * @throws AssertionError if any rule fired
         */
        public Expectation<D> firingNoRule() {
            check.hasNoFiredRules();
            return this;
        }

        /**
         * Expects the reason of a {@link NeedsApproval} or {@link Denied} decision to contain a text.
         *
         * @param text the fragment, case-sensitive
         * @return this expectation
         * @throws AssertionError if the decision has no reason or it does not contain {@code text}
         */
        public Expectation<D> withReasonContaining(String text) {
            check.hasReasonContaining(text);
            return this;
        }

        /**
         * Expects an {@link Allowed} decision with exactly this much left under a cap.
         *
         * @param cap which cap
         * @param remaining for example {@code "120.00 EUR"} or {@code "5%"}
         * @return this expectation
         * @throws IllegalArgumentException if {@code remaining} is not an amount
         * @throws AssertionError if there is no such headroom
         */
        public Expectation<D> withHeadroom(CapKind cap, String remaining) {
            check.hasHeadroom(cap, remaining);
            return this;
        }

        /**
         * Expects an {@link Allowed} decision with exactly this much left under a cap.
         *
         * @param cap which cap
         * @param remaining the amount left
         * @return this expectation
         * @throws AssertionError if there is no such headroom
         */
        public Expectation<D> withHeadroom(CapKind cap, Amount remaining) {
            check.hasHeadroom(cap, remaining);
            return this;
        }

        /**
         * Expects an {@link Allowed} decision with no headroom (no cap applied).
         *
         * @return this expectation
         * @throws AssertionError if headroom is reported
         */
        public Expectation<D> withNoHeadroom() {
            check.hasNoHeadroom();
            return this;
        }

        /**
         * Expects the decision to come from this policy version.
         *
         * @param version the version
         * @return this expectation
         * @throws AssertionError if another version decided
         */
        public Expectation<D> withPolicyVersion(String version) {
            check.hasPolicyVersion(version);
            return this;
        }

        /**
         * Runs further checks of the typed decision, for example with AssertJ.
         *
         * @param requirements checks that throw {@link AssertionError} on failure
         * @return this expectation
         * @throws AssertionError if a requirement fails; its message is kept and the decision and request are added
         */
        public Expectation<D> satisfying(Consumer<? super D> requirements) {
            Objects.requireNonNull(requirements, "requirements");
            try {
                requirements.accept(decision);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nfor the decision:\n" + FailureText.describe(decision)
                        + "\nfor the request:\n" + FailureText.describe(request), e);
            }
            return this;
        }

        /**
         * The decision, typed by its outcome.
         *
         * @return the decision
         */
        public D decision() {
            return decision;
        }
    }
}
