package dev.cxkit.kpi;

import java.util.Objects;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.internal.Moments;
import dev.cxkit.kpi.internal.Welch;

/**
 * Compares one {@link ContactMeasure} between two {@link ContactGroups}, id
 * {@code cx.kpi.compare.<measure>.<groups>} (hyphens written as underscores): the mean of each group, the difference (second −
 * first), its confidence interval and the sample sizes. Article 000 claims effort rises when
 * frustration is not acknowledged; {@code ContactGroups.EMOTION_ACKNOWLEDGED} with
 * {@code ContactMeasure.CES_EFFORT} puts a number and an interval on that claim for your data.
 *
 * <p>Formula: Welch's t interval, difference ± t(df, 1 − α/2) · √(s₁²/n₁ + s₂²/n₂) with the
 * Welch–Satterthwaite degrees of freedom; for a 0/1 measure this is the large-sample interval of a
 * difference of two shares. {@link #result()} gives the difference in the measure's unit.
 *
 * <p>Edge cases: a contact that does not carry the measure is counted in its group's
 * {@code notRecorded}, not as 0; a contact in neither group in {@link #outsideCount()}; one in both
 * in {@link #inBothCount()} (and in neither mean). Fewer than two contacts in a group, or no
 * variation in either, gives {@link Comparison.NotCompared} with the reason. The interval assumes
 * contacts are independent; several contacts of one customer are not, so read a narrow interval on
 * a few heavy customers with care.
 *
 * <p>Source: docs/kpis.md#comparisons. Thread-safety: not thread-safe; use one per thread and
 * {@link #combine} them (count exact; means equal up to floating-point rounding).
 */
public final class GroupComparison implements KpiAccumulator<Interaction, GroupComparison> {

    /** The id prefix; the full id appends the measure and the groups. */
    public static final String ID_PREFIX = "cx.kpi.compare";

    /** The default confidence level, 95 %. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final ContactMeasure measure;
    private final ContactGroups groups;
    private final double confidence;
    private final Moments first = new Moments();
    private final Moments second = new Moments();
    private long firstNotRecorded;
    private long secondNotRecorded;
    private long outside;
    private long inBoth;

    private GroupComparison(ContactMeasure measure, ContactGroups groups, double confidence) {
        this.measure = measure;
        this.groups = groups;
        this.confidence = confidence;
    }

    /**
     * Creates an empty comparison at 95 % confidence.
     *
     * @param measure what to compare
     * @param groups the two groups
     * @return the accumulator
     */
    public static GroupComparison create(ContactMeasure measure, ContactGroups groups) {
        return create(measure, groups, DEFAULT_CONFIDENCE);
    }

    /**
     * Creates an empty comparison.
     *
     * @param measure what to compare
     * @param groups the two groups
     * @param confidence the confidence level of the interval, in (0, 1), for example 0.95
     * @return the accumulator
     * @throws IllegalArgumentException if the confidence is outside (0, 1)
     */
    public static GroupComparison create(ContactMeasure measure, ContactGroups groups, double confidence) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(groups, "groups");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("The confidence (" + confidence + ") must lie in (0, 1).\n"
                    + "Maybe write 0.95 for 95 %?");
        }
        return new GroupComparison(measure, groups, confidence);
    }

    @Override
    public void accept(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        boolean a = groups.inFirst().test(interaction);
        boolean b = groups.inSecond().test(interaction);
        if (a && b) {
            inBoth++;
            return;
        }
        if (!a && !b) {
            outside++;
            return;
        }
        double value = measure.valueOf(interaction);
        if (Double.isNaN(value)) {
            if (a) {
                firstNotRecorded++;
            } else {
                secondNotRecorded++;
            }
        } else if (a) {
            first.add(value);
        } else {
            second.add(value);
        }
    }

    /**
     * Adds another comparison of the same measure and groups into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this
     * @throws IllegalArgumentException if the other compares another measure, groups or confidence
     */
    @Override
    public GroupComparison combine(GroupComparison other) {
        Objects.requireNonNull(other, "other");
        if (other.measure != measure || !other.groups.id().equals(groups.id()) || other.confidence != confidence) {
            throw new IllegalArgumentException("Cannot combine the comparison of " + other.measure.id() + " by "
                    + other.groups.id() + " into that of " + measure.id() + " by " + groups.id() + ".");
        }
        first.add(other.first);
        second.add(other.second);
        firstNotRecorded += other.firstNotRecorded;
        secondNotRecorded += other.secondNotRecorded;
        outside += other.outside;
        inBoth += other.inBoth;
        return this;
    }

    /**
     * The comparison.
     *
     * @return the difference with its interval, or why there is none
     */
    public Comparison comparison() {
        return Welch.compare(measure.id(), measure.unit(), groups.first(), first, firstNotRecorded, groups.second(),
                second, secondNotRecorded, confidence);
    }

    /**
     * The difference (second − first) as a KPI value; empty when no comparison could be made. The
     * count is the number of contacts in both groups that carried the measure.
     *
     * @return the value
     */
    @Override
    public KpiValue result() {
        String id = (ID_PREFIX + "." + measure.id() + "." + groups.id()).replace('-', '_');
        long count = first.count() + second.count();
        if (comparison() instanceof Comparison.Compared c) {
            return KpiValue.of(id, "welch", c.difference(), count, measure.unit());
        }
        return KpiValue.empty(id, "welch", count, measure.unit());
    }

    /**
     * Contacts in neither group.
     *
     * @return the count
     */
    public long outsideCount() {
        return outside;
    }

    /**
     * Contacts both groups' predicates accepted; they are in neither mean.
     *
     * @return the count
     */
    public long inBothCount() {
        return inBoth;
    }

    /**
     * The measure compared.
     *
     * @return the measure
     */
    public ContactMeasure measure() {
        return measure;
    }

    /**
     * The groups compared.
     *
     * @return the groups
     */
    public ContactGroups groups() {
        return groups;
    }
}
