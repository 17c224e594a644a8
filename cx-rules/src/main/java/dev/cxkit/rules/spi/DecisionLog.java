package dev.cxkit.rules.spi;

import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.internal.Slf4jDecisionLog;

/**
 * Where every decision of a {@link dev.cxkit.rules.PolicyEngine} is written, for audit. Called once
 * per decision, on the deciding thread, after the decision is made; implementations must be
 * thread-safe and should be fast. They must never write personal data: the request holds ids only,
 * and ids are fine.
 */
@FunctionalInterface
public interface DecisionLog {

    /**
     * Records one decision.
     *
     * @param request what was asked
     * @param decision what was decided
     */
    void record(DecisionRequest request, Decision decision);

    /**
     * A log that writes one structured line per decision to the SLF4J logger
     * {@code dev.cxkit.rules.decisions} at DEBUG (so that a library is quiet at INFO; enable that
     * logger at DEBUG for the trail): outcome, rule ids, policy version, tier, action, amount, segment,
     * channel, agent, customer and request ids, and the reason if any.
     *
     * @return the SLF4J decision log
     */
    static DecisionLog slf4j() {
        return Slf4jDecisionLog.INSTANCE;
    }

    /**
     * A log that writes nothing.
     *
     * @return a no-op log
     */
    static DecisionLog none() {
        return (request, decision) -> { };
    }
}
