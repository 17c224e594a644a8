package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.internal.DurationSum;

/**
 * Average handle time (AHT), id {@code cx.kpi.aht}: how long an agent spends per handled contact.
 *
 * <p>Formula: Σ (talk + hold + after-contact work) / handled contacts, in seconds
 * ({@link KpiUnit#SECONDS}). A contact is handled when it was answered. Per-channel figures are
 * obtained by feeding one accumulator per channel (the scorecard tags them).
 *
 * <p>Edge cases: abandoned contacts are excluded and counted in {@link #abandonedCount()}. A handled
 * contact whose talk, hold or after-contact work is not recorded ({@link Interaction#handleTime()} is
 * {@code null}, as for a ticket export without handle times) is left out and counted in
 * {@link #notRecordedCount()}, never added as zero. No handled contact with a recorded handle time
 * gives an empty value (count 0). Durations are summed exactly, so the mean does not depend on how the
 * input was split. The raw entry point {@link #acceptHandleTime(Duration)} rejects negative
 * durations.
 *
 * <p>Source: docs/kpis.md (AHT); benchmark "under 6 minutes" from articles 000 and 002.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class AverageHandleTime implements KpiAccumulator<Interaction, AverageHandleTime> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.aht";

    private final DurationSum handle = new DurationSum();
    private long abandoned;
    private long notRecorded;

    private AverageHandleTime() {
    }

    /**
     * Creates an empty accumulator; AHT has no variants.
     *
     * @return the accumulator
     */
    public static AverageHandleTime create() {
        return new AverageHandleTime();
    }

    /**
     * Adds the handle time of an answered contact, or counts an abandoned one or one whose handle
     * time is not recorded.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        if (interaction.isAbandoned()) {
            abandoned++;
            return;
        }
        Duration handleTime = interaction.handleTime();
        if (handleTime == null) {
            notRecorded++;
        } else {
            handle.add(handleTime, "handle time");
        }
    }

    /**
     * Adds the handle time of one handled contact from a source without full interactions.
     *
     * @param handleTime talk + hold + after-contact work, not negative
     * @throws IllegalArgumentException if {@code handleTime} is negative
     */
    public void acceptHandleTime(Duration handleTime) {
        handle.add(handleTime, "handle time");
    }

    @Override
    public AverageHandleTime combine(AverageHandleTime other) {
        handle.addAll(other.handle);
        abandoned += other.abandoned;
        notRecorded += other.notRecorded;
        return this;
    }

    /**
     * The AHT.
     *
     * @return mean handle time in seconds over handled contacts; empty if none
     */
    @Override
    public KpiValue result() {
        return handle.count() == 0 ? KpiValue.empty(ID, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, "", handle.meanSeconds(), handle.count(), KpiUnit.SECONDS);
    }

    /**
     * The exact total handle time.
     *
     * @return the sum over handled contacts
     */
    public Duration totalHandleTime() {
        return handle.total();
    }

    /**
     * Abandoned contacts, excluded from the value.
     *
     * @return their number
     */
    public long abandonedCount() {
        return abandoned;
    }

    /**
     * Handled contacts whose talk, hold or after-contact work is not recorded, excluded from the value.
     *
     * @return their number
     */
    public long notRecordedCount() {
        return notRecorded;
    }
}
