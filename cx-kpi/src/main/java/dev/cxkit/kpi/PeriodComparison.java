package dev.cxkit.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.internal.Moments;
import dev.cxkit.kpi.internal.Welch;
import org.jspecify.annotations.Nullable;

/**
 * Period over period for one {@link ContactMeasure}: each week against the four weeks before it,
 * or each month against the same month a year earlier, flagging the changes beyond noise (article
 * 001 asks teams to track their data to compare periods; a number that moved within its noise is
 * not news).
 *
 * <p>Formula: contacts are put in the period of their arrival ({@code queuedAt}) in the given zone
 * (weeks start on Monday). A period is compared with its reference — the pooled contacts of the
 * four weeks before it, or of the same month one year before — by Welch's t interval of the
 * difference of means (see {@link GroupComparison}); {@link Comparison.Compared#beyondNoise()} says
 * whether the interval excludes 0. A week whose four reference weeks are not all in the data is
 * compared with those that are (their number is in the reference group's name); a period without
 * any reference period has no comparison.
 *
 * <p>Edge cases: contacts that do not carry the measure are counted per period as not recorded. A
 * period at the edge of the data may be partial; the counts show it.
 *
 * <p>Source: docs/kpis.md#period-over-period. Thread-safety: not thread-safe; use one per thread
 * and {@link #combine} them.
 */
public final class PeriodComparison implements KpiAccumulator<Interaction, PeriodComparison> {

    /** The id prefix; the full id appends the measure. */
    public static final String ID_PREFIX = "cx.kpi.period";

    /** How periods are cut and what each is compared with. */
    public enum Period {
        /** Monday-to-Sunday weeks, each against the four weeks before it. */
        WEEK,
        /** Calendar months, each against the same month one year before. */
        MONTH
    }

    /**
     * One period's comparison with its reference.
     *
     * @param start the first day of the period
     * @param comparison the comparison; the first group is the reference, the second the period
     */
    public record Change(LocalDate start, Comparison comparison) {

        /** Checks the parts. */
        public Change {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    private static final int REFERENCE_WEEKS = 4;

    private final ContactMeasure measure;
    private final Period period;
    private final ZoneId zone;
    private final Map<LocalDate, Moments> values = new TreeMap<>();
    private final Map<LocalDate, long[]> notRecorded = new TreeMap<>();

    private PeriodComparison(ContactMeasure measure, Period period, ZoneId zone) {
        this.measure = measure;
        this.period = period;
        this.zone = zone;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param measure what to compare
     * @param period weeks or months
     * @param zone the zone whose calendar cuts the periods
     * @return the accumulator
     */
    public static PeriodComparison create(ContactMeasure measure, Period period, ZoneId zone) {
        return new PeriodComparison(Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public void accept(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        LocalDate start = periodStart(interaction.queuedAt().atZone(zone).toLocalDate());
        double value = measure.valueOf(interaction);
        if (Double.isNaN(value)) {
            notRecorded.computeIfAbsent(start, d -> new long[1])[0]++;
        } else {
            values.computeIfAbsent(start, d -> new Moments()).add(value);
        }
    }

    /**
     * Adds another accumulator of the same measure, period and zone into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this
     * @throws IllegalArgumentException if the other differs in measure, period or zone
     */
    @Override
    public PeriodComparison combine(PeriodComparison other) {
        Objects.requireNonNull(other, "other");
        if (other.measure != measure || other.period != period || !other.zone.equals(zone)) {
            throw new IllegalArgumentException("Cannot combine the " + other.period + " comparison of "
                    + other.measure.id() + " in " + other.zone + " into the " + period + " comparison of "
                    + measure.id() + " in " + zone + ".");
        }
        other.values.forEach((day, m) -> values.computeIfAbsent(day, d -> new Moments()).add(m));
        other.notRecorded.forEach((day, n) -> notRecorded.computeIfAbsent(day, d -> new long[1])[0] += n[0]);
        return this;
    }

    /**
     * Every period that has a reference in the data, oldest first.
     *
     * @return the changes
     */
    public List<Change> changes() {
        List<Change> changes = new ArrayList<>();
        for (LocalDate start : periods()) {
            Change change = change(start);
            if (change != null) {
                changes.add(change);
            }
        }
        return changes;
    }

    /**
     * The latest period's change, the one a weekly or monthly review looks at.
     *
     * @return the change, or {@code null} if the latest period has no reference in the data
     */
    public @Nullable Change latest() {
        List<LocalDate> periods = periods();
        return periods.isEmpty() ? null : change(periods.get(periods.size() - 1));
    }

    /**
     * The latest period's difference against its reference as a KPI value; empty when there is no
     * comparison.
     *
     * @return the value
     */
    @Override
    public KpiValue result() {
        String id = (ID_PREFIX + "." + measure.id()).replace('-', '_');
        String variant = period == Period.WEEK ? "week-vs-4-before" : "month-vs-year-before";
        Change latest = latest();
        if (latest != null && latest.comparison() instanceof Comparison.Compared c) {
            return KpiValue.of(id, variant, c.difference(), c.first().count() + c.second().count(), measure.unit());
        }
        return KpiValue.empty(id, variant, 0, measure.unit());
    }

    private List<LocalDate> periods() {
        TreeMap<LocalDate, Boolean> all = new TreeMap<>();
        values.keySet().forEach(d -> all.put(d, true));
        notRecorded.keySet().forEach(d -> all.put(d, true));
        return new ArrayList<>(all.keySet());
    }

    private @Nullable Change change(LocalDate start) {
        Moments reference = new Moments();
        long referenceNotRecorded = 0;
        int found = 0;
        List<LocalDate> references = new ArrayList<>();
        if (period == Period.WEEK) {
            for (int w = 1; w <= REFERENCE_WEEKS; w++) {
                references.add(start.minusWeeks(w));
            }
        } else {
            references.add(start.minusYears(1));
        }
        for (LocalDate day : references) {
            Moments m = values.get(day);
            long[] n = notRecorded.get(day);
            if (m == null && n == null) {
                continue;
            }
            found++;
            if (m != null) {
                reference.add(m);
            }
            referenceNotRecorded += n == null ? 0 : n[0];
        }
        if (found == 0) {
            return null;
        }
        String referenceName = period == Period.WEEK
                ? (found == REFERENCE_WEEKS ? "the 4 weeks before" : found + " of the 4 weeks before")
                : YearMonth.from(start.minusYears(1)).toString();
        String name = period == Period.WEEK ? "week of " + start : YearMonth.from(start).toString();
        Moments current = values.getOrDefault(start, new Moments());
        long[] currentNotRecorded = notRecorded.get(start);
        return new Change(start, Welch.compare(measure.id(), measure.unit(), referenceName, reference,
                referenceNotRecorded, name, current, currentNotRecorded == null ? 0 : currentNotRecorded[0],
                GroupComparison.DEFAULT_CONFIDENCE));
    }

    private LocalDate periodStart(LocalDate day) {
        return period == Period.WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /**
     * The measure compared.
     *
     * @return the measure
     */
    public ContactMeasure measure() {
        return measure;
    }
}
