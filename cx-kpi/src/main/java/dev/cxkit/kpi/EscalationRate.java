package dev.cxkit.kpi;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.Transfer;

/**
 * Escalation rate, id {@code cx.kpi.escalation}: the share of handled contacts escalated to a higher
 * tier.
 *
 * <p>Formula: handled contacts with {@link Interaction#isEscalated()} / handled contacts whose
 * escalation can be judged, unit {@link KpiUnit#RATIO}. An escalation is a transfer to a tier above
 * the current one ({@link Interaction#escalations()}); contacts are counted, not escalations (see
 * {@link #escalationCount()} for those). Per-tier or per-agent figures come from one accumulator per
 * group; the audit compares an agent's rate with peers' (docs/audit-catalog.md, ESCALATION_PATTERN).
 *
 * <p>Edge cases: abandoned contacts are excluded and counted in {@link #abandonedCount()}. A handled
 * contact with transfers but without the agent's tier or a transfer's target tier, in which no
 * escalation can be seen, cannot be judged: it is excluded from both sides and counted in
 * {@link #undeterminedCount()} rather than silently treated as not escalated. A handled contact whose
 * transfers are not recorded ({@link InteractionFact#TRANSFERS}) cannot be judged either: it is
 * excluded and counted in {@link #notRecordedCount()}. No judged contact gives an empty value
 * (count 0).
 *
 * <p>Source: docs/kpis.md (escalation rate); article 004 on tiers and escalation patterns.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class EscalationRate implements KpiAccumulator<Interaction, EscalationRate> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.escalation";

    private long judged;
    private long escalated;
    private long escalations;
    private long undetermined;
    private long abandoned;
    private long notRecorded;

    private EscalationRate() {
    }

    /**
     * Creates an empty accumulator; the escalation rate has no variants.
     *
     * @return the accumulator
     */
    public static EscalationRate create() {
        return new EscalationRate();
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
        int count = interaction.escalations().size();
        if (count > 0) {
            judged++;
            escalated++;
            escalations += count;
        } else if (!interaction.transfers().isEmpty() && (interaction.agentTier() == null
                || interaction.transfers().stream().map(Transfer::toTier).anyMatch(tier -> tier == null))) {
            undetermined++;
        } else {
            judged++;
        }
    }

    @Override
    public EscalationRate combine(EscalationRate other) {
        judged += other.judged;
        escalated += other.escalated;
        escalations += other.escalations;
        undetermined += other.undetermined;
        abandoned += other.abandoned;
        notRecorded += other.notRecorded;
        return this;
    }

    /**
     * The escalation rate.
     *
     * @return a ratio over judged handled contacts, empty if none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, "", escalated, judged);
    }

    /**
     * All escalations, a contact escalated twice (T1 → T2 → T3) counting twice.
     *
     * @return their number
     */
    public long escalationCount() {
        return escalations;
    }

    /**
     * Handled contacts with transfers whose tiers are unknown, excluded from the rate.
     *
     * @return their number
     */
    public long undeterminedCount() {
        return undetermined;
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
