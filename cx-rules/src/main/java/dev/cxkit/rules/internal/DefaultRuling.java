package dev.cxkit.rules.internal;

import dev.cxkit.core.Action;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.spi.Ruling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling fact of one decision: collects what the rules said. Public only because generated DRL
 * matches it and calls {@link #offer(int)}; not API. Not thread-safe: one per decision.
 *
 * <p>It also carries the request's matrix keys, so that generated rules match this one fact with
 * alpha constraints only (hashed by Drools) instead of joining request and ruling: a join per
 * generated rule made every decision touch every rule (44 µs at 500 rows instead of a few).
 */
public final class DefaultRuling implements Ruling {

    /** A rule that scaled the per-request limits. */
    record Adjustment(String ruleId, BigDecimal factor) {
    }

    private final List<AuthorityRow> rows;
    private final DecisionRequest request;
    private final List<Verdict> verdicts = new ArrayList<>(4);
    private final List<Adjustment> adjustments = new ArrayList<>(2);
    private String currentRule = "?";

    DefaultRuling(List<AuthorityRow> rows, DecisionRequest request) {
        this.rows = rows;
        this.request = request;
    }

    @Override
    public DecisionRequest getRequest() {
        return request;
    }

    /**
     * The request's action, for generated rules.
     *
     * @return the action
     */
    public Action getAction() {
        return request.action();
    }

    /**
     * The request's agent tier, for generated rules.
     *
     * @return the tier
     */
    public Tier getAgentTier() {
        return request.agentTier();
    }

    /**
     * The request's segment name, for generated rules.
     *
     * @return the segment name
     */
    public String getSegmentName() {
        return request.segment().name();
    }

    /**
     * The request's currency code, for generated rules.
     *
     * @return the code, empty for percent requests
     */
    public String getCurrencyCode() {
        return request.currencyCode();
    }

    /**
     * Called before each rule fires, with the rule's name, so that verdicts carry it.
     *
     * @param ruleName the firing rule
     */
    public void firing(String ruleName) {
        currentRule = ruleName;
    }

    /**
     * A generated matrix rule matched: offers its row.
     *
     * @param rowIndex the row's index in the policy's row table
     */
    public void offer(int rowIndex) {
        AuthorityRow row = rows.get(rowIndex);
        verdicts.add(new Verdict.Row(row.ruleId(), row.specificity(), row));
    }

    @Override
    public void scaleLimits(BigDecimal factor) {
        Checks.notNull(factor, "factor");
        if (factor.signum() <= 0 || factor.compareTo(BigDecimal.valueOf(MAX_SCALE_FACTOR)) > 0
                || factor.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("The factor (" + Checks.abbreviate(factor.stripTrailingZeros().toPlainString()) + ") of rule "
                    + currentRule + " must be above 0 and at most " + MAX_SCALE_FACTOR + ", with at most 6 decimals.");
        }
        adjustments.add(new Adjustment(currentRule, factor.stripTrailingZeros()));
    }

    @Override
    public void deny(int specificity, String reason) {
        verdicts.add(new Verdict.Deny(currentRule, specificity, Checks.notNull(reason, "reason")));
    }

    @Override
    public void requireApproval(int specificity, ApproverRole approverRole, String reason) {
        verdicts.add(new Verdict.Approval(currentRule, specificity, Checks.notNull(approverRole, "approverRole"),
                Checks.notNull(reason, "reason")));
    }

    List<Verdict> verdicts() {
        return verdicts;
    }

    List<Adjustment> adjustments() {
        return adjustments;
    }

    @Override
    public String toString() {
        return "Ruling" + verdicts + adjustments;
    }
}
