package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Abandonment rate, id {@code cx.kpi.abandonment}: the share of offered contacts whose customer hung
 * up before being answered.
 *
 * <p>Formula: (abandoned − short abandons) / (offered − short abandons), unit {@link KpiUnit#RATIO},
 * where a short abandon is one with a queue wait ≤ the short-abandon threshold (default 5 s;
 * typically a misdial or an immediate hang-up, not a service failure). The variant names the
 * threshold, for example {@code short-abandon/PT5S}. The count is the denominator.
 *
 * <p>Edge cases: short abandons are excluded from both numerator and denominator and counted in
 * {@link #shortAbandonCount()}; no contact left after the exclusion gives an empty value. An abandon
 * whose wait is not recorded ({@link InteractionFact#ABANDON_WAIT}) is not a short abandon: it counts
 * as abandoned, and in {@link #unknownWaitCount()}. Every interaction given is offered, so feed only
 * the queue being measured.
 *
 * <p>Source: docs/kpis.md (abandonment rate); article 001 links broken hold promises to
 * abandonment.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class Abandonment implements KpiAccumulator<Interaction, Abandonment> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.abandonment";

    private final Duration shortAbandon;
    private long answered;
    private long abandoned;
    private long shortAbandons;
    private long unknownWait;

    private Abandonment(Duration shortAbandon) {
        this.shortAbandon = shortAbandon;
    }

    /**
     * Creates an empty accumulator with the default short-abandon threshold of 5 s.
     *
     * @return the accumulator
     */
    public static Abandonment create() {
        return create(ServiceLevelConfig.DEFAULT_SHORT_ABANDON);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param shortAbandon abandons with a queue wait ≤ this are excluded; {@link Duration#ZERO} keeps
     *     all but those abandoned instantly
     * @return the accumulator
     * @throws IllegalArgumentException if {@code shortAbandon} is negative
     */
    public static Abandonment create(Duration shortAbandon) {
        return new Abandonment(Checks.nonNegative(shortAbandon, "shortAbandon", "abandonment rate"));
    }

    /**
     * Classifies one offered contact.
     *
     * @param interaction the contact
     */
    @Override
    public void accept(Interaction interaction) {
        Duration wait = interaction.queueWait();
        if (wait == null) {
            acceptAbandonWithUnknownWait();
        } else {
            acceptWait(wait, !interaction.isAbandoned());
        }
    }

    /**
     * Counts one abandon whose wait is not known: abandoned, and never a short abandon.
     */
    public void acceptAbandonWithUnknownWait() {
        abandoned++;
        unknownWait++;
    }

    /**
     * Classifies one offered contact from a source without full interactions.
     *
     * @param wait the queue wait until answer or hang-up, not negative
     * @param wasAnswered whether it was answered
     * @throws IllegalArgumentException if {@code wait} is negative
     */
    public void acceptWait(Duration wait, boolean wasAnswered) {
        Checks.nonNegative(wait, "queue wait", "offered contact");
        if (wasAnswered) {
            answered++;
        } else if (wait.compareTo(shortAbandon) <= 0) {
            shortAbandons++;
        } else {
            abandoned++;
        }
    }

    @Override
    public Abandonment combine(Abandonment other) {
        VariantCheck.requireSame(ID, variant(), other.variant());
        answered += other.answered;
        abandoned += other.abandoned;
        shortAbandons += other.shortAbandons;
        unknownWait += other.unknownWait;
        return this;
    }

    /**
     * The abandonment rate.
     *
     * @return a ratio in [0, 1] over offered contacts without short abandons; empty if none
     */
    @Override
    public KpiValue result() {
        return KpiValue.ratio(ID, variant(), abandoned, answered + abandoned);
    }

    /**
     * Short abandons, excluded from the rate.
     *
     * @return their number
     */
    public long shortAbandonCount() {
        return shortAbandons;
    }

    /**
     * Abandons whose wait is not recorded, counted as abandoned (not short) in the rate.
     *
     * @return their number
     */
    public long unknownWaitCount() {
        return unknownWait;
    }

    private String variant() {
        return "short-abandon/" + shortAbandon;
    }
}
