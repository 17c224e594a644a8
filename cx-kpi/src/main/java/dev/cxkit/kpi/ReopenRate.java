package dev.cxkit.kpi;

import dev.cxkit.core.Case;

/**
 * Reopen rate, id {@code cx.kpi.reopen}: the share of resolved cases that were reopened.
 *
 * <p>Formula: cases with {@link Case#wasReopened()} / cases resolved at least once
 * ({@link Case#firstResolvedAt()} present), unit {@link KpiUnit#RATIO}. A case reopened several
 * times counts once. A reopen is a move from SOLVED back to an active status (CATALOG.md §2 and
 * FORMATS.md §1).
 *
 * <p>Edge cases: cases never resolved cannot be reopened; they are excluded and counted in
 * {@link #unresolvedCount()}. No resolved case gives an empty value.
 *
 * <p>Source: CATALOG.md §2 (reopen rate) and §4 (REOPENED_CASE).
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
