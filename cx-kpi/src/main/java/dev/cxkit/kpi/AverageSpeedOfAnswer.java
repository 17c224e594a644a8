package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.internal.DurationSum;

/**
 * Average speed of answer (ASA), id {@code cx.kpi.asa}: how long answered customers waited in the
 * queue.
 *
 * <p>Formula: Σ (answeredAt − queuedAt) over answered contacts / answered contacts, in seconds
 * ({@link KpiUnit#SECONDS}).
 *
 * <p>Edge cases: abandoned contacts are excluded (their wait is measured by
 * {@link Abandonment} and {@link ServiceLevel}) and counted in {@link #abandonedCount()}; no answered
 * contact gives an empty value. The raw entry point {@link #acceptWait(Duration)} rejects negative
 * waits. Sums are exact.
 *
 * <p>Source: docs/kpis.md (ASA); the ICMI definition of average speed of answer.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class AverageSpeedOfAnswer implements KpiAccumulator<Interaction, AverageSpeedOfAnswer> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.asa";

    private final DurationSum waits = new DurationSum();
    private long abandoned;

    private AverageSpeedOfAnswer() {
    }

    /**
     * Creates an empty accumulator; ASA has no variants.
     *
     * @return the accumulator
     */
    public static AverageSpeedOfAnswer create() {
        return new AverageSpeedOfAnswer();
    }

    /**
     * Adds the queue wait of an answered contact, or counts an abandoned one.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        if (interaction.isAbandoned()) {
            abandoned++;
        } else {
            waits.add(interaction.queueWait(), "queue wait");
        }
    }

    /**
     * Adds the queue wait of one answered contact.
     *
     * @param wait the wait, not negative
     * @throws IllegalArgumentException if {@code wait} is negative
     */
    public void acceptWait(Duration wait) {
        waits.add(wait, "queue wait");
    }

    @Override
    public AverageSpeedOfAnswer combine(AverageSpeedOfAnswer other) {
        waits.addAll(other.waits);
        abandoned += other.abandoned;
        return this;
    }

    /**
     * The ASA.
     *
     * @return mean queue wait of answered contacts in seconds; empty if none was answered
     */
    @Override
    public KpiValue result() {
        return waits.count() == 0 ? KpiValue.empty(ID, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, "", waits.meanSeconds(), waits.count(), KpiUnit.SECONDS);
    }

    /**
     * Abandoned contacts, excluded from the value.
     *
     * @return their number
     */
    public long abandonedCount() {
        return abandoned;
    }
}
