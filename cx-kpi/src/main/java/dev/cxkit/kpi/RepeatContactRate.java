package dev.cxkit.kpi;

import java.time.Instant;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactTimeline;
import dev.cxkit.kpi.internal.GroupedOutcomes;
import org.jspecify.annotations.Nullable;

/**
 * Repeat-contact rate, id {@code cx.kpi.repeat_contact}: contacts that repeat an earlier contact of
 * the same key within the window, divided by all contacts, a ratio in [0, 1]. Source: docs/kpis.md
 * (the complement view of first-contact resolution).
 *
 * <p>Key, window, tie-break, abandoned contacts and contacts without a reason under PER_ISSUE are
 * handled exactly as in {@link FirstContactResolution} (same variant string, e.g.
 * {@code per-issue/P7D}). Censoring does not apply: whether a contact is a repeat depends only on
 * earlier contacts. With an observation end, contacts queued after it are ignored and counted.
 * Note the data's first window: a contact may repeat one from before the data starts; feed one
 * window of earlier data to count those.
 *
 * <p>Per group (channel, team, …): a contact is a repeat whatever channel or team the earlier
 * contact had; {@link KpiSet} and {@link StandardKpis} detect repeats across all contacts and count
 * each repeat in its own group. One accumulator per group's contacts would miss repeats that cross
 * groups.
 *
 * <p>Formula: {@code repeats / contacts} (answered, observed contacts); empty with count 0 when there
 * is no contact. Order- and shard-independent; memory as {@link FirstContactResolution} (8 bytes per
 * contact plus about 50 bytes per key). Not thread-safe: use one per thread and {@link #combine}.
 */
public final class RepeatContactRate implements KpiAccumulator<Interaction, RepeatContactRate> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.repeat_contact";

    private final FcrVariant.RepeatWindow variant;
    private final ContactTimeline timeline;

    private RepeatContactRate(FcrVariant.RepeatWindow variant) {
        this.variant = Checks.notNull(variant, "variant");
        this.timeline = new ContactTimeline(variant);
    }

    /**
     * An empty accumulator with the default variant, {@code per-issue/P7D}.
     *
     * @return the accumulator
     */
    public static RepeatContactRate create() {
        return new RepeatContactRate(FcrVariant.ofDefaults());
    }

    /**
     * An empty accumulator.
     *
     * @param variant the window, scope and optional observation end
     * @return the accumulator
     */
    public static RepeatContactRate create(FcrVariant.RepeatWindow variant) {
        return new RepeatContactRate(variant);
    }

    /**
     * The variant this accumulator measures.
     *
     * @return the variant
     */
    public FcrVariant.RepeatWindow variant() {
        return variant;
    }

    /**
     * Adds one interaction.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        timeline.accept(Checks.notNull(interaction, "interaction"));
    }

    /**
     * Merges another accumulator of the same variant into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has a different variant
     */
    @Override
    public RepeatContactRate combine(RepeatContactRate other) {
        Checks.notNull(other, "other");
        if (!variant.equals(other.variant)) {
            throw new IllegalArgumentException("Cannot combine repeat-contact rate variant " + variant.label()
                    + " with " + other.variant.label() + ".\nMaybe the shards were created with different settings?");
        }
        timeline.combine(other.timeline);
        return this;
    }

    /**
     * The counts behind the value.
     *
     * @return the counts; the rate is {@code repeats / contacts}
     */
    public FcrCounts counts() {
        return timeline.counts(null);
    }

    /**
     * The repeat-contact rate.
     *
     * @return {@code repeats / contacts} with the contact count as {@link KpiValue#count()}; empty
     *         when there is no contact
     */
    @Override
    public KpiValue result() {
        return valueOf(counts(), null);
    }

    /**
     * The repeat-contact rate as if the data ended at {@code observedUntil}: contacts queued after it
     * are left out. The value's variant names the instant.
     *
     * @param observedUntil the end of the observed data
     * @return {@code repeats / contacts}; empty when there is no contact
     */
    public KpiValue result(Instant observedUntil) {
        Checks.notNull(observedUntil, "observedUntil");
        return valueOf(timeline.counts(observedUntil), observedUntil);
    }

    /** The value of some counts of this variant, for {@link KpiSet}'s groups too. */
    KpiValue valueOf(FcrCounts counts, @Nullable Instant observedUntil) {
        return KpiValue.ratio(ID, FirstContactResolution.label(variant, observedUntil), counts.repeats(),
                counts.contacts());
    }

    /** A store that finds repeats across the groups of a grouping. */
    GroupedOutcomes newGroupedOutcomes() {
        return java.util.Objects.requireNonNull(GroupedOutcomes.forVariant(variant));
    }
}
