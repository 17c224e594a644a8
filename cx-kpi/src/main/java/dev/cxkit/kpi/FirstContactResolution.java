package dev.cxkit.kpi;

import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactTimeline;
import org.jspecify.annotations.Nullable;

/**
 * First-contact resolution (FCR), id {@code cx.kpi.fcr}: the share of issues resolved at the first
 * contact, as a ratio in [0, 1]. Sources: CATALOG.md §2 (definition and variants) and §3 (target
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
 *   <li>with an observation end ({@link FcrVariant.RepeatWindow#observedUntil()}) first contacts
 *       whose window ends after it are censored (left out and counted); without one, nothing is
 *       censored.</li>
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
 * <p>Edge cases: no eligible first contact (or case, or answer) gives an empty value with count 0.
 * {@link KpiValue#count()} is the denominator. Not thread-safe: use one per thread and
 * {@link #combine} them.
 */
public final class FirstContactResolution implements KpiAccumulator<Interaction, FirstContactResolution> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.fcr";

    // Ticket state per case: one contact resolved / not resolved / outcome unknown, or several.
    private static final Integer RESOLVED = 1;
    private static final Integer NOT_RESOLVED = 0;
    private static final Integer UNKNOWN = 2;
    private static final Integer SEVERAL = 3;

    private final FcrVariant variant;
    private final @Nullable ContactTimeline timeline;
    private final @Nullable HashMap<CaseId, Integer> cases;
    private long accepted;
    private long abandoned;
    private long withoutCase;
    private long unknownOutcome;
    private long answered;
    private long yes;

    private FirstContactResolution(FcrVariant variant) {
        this.variant = Checks.notNull(variant, "variant");
        this.timeline = variant instanceof FcrVariant.RepeatWindow window ? new ContactTimeline(window) : null;
        this.cases = variant instanceof FcrVariant.Ticket ? new HashMap<>() : null;
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
        accepted++;
        if (cases != null) {
            acceptTicket(interaction, cases);
            return;
        }
        Feedback feedback = interaction.feedback();
        Boolean said = feedback == null ? null : feedback.resolved();
        if (said == null) {
            unknownOutcome++;
        } else {
            answered++;
            if (said) {
                yes++;
            }
        }
    }

    private void acceptTicket(Interaction interaction, Map<CaseId, Integer> byCase) {
        if (interaction.isAbandoned()) {
            abandoned++;
            return;
        }
        CaseId caseId = interaction.caseId();
        if (caseId == null) {
            withoutCase++;
            return;
        }
        answered++;
        Boolean resolved = interaction.resolved();
        Integer state = resolved == null ? UNKNOWN : resolved ? RESOLVED : NOT_RESOLVED;
        byCase.merge(caseId, state, (a, b) -> SEVERAL);
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
            if (other == this) {
                cases.replaceAll((caseId, state) -> SEVERAL);
            } else {
                other.cases.forEach((caseId, state) -> cases.merge(caseId, state, (a, b) -> SEVERAL));
            }
        }
        accepted += other.accepted;
        abandoned += other.abandoned;
        withoutCase += other.withoutCase;
        unknownOutcome += other.unknownOutcome;
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
        if (timeline != null) {
            return timeline.counts();
        }
        if (cases == null) {
            return new FcrCounts(accepted, 0, 0, 0, unknownOutcome, answered, 0, 0, 0, 0, answered, yes);
        }
        long eligible = 0;
        long resolved = 0;
        long unknownCases = 0;
        for (Integer state : cases.values()) {
            if (state.equals(UNKNOWN)) {
                unknownCases++;
            } else {
                eligible++;
                if (state.equals(RESOLVED)) {
                    resolved++;
                }
            }
        }
        return new FcrCounts(accepted, abandoned, 0, withoutCase, unknownCases, answered, 0, 0, 0, 0, eligible,
                resolved);
    }

    /**
     * FCR = {@code resolved / eligible} of {@link #counts()}.
     *
     * @return the ratio with the eligible count as {@link KpiValue#count()}; empty if nothing is eligible
     */
    @Override
    public KpiValue result() {
        FcrCounts counts = counts();
        return KpiValue.ratio(ID, variant.label(), counts.resolved(), counts.eligible());
    }
}
