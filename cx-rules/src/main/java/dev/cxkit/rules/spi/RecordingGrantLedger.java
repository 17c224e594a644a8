package dev.cxkit.rules.spi;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.PolicyEngine;

/**
 * A {@link GrantLedger} that can also decide a grant and record it in one step, so that concurrent
 * grants never together exceed a cap. {@link PolicyEngine#decideAndRecord(DecisionRequest)} calls it
 * when the engine's ledger is one. {@link InMemoryGrantLedger} is one; so is the database ledger of
 * cx-jdbc. Implementations must be thread-safe.
 */
public interface RecordingGrantLedger extends GrantLedger {

    /**
     * Decides a request with the engine's current policy, as of the engine's clock
     * ({@link PolicyEngine#stamp(DecisionRequest)}), with the granted amounts summed from this ledger,
     * and records the grant if the decision is {@link dev.cxkit.rules.Allowed} and the amount is money.
     * No other call of this method on this ledger may see the sum before the grant is recorded. The
     * decision is written to a decision log before this returns.
     *
     * @param engine supplies the current policy, the clock and, unless the ledger keeps its own, the log
     * @param request the request; its granted amounts must be {@code null}; its request id, if set,
     *     makes a retry count once and get the first decision
     * @return the decision
     * @throws IllegalArgumentException if the request states granted amounts, its instant is outside
     *     the engine's tolerance, or its request id was used for a different grant
     * @throws dev.cxkit.rules.PolicyEvaluationException if the policy fails; nothing was recorded
     */
    Decision decideAndRecord(PolicyEngine engine, DecisionRequest request);
}
