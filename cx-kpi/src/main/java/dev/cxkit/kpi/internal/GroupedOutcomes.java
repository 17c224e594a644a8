package dev.cxkit.kpi.internal;

import java.time.Instant;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.FcrCounts;
import dev.cxkit.kpi.FcrVariant;
import org.jspecify.annotations.Nullable;

/**
 * First-contact and repeat outcomes of every group of a grouping, found across all groups: the
 * store behind grouped FCR and repeat-contact rates ({@code KpiSet}, {@code StandardKpis}). A repeat
 * that arrives on another channel or team still makes the first contact unresolved; the group only
 * decides where each outcome is counted. Not thread-safe.
 */
public final class GroupedOutcomes {

    private final @Nullable ContactTimeline timeline;
    private final @Nullable CaseOutcomes cases;

    private GroupedOutcomes(@Nullable ContactTimeline timeline, @Nullable CaseOutcomes cases) {
        this.timeline = timeline;
        this.cases = cases;
    }

    /**
     * A store for a variant whose outcomes depend on other contacts, or {@code null} for one that
     * judges each contact alone (the survey variant).
     *
     * @param variant the FCR variant
     * @return an empty store, or {@code null}
     */
    public static @Nullable GroupedOutcomes forVariant(FcrVariant variant) {
        if (variant instanceof FcrVariant.RepeatWindow window) {
            return new GroupedOutcomes(new ContactTimeline(window, true), null);
        }
        if (variant instanceof FcrVariant.Ticket) {
            return new GroupedOutcomes(null, new CaseOutcomes());
        }
        return null;
    }

    /**
     * Adds one contact of a group.
     *
     * @param interaction the contact
     * @param group the index of its group
     */
    public void accept(Interaction interaction, int group) {
        if (timeline != null) {
            timeline.accept(interaction, group);
        } else if (cases != null) {
            cases.accept(interaction, group);
        }
    }

    /**
     * Adds everything another store holds, mapping its group indexes.
     *
     * @param other a store for the same variant; left unchanged
     * @param remap this store's index of each of the other's groups
     */
    public void combine(GroupedOutcomes other, int[] remap) {
        if (timeline != null && other.timeline != null) {
            timeline.combine(other.timeline, remap);
        } else if (cases != null && other.cases != null) {
            cases.combine(other.cases, remap);
        } else {
            throw new IllegalArgumentException("Cannot combine grouped outcomes of different variants.");
        }
    }

    /**
     * The counts of each group.
     *
     * @param groupCount the number of groups
     * @param rank each group's rank, for ties at the same millisecond
     * @param observedUntil an observation end to apply now (repeat variants), or {@code null}
     * @return the counts, indexed by group
     */
    public FcrCounts[] countsByGroup(int groupCount, int[] rank, @Nullable Instant observedUntil) {
        if (timeline != null) {
            return timeline.countsByGroup(groupCount, rank, observedUntil);
        }
        return java.util.Objects.requireNonNull(cases).countsByGroup(groupCount, rank);
    }
}
