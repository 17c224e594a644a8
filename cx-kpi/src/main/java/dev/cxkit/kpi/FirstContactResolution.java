package dev.cxkit.kpi;

import java.time.Instant;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.CaseOutcomes;
import dev.cxkit.kpi.internal.ContactTimeline;
import dev.cxkit.kpi.internal.GroupedOutcomes;
import org.jspecify.annotations.Nullable;

/**
 * First-contact resolution (FCR), id {@code cx.kpi.fcr}: the share of issues resolved at the first
 * contact, as a ratio in [0, 1]. Sources: docs/kpis.md (definition and variants) and §3 (target
 * 75–85 %, "percentage of issues resolved on the first contact", article 000); the repeat-window
 * reading is the usual contact-centre practice of counting a contact as unresolved when the customer
 * comes back about the same issue within a few days.
 *
 * <p><b>Repeat-window variants</b> ({@link FcrVariant#repeatWithin}, variant {@code per-issue/P7D}):
 * <ul>
 *   <li>the contact time is {@link Interaction#queuedAt()}, compared at millisecond precision;</li>
 *   <li>the <em>key</em> is the customer ({@link RepeatScope#PER_CUSTOMER}) or the customer and
 *       reason ({@link RepeatScope#PER_ISSUE}); under PER_ISSUE a contact without a reason is its
 *       own key, so it never repeats and is never repeated, and is counted in
 *       {@link FcrCounts#unclassified()};</li>
 *   <li>a contact is a <em>repeat</em> when its key had an earlier contact at most one window
 *       before it (inclusive: exactly 7 days later is a repeat). Two contacts of a key at the same
 *       instant are ordered by interaction id, so the later id is the repeat; the counts do not
 *       depend on which one it is, so only instants are stored;</li>
 *   <li>a <em>first contact</em> is a contact that is not a repeat; it is <em>resolved</em> when no
 *       repeat follows it within the window;</li>
 *   <li>abandoned contacts are left out (they are no contact with the service) and counted in
 *       {@link FcrCounts#abandoned()};</li>
 *   <li>with an observation end ({@link FcrVariant.RepeatWindow#observedUntil()}, or given when
 *       reading with {@link #result(Instant)}) first contacts whose window ends after it are
 *       censored (left out and counted); without one, nothing is censored, which overstates FCR for
 *       the last window of data.</li>
 * </ul>
 * Formula: {@code FCR = resolved first contacts / uncensored first contacts}. The result does not
 * depend on the order of the input or on how it is split across shards: all contact instants are
 * kept per key and examined, sorted, in {@link #result()}.
 *
 * <p><b>Memory</b> (repeat variants): 8 bytes per answered contact (plus up to 50 % growth slack)
 * and about 50 bytes per key (customer, or customer + reason), plus the customer-id and reason
 * strings it keeps; 10 M contacts of 2 M customers take about 200 MB plus those strings. Accepting
 * costs one hash probe and no allocation unless the key is new or its array grows. Ticket variant:
 * about 50 bytes per case plus the case id. Survey variant: constant.
 *
 * <p><b>Ticket and survey variants</b>: see {@link FcrVariant.Ticket} and {@link FcrVariant.Survey}.
 *
 * <p><b>Per group</b> (channel, team, …): a repeat that arrives on another channel or is handled by
 * another team still makes the first contact unresolved. Feeding one accumulator per group's
 * contacts would miss such repeats and overstate every group's FCR; {@link KpiSet} and
 * {@link StandardKpis} therefore detect repeats (and a case's further contacts) across all
 * contacts, and the grouping only decides which group the first contact's outcome is counted in.
 *
 * <p>Edge cases: no eligible first contact (or case, or answer) gives an empty value with count 0.
 * {@link KpiValue#count()} is the denominator. Not thread-safe: use one per thread and
 * {@link #combine} them.
 */
