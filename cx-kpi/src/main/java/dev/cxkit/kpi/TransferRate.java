package dev.cxkit.kpi;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;

/**
 * Transfer rate, id {@code cx.kpi.transfer}: the share of handled contacts that were transferred at
 * least once.
 *
 * <p>Formula: handled contacts with ≥ 1 transfer / handled contacts, unit {@link KpiUnit#RATIO}.
 * Contacts are counted, not transfers, so the rate stays in [0, 1] and a contact bounced three times
 * weighs as one; the number of transfers is available from {@link #transferCount()}. Per-tier or
 * per-agent figures come from one accumulator per group.
 *
 * <p>Edge cases: abandoned contacts (which cannot be transferred) are excluded and counted in
 * {@link #abandonedCount()}. Handled contacts whose transfers are not recorded
 * ({@link InteractionFact#TRANSFERS}, as in every flat CSV) are excluded and counted in
 * {@link #notRecordedCount()}: an empty transfer list there means "unknown", not "none". No handled
 * contact with recorded transfers gives an empty value (count 0).
 *
 * <p>Source: docs/kpis.md (transfer rate).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class TransferRate implements KpiAccumulator<Interaction, TransferRate> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.transfer";

    private long handled;
    private long transferred;
    private long transfers;
    private long abandoned;
    private long notRecorded;

    private TransferRate() {
    }

    /**
     * Creates an empty accumulator; the transfer rate has no variants.
     *
     * @return the accumulator
     */
    public static TransferRate create() {
        return new TransferRate();
    }

    /**
     * Adds one contact.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        if (interaction.isAbandoned()) {
            abandoned++;
            return;
        }
        if (!interaction.isRecorded(InteractionFact.TRANSFERS)) {
            notRecorded++;
            return;
        }
        handled++;
        if (!interaction.transfers().isEmpty()) {
            transferred++;
            transfers += interaction.transfers().size();
        }
    }

    @Override
    public TransferRate combine(TransferRate other) {
        handled += other.handled;
        transferred += other.transferred;
        transfers += other.transfers;
        abandoned += other.abandoned;
        notRecorded += other.notRecorded;
        return this;
    }

    /**
     * The transfer rate.
     *
     * @return a ratio over handled contacts with recorded transfers, empty if none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, "", transferred, handled);
    }

    /**
     * All transfers of handled contacts, a contact with several counting several times.
     *
     * @return their number
     */
    public long transferCount() {
        return transfers;
    }

    /**
     * Abandoned contacts, excluded from the rate.
     *
     * @return their number
     */
    public long abandonedCount() {
        return abandoned;
    }

    /**
     * Handled contacts whose transfers are not recorded, excluded from the rate.
     *
     * @return their number
     */
    public long notRecordedCount() {
        return notRecorded;
    }
}
