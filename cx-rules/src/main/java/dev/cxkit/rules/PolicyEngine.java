package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.internal.DefaultPolicyEngine;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import dev.cxkit.rules.spi.RecordingGrantLedger;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides requests against the current {@link Policy} and swaps policies at run time. Thread-safe:
 * any number of threads may decide while another reloads. A reload compiles the new sources first and
 * then replaces the policy in one atomic step; a decision uses the policy that was current when it
 * started, from start to end, so no decision ever mixes two versions. Every decision is written to
 * the {@link DecisionLog}.
 *
 * <h2>Whose clock</h2>
 * An engine makes live decisions, so its own {@link InstantSource} says when "now" is: a cumulative
 * cap's period ends at the engine's instant, never at the instant a caller writes into
 * {@link DecisionRequest#at()}. A caller's {@code at} is only checked: when it is further than
 * {@link Builder#requestTimeTolerance(Duration) the tolerance} (default
 * {@value #DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES} minutes) from the engine's clock the request is
 * refused with an {@link IllegalArgumentException}; otherwise it is decided, logged and recorded at
 * the engine's instant (see {@link #stamp(DecisionRequest)}). Without this, a client could move a
 * cap's window by back- or forward-dating its requests and grant past the cap. For "what would the
 * policy have said then" use {@link Policy#decide(DecisionRequest, GrantLedger)}, which evaluates as
 * of the request's own instant.
 */
public interface PolicyEngine {

    /** The default tolerance between a request's {@code at} and the engine's clock, in minutes. */
    long DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES = 5;

    /**
     * Decides one request with the current policy, as of the engine's clock; granted amounts the
     * request does not state come from the engine's {@link GrantLedger}. Records nothing in the
     * ledger: an allowed grant counts toward later caps only once someone records it, which
     * {@link #decideAndRecord(DecisionRequest)} does in the same step.
     *
     * @param request the request; its {@code at} must be within the tolerance of the engine's clock
     * @return the decision, carrying the version of the policy that made it
     * @throws IllegalArgumentException if the request's instant is outside the tolerance
     * @throws PolicyEvaluationException if the policy's rules run away, fail or overrun their time
     */
    Decision decide(DecisionRequest request);

    /**
     * Decides one request and, if it is allowed and the amount is money, records the grant in the
     * engine's ledger, so that later decisions count it toward their caps. The sum, the decision and
     * the record are one step for every caller of this method on the same ledger: concurrent grants
     * never together exceed a cap. The ledger must be a {@link RecordingGrantLedger}: the default
     * {@link InMemoryGrantLedger} is one, and so is cx-jdbc's database ledger.
     *
     * @param request the request; its granted amounts must be {@code null} (the ledger sums them)
     * @return the decision; for a repeated request id, the first decision
     * @throws IllegalArgumentException if the request states granted amounts, its instant is outside
     *     the tolerance, or its request id was used before for another grant
     * @throws UnsupportedOperationException if the engine's ledger cannot record grants
     * @throws PolicyEvaluationException if the policy's rules run away, fail or overrun their time
     */
    Decision decideAndRecord(DecisionRequest request);

    /**
     * The request as this engine decides it now: checks that its {@code at} is within the tolerance
     * of the engine's clock and returns it with {@code at} set to the clock's instant. Cap periods
     * end at that instant and a recorded grant carries it. {@link #decide} and
     * {@link #decideAndRecord} call this themselves; ledgers that decide in their own transaction
     * (such as cx-jdbc's) call it too.
     *
     * @param request the request
     * @return the request at the engine's instant
     * @throws IllegalArgumentException if the request's instant is further from the engine's clock
     *     than the tolerance, naming both instants
     */
    DecisionRequest stamp(DecisionRequest request);

    /**
     * Where this engine reads the granted amounts a request does not state.
     *
     * @return the ledger given to the builder, or the engine's own {@link InMemoryGrantLedger}
     */
    GrantLedger grantLedger();

    /**
     * Where this engine writes its decisions.
     *
     * @return the decision log
     */
    DecisionLog decisionLog();

    /**
     * Compiles new sources and, if they compile, makes them the current policy. The new policy keeps
     * the current one's settings and gets a version derived from the sources' content. On a compile
     * error nothing changes and the error is returned, not thrown.
     *
     * @param sources the new sources, at least one
     * @return {@link ReloadResult.Applied} or {@link ReloadResult.Rejected}
     */
    ReloadResult reload(List<PolicySource> sources);

    /**
     * Like {@link #reload(List)}, with an explicit version.
     *
     * @param version the new policy's version
     * @param sources the new sources, at least one
     * @return {@link ReloadResult.Applied} or {@link ReloadResult.Rejected}
     */
    ReloadResult reload(String version, List<PolicySource> sources);

    /**
     * The policy in force now.
     *
     * @return the current policy
     */
    Policy policy();

    /**
     * Starts a builder.
     *
     * @param policy the initial policy
     * @return a builder
     */
    static Builder builder(Policy policy) {
        return new Builder(policy);
    }

    /**
     * An engine with the defaults: an empty {@link InMemoryGrantLedger} (reachable through
     * {@link #grantLedger()}; {@link #decideAndRecord} records into it, {@link #decide} does not), the
     * SLF4J decision log, the system clock and a tolerance of
     * {@value #DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES} minutes.
     *
     * @param policy the initial policy
     * @return the engine
     */
    static PolicyEngine of(Policy policy) {
        return builder(policy).build();
    }

    /** Builds a {@link PolicyEngine}; not thread-safe. */
    final class Builder {
        private final Policy policy;
        private @Nullable GrantLedger ledger;
        private DecisionLog log = DecisionLog.slf4j();
        private InstantSource clock = InstantSource.system();
        private Duration tolerance = Duration.ofMinutes(DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES);

        private Builder(Policy policy) {
            this.policy = Checks.notNull(policy, "policy");
        }

        /**
         * Sets where granted amounts come from when a request does not state them.
         *
         * @param ledger the ledger; default a new, empty {@link InMemoryGrantLedger}
         * @return this builder
         */
        public Builder grantLedger(GrantLedger ledger) {
            this.ledger = Checks.notNull(ledger, "ledger");
            return this;
        }

        /**
         * Sets where decisions are written.
         *
         * @param log the log; default {@link DecisionLog#slf4j()}
         * @return this builder
         */
        public Builder decisionLog(DecisionLog log) {
            this.log = Checks.notNull(log, "log");
            return this;
        }

        /**
         * Sets the clock that says when "now" is for every decision: cap periods end at its instant.
         *
         * @param clock the source; default {@link InstantSource#system()}
         * @return this builder
         */
        public Builder instantSource(InstantSource clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /**
         * Sets how far a request's {@code at} may be from the engine's clock, either way, before the
         * request is refused. A client's clock drifts a little and a request takes a moment to arrive;
         * more than that means a wrong clock or an attempt to move a cap's window.
         *
         * @param tolerance zero or positive, at most a day; default
         *     {@value #DEFAULT_REQUEST_TIME_TOLERANCE_MINUTES} minutes
         * @return this builder
         * @throws IllegalArgumentException if negative or above a day
         */
        public Builder requestTimeTolerance(Duration tolerance) {
            Checks.notNull(tolerance, "tolerance");
            if (tolerance.isNegative() || tolerance.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("The request time tolerance (" + tolerance
                        + ") must be between PT0S and P1D.\nMaybe PT5M, the default?");
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public PolicyEngine build() {
            return new DefaultPolicyEngine(policy, ledger != null ? ledger : InMemoryGrantLedger.create(), log, clock,
                    tolerance);
        }
    }
}
