package dev.cxkit.kpi;

import dev.cxkit.core.Case;

/**
 * Reopen rate, id {@code cx.kpi.reopen}: the share of resolved cases that were reopened.
 *
 * <p>Formula: cases with {@link Case#wasReopened()} / cases resolved at least once
 * ({@link Case#firstResolvedAt()} present), unit {@link KpiUnit#RATIO}. A case reopened several
 * times counts once. A reopen is {@link dev.cxkit.core.CaseStatus#isReopen}: a move from SOLVED or
 * CLOSED to an active status (NEW, OPEN, PENDING, ON_HOLD), the one definition the audit's
 * REOPENED_CASE uses too. So SOLVED → PENDING counts (Freshdesk's reading: the resolution did not
 * hold), CLOSED → OPEN counts (Freshdesk and Salesforce reopen closed cases; Zendesk and ServiceNow
 * never export it, since their closed items cannot change), SOLVED → CLOSED does not (both are
 * resolved). Zendesk follow-up tickets and Salesforce child cases are new cases, not reopens.
 *
 * <p>Edge cases: cases never resolved cannot be reopened; they are excluded and counted in
 * {@link #unresolvedCount()}. No resolved case gives an empty value.
 *
 * <p>Source: docs/kpis.md (reopen rate) and §4 (REOPENED_CASE); the helpdesks' documented
 * definitions as compared in docs/kpis.md#reopen-rate (Zendesk's reopens metric, Freshdesk's ticket
 * statuses, Salesforce's IsClosed, ServiceNow's reopened incidents).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ReopenRate implements KpiAccumulator<Case, ReopenRate> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.reopen";

    private long resolved;
    private long reopened;
    private long unresolved;

    private ReopenRate() {
    }

    /**
     * Creates an empty accumulator; the reopen rate has no variants.
     *
     * @return the accumulator
     */
    public static ReopenRate create() {
        return new ReopenRate();
    }

    /**
     * Adds one case.
     *
     * @param kase the case
     */
    @Override
    public void accept(Case kase) {
        if (kase.firstResolvedAt().isEmpty()) {
            unresolved++;
            return;
        }
        resolved++;
        if (kase.wasReopened()) {
            reopened++;
        }
    }

    @Override
    public ReopenRate combine(ReopenRate other) {
        resolved += other.resolved;
        reopened += other.reopened;
        unresolved += other.unresolved;
        return this;
    }

    /**
     * The reopen rate.
     *
     * @return a ratio over resolved cases, empty if none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, "", reopened, resolved);
    }

    /**
     * Cases never resolved, excluded from the rate.
     *
     * @return their number
     */
    public long unresolvedCount() {
        return unresolved;
    }
}
