package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.internal.drools.DroolsRuleBase;
import dev.cxkit.rules.spi.GrantLedger;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a policy needs to decide: the rule base, the matrix rows its generated rules point to,
 * and which currencies the matrix covers per action. Immutable once built; thread-safe.
 */
public final class CompiledPolicy {

    private final DroolsRuleBase ruleBase;
    private final List<AuthorityRow> rows;
    private final Map<Action, Set<Currency>> coverage;

    CompiledPolicy(DroolsRuleBase ruleBase, List<AuthorityRow> rows, Map<Action, Set<Currency>> coverage) {
        this.ruleBase = ruleBase;
        this.rows = List.copyOf(rows);
        this.coverage = Map.copyOf(coverage);
    }

    /**
     * Decides one request.
     *
     * @param request the request
     * @param ledger where to look up grants the request does not state
     * @param version the policy version, for the decision
     * @param maxFirings the runaway guard
     * @param maxNanos the time guard: no rule fires after this many nanoseconds
     * @return the decision
     */
    public Decision decide(DecisionRequest request, GrantLedger ledger, String version, int maxFirings,
            long maxNanos) {
        DefaultRuling ruling = new DefaultRuling(rows, request);
        ruleBase.fire(request, ruling, maxFirings, maxNanos, version);
        return DecisionResolver.resolve(request, ruling, coverage, ledger, version);
    }

    /**
     * The number of rules, generated and written.
     *
     * @return the rule count
     */
    public int ruleCount() {
        return ruleBase.ruleNames().size();
    }
}