public final class FirstContactResolution implements KpiAccumulator<Interaction, FirstContactResolution> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.fcr";

    private final FcrVariant variant;
    private final @Nullable ContactTimeline timeline;
    private final @Nullable CaseOutcomes cases;
    private long accepted;
    private long answered;
    private long yes;

    private FirstContactResolution(FcrVariant variant) {
        this.variant = Checks.notNull(variant, "variant");
        this.timeline = variant instanceof FcrVariant.RepeatWindow window ? new ContactTimeline(window) : null;
        this.cases = variant instanceof FcrVariant.Ticket ? new CaseOutcomes() : null;
    }

    /**
     * An empty accumulator with the default variant, {@code per-issue/P7D}.
     *
     * @return the accumulator
     */
    public static FirstContactResolution create() {
        return new FirstContactResolution(FcrVariant.ofDefaults());
    }

    /**
     * An empty accumulator.
     *
     * @param variant how FCR is measured, for example
     *        {@code FcrVariant.repeatWithin(Duration.ofDays(7), RepeatScope.PER_CUSTOMER)}
     * @return the accumulator
     */
    public static FirstContactResolution create(FcrVariant variant) {
        return new FirstContactResolution(variant);
    }

    /**
     * The variant this accumulator measures.
     *
     * @return the variant
     */
    public FcrVariant variant() {
        return variant;
    }

    /**
     * Adds one interaction.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        if (timeline != null) {
            timeline.accept(interaction);
            return;
        }
        if (cases != null) {
            cases.accept(interaction, 0);
            return;
        }
        accepted++;
        Feedback feedback = interaction.feedback();
        Boolean said = feedback == null ? null : feedback.resolved();
        if (said != null) {
            answered++;
            if (said) {
                yes++;
            }
        }
    }

    /**
     * Merges another accumulator of the same variant into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} measures a different variant
     */
    @Override
    public FirstContactResolution combine(FirstContactResolution other) {
        Checks.notNull(other, "other");
        if (!variant.equals(other.variant)) {
            throw new IllegalArgumentException("Cannot combine FCR variant " + variant.label() + " with "
                    + other.variant.label() + ".\nMaybe the shards were created with different settings?");
        }
        if (timeline != null && other.timeline != null) {
            timeline.combine(other.timeline);
        }
        if (cases != null && other.cases != null) {
            cases.combine(other.cases, null);
        }
        accepted += other.accepted;
        answered += other.answered;
        yes += other.yes;
        return this;
    }

    /**
     * The counts behind the value, including what was left out.
     *
     * @return the counts (see {@link FcrCounts} for what each field means per variant)
     */
    public FcrCounts counts() {
        return counts(null);
    }

    /**
     * The counts behind the value as if the data ended at {@code observedUntil}: for the repeat
     * variants, contacts queued after it are left out and first contacts whose window runs past it
     * are censored. The ticket and survey variants ignore the instant.
     *
     * @param observedUntil the end of the observed data, or {@code null} for the variant's own
     * @return the counts
     */
    public FcrCounts counts(@Nullable Instant observedUntil) {
        if (timeline != null) {
            return timeline.counts(observedUntil);
        }
        if (cases != null) {
            return cases.counts();
        }
        return new FcrCounts(accepted, 0, 0, 0, accepted - answered, answered, 0, 0, 0, 0, answered, yes);
    }

    /**
     * FCR = {@code resolved / eligible} of {@link #counts()}.
     *
     * @return the ratio with the eligible count as {@link KpiValue#count()}; empty if nothing is eligible
     */
    @Override
    public KpiValue result() {
        return valueOf(counts(), null);
    }

    /**
     * FCR judged as if the data ended at {@code observedUntil} (see {@link #counts(Instant)}), the
     * way to censor at the end of the data once it is known. For the repeat variants the value's
     * variant names the instant ({@code per-issue/P7D/as-of=2026-03-31T00:00:00Z}).
     *
     * @param observedUntil the end of the observed data
     * @return the ratio with the eligible count as {@link KpiValue#count()}; empty if nothing is eligible
     */
    public KpiValue result(Instant observedUntil) {
        Checks.notNull(observedUntil, "observedUntil");
        return valueOf(counts(observedUntil), observedUntil);
    }

    /** The value of some counts of this variant, for {@link KpiSet}'s groups too. */
    KpiValue valueOf(FcrCounts counts, @Nullable Instant observedUntil) {
        return KpiValue.ratio(ID, label(variant, observedUntil), counts.resolved(), counts.eligible());
    }

    /** A store that finds this variant's outcomes across the groups of a grouping, or null if not needed. */
    @Nullable GroupedOutcomes newGroupedOutcomes() {
        return GroupedOutcomes.forVariant(variant);
    }

    static String label(FcrVariant variant, @Nullable Instant observedUntil) {
        if (observedUntil != null && variant instanceof FcrVariant.RepeatWindow window) {
            Instant own = window.observedUntil();
            return window.observedUntil(own != null && own.isBefore(observedUntil) ? own : observedUntil).label();
        }
        return variant.label();
    }
}
