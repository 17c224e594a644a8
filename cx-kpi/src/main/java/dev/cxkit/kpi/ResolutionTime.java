package dev.cxkit.kpi;

import java.time.Instant;
import java.util.Optional;

import dev.cxkit.core.Case;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.DurationSum;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Resolution time, id {@code cx.kpi.resolution_time}: the mean time from opening a case to resolving
 * it.
 *
 * <p>Formula: Σ (resolved − opened) / resolved cases, in seconds ({@link KpiUnit#SECONDS}), where
 * opened is {@link Case#openedAt()} and resolved is the {@link ResolutionPoint#FIRST first} or
 * {@link ResolutionPoint#FINAL final} resolution, measured in calendar or business time
 * ({@link TimeBasis}). Variant names combine both, for example {@code first/calendar} or
 * {@code final/business}.
 *
 * <p>Edge cases: cases without the chosen resolution (never resolved, or, for FINAL, active again
 * after a reopen) are excluded and counted in {@link #unresolvedCount()}; none resolved gives an
 * empty value. Sums are exact.
 *
 * <p>Source: docs/kpis.md (resolution time).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ResolutionTime implements KpiAccumulator<Case, ResolutionTime> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.resolution_time";

    private final ResolutionPoint point;
    private final TimeBasis basis;
    private final DurationSum times = new DurationSum();
    private long unresolved;

    private ResolutionTime(ResolutionPoint point, TimeBasis basis) {
        this.point = point;
        this.basis = basis;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param point first or final resolution
     * @param basis calendar or business time
     * @return the accumulator
     */
    public static ResolutionTime create(ResolutionPoint point, TimeBasis basis) {
        return new ResolutionTime(Checks.notNull(point, "point"), Checks.notNull(basis, "basis"));
    }

    /**
     * Adds the resolution time of a case, or counts it as unresolved.
     *
     * @param kase the case
     */
    @Override
    public void accept(Case kase) {
        Optional<Instant> resolved = point == ResolutionPoint.FIRST ? kase.firstResolvedAt() : kase.finalResolvedAt();
        if (resolved.isEmpty()) {
            unresolved++;
        } else {
            times.add(basis.between(kase.openedAt(), resolved.get()), "resolution time");
        }
    }

    @Override
    public ResolutionTime combine(ResolutionTime other) {
        VariantCheck.requireSame(ID, variant(), other.variant());
        VariantCheck.requireSame(ID, basis, other.basis);
        times.addAll(other.times);
        unresolved += other.unresolved;
        return this;
    }

    /**
     * The mean resolution time.
     *
     * @return seconds, empty if no case was resolved
     */
    @Override
    public KpiValue result() {
        return times.count() == 0 ? KpiValue.empty(ID, variant(), 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, variant(), times.meanSeconds(), times.count(), KpiUnit.SECONDS);
    }

    /**
     * Cases without the chosen resolution, excluded from the value.
     *
     * @return their number
     */
    public long unresolvedCount() {
        return unresolved;
    }

    private String variant() {
        return point.variantName() + "/" + basis.name();
    }
}
