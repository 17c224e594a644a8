package dev.cxkit.kpi;

import java.time.Instant;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseOutcome;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Promise-kept rate, id {@code cx.kpi.promise_kept}: the share of promises falling due in a period
 * that were kept, judged at an instant {@code asOf}.
 *
 * <p>Formula: kept / judged promises, unit {@link KpiUnit#RATIO}, where a promise is in scope when
 * its {@link Promise#dueBy()} lies in {@code [from, to)}, and is <em>judged</em> when {@code asOf}
 * is after its deadline: {@code dueBy} without grace, {@code dueBy + grace} with grace. Kept means
 * {@link Promise#outcomeAt(Instant) outcomeAt(asOf)} is {@code KEPT}, or also {@code KEPT_LATE} in the
 * {@link PromiseKeptVariant#withGrace with-grace} variant. Everything else judged is broken,
 * including promises still open past their deadline and promises fulfilled only after {@code asOf}
 * (not known then).
 *
 * <p>Edge cases: promises not yet past their deadline at {@code asOf} are excluded (even if already
 * fulfilled, so that early kept promises do not inflate the rate) and counted in
 * {@link #pendingCount()}; promises due outside the period are counted in
 * {@link #outsidePeriodCount()}. No judged promise gives an empty value.
 *
 * <p>Source: docs/formats.md (promise outcomes) and §2 (promise-kept rate); articles 001 and 003 on
 * broken and unrealistic promises.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class PromiseKeptRate implements KpiAccumulator<Promise, PromiseKeptRate> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.promise_kept";

    private final PromiseKeptVariant variant;
    private long kept;
    private long judged;
    private long pending;
    private long outsidePeriod;

    private PromiseKeptRate(PromiseKeptVariant variant) {
        this.variant = variant;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param variant period, evaluation instant and grace handling
     * @return the accumulator
     */
    public static PromiseKeptRate create(PromiseKeptVariant variant) {
        return new PromiseKeptRate(Checks.notNull(variant, "variant"));
    }

    /**
     * Adds one promise.
     *
     * @param promise the promise
     */
    @Override
    public void accept(Promise promise) {
        Instant due = promise.dueBy();
        if (due.isBefore(variant.from()) || !due.isBefore(variant.to())) {
            outsidePeriod++;
            return;
        }
        Instant deadline = variant.withGrace() ? promise.deadline() : due;
        if (!variant.asOf().isAfter(deadline)) {
            pending++;
            return;
        }
        judged++;
        PromiseOutcome outcome = promise.outcomeAt(variant.asOf());
        if (outcome == PromiseOutcome.KEPT || (variant.withGrace() && outcome == PromiseOutcome.KEPT_LATE)) {
            kept++;
        }
    }

    /**
     * Adds every promise made in an interaction.
     *
     * @param interaction the interaction
     */
    public void acceptPromisesOf(Interaction interaction) {
        interaction.promises().forEach(this);
    }

    @Override
    public PromiseKeptRate combine(PromiseKeptRate other) {
        VariantCheck.requireSame(ID, variant, other.variant);
        kept += other.kept;
        judged += other.judged;
        pending += other.pending;
        outsidePeriod += other.outsidePeriod;
        return this;
    }

    /**
     * The promise-kept rate.
     *
     * @return a ratio over judged promises, empty if none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, variant.name(), kept, judged);
    }

    /**
     * Promises in the period not yet past their deadline at {@code asOf}, excluded from the rate.
     *
     * @return their number
     */
    public long pendingCount() {
        return pending;
    }

    /**
     * Promises due outside the period.
     *
     * @return their number
     */
    public long outsidePeriodCount() {
        return outsidePeriod;
    }
}
