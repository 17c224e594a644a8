package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.internal.DefaultPolicyEngine;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import dev.cxkit.rules.spi.InMemoryGrantLedger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides requests against the current {@link Policy} and swaps policies at run time. Thread-safe:
 * any number of threads may decide while another reloads. A reload compiles the new sources first and
 * then replaces the policy in one atomic step; a decision uses the policy that was current when it
 * started, from start to end, so no decision ever mixes two versions. Every decision is written to
 * the {@link DecisionLog}.
 */
public interface PolicyEngine {

    /**
     * Decides one request with the current policy; granted amounts the request does not state come
     * from the engine's {@link GrantLedger}.
     *
     * @param request the request
     * @return the decision, carrying the version of the policy that made it
     * @throws PolicyEvaluationException if the policy's rules run away or fail
     */
    Decision decide(DecisionRequest request);

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
     * An engine with the defaults: an empty {@link InMemoryGrantLedger} and the SLF4J decision log.
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
         * Builds the engine.
         *
         * @return the engine
         */
        public PolicyEngine build() {
            return new DefaultPolicyEngine(policy, ledger != null ? ledger : InMemoryGrantLedger.create(), log);
        }
    }
}
