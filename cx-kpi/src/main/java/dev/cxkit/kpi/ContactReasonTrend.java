package dev.cxkit.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactWeek;

/**
 * Weekly contact counts per reason with a spike flag, id {@code cx.kpi.contact_reason.weekly}:
 * which reasons are rising week on week, so that the cause can be fixed before it grows
 * (docs/audit-catalog.md, CONTACT_REASON_SPIKE).
 *
 * <p>Definitions:
 * <ul>
 *   <li>a contact's week is the ISO week (Monday 00:00 to Monday 00:00 in the configured zone) of
 *       {@link Interaction#queuedAt()}, labelled {@code 2026-W10}; every contact counts, abandoned
 *       ones too (they are demand); contacts without a reason are counted in
 *       {@link #unclassified()} only, but do widen the observed range;</li>
 *   <li>the <em>observed range</em> runs from the first to the last week with any contact; within it
 *       a week without contacts of a reason counts as 0 for that reason;</li>
 *   <li>a reason-week is <em>tested</em> when its {@code n} trailing weeks ({@code n} =
 *       {@link ContactReasonTrendConfig#trailingWeeks()}, default 4) all lie in the observed range;
 *       {@code trailingMean} is their mean and {@code trailingSigma} their <em>population</em>
 *       standard deviation ({@code sqrt(Σ(x − mean)² / n)});</li>
 *   <li>a tested reason-week is a <em>spike</em> when {@code count > trailingMean + k × trailingSigma}
 *       and {@code count ≥ minimumCount} (defaults k = 3, minimum 10).</li>
 * </ul>
 *
 * <p>{@link #result()} gives the number of spikes (unit {@link KpiUnit#COUNT}) with the number of
 * tested reason-weeks as its count, empty when no reason-week could be tested (fewer than
 * {@code n + 1} observed weeks). {@link #weeks()} and {@link #spikes()} give the details. The
 * variant string names the settings, e.g. {@code UTC/4w/k3/min10}.
 *
 * <p>Counts add, so {@link #combine} is exact in any split and order. Memory: about 100 bytes per
 * distinct (reason, week). Not thread-safe: use one per thread and combine them.
 */
public final class ContactReasonTrend implements KpiAccumulator<Interaction, ContactReasonTrend> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.contact_reason.weekly";

    /**
     * One reason in one week: its count, the trailing baseline and whether it is a spike.
     *
     * @param reason the contact reason
     * @param week the ISO week label, for example {@code 2026-W10}
     * @param weekStart the Monday the week starts on (in the configured zone)
     * @param count contacts of this reason queued in this week
     * @param trailingMean mean count of the trailing weeks; empty if the week was not tested
     * @param trailingSigma population standard deviation of the trailing weeks; empty if not tested
     * @param spike whether the count is a spike (always {@code false} when not tested)
     */
    public record ReasonWeek(ContactReason reason, String week, LocalDate weekStart, long count,
            OptionalDouble trailingMean, OptionalDouble trailingSigma, boolean spike) {

        /** Validates the fields. */
        public ReasonWeek {
            Checks.notNull(reason, "reason");
            Checks.notNull(week, "week");
            Checks.notNull(weekStart, "weekStart");
            Checks.notNull(trailingMean, "trailingMean");
            Checks.notNull(trailingSigma, "trailingSigma");
            if (count < 0) {
                throw new IllegalArgumentException("The count (" + count + ") of reason " + reason + " in week "
                        + week + " is negative.");
            }
            if (trailingMean.isPresent() != trailingSigma.isPresent()) {
                throw new IllegalArgumentException("The trailingMean (" + trailingMean + ") and trailingSigma ("
                        + trailingSigma + ") of reason " + reason + " in week " + week + " must both be present or both empty.");
            }
            if (spike && trailingMean.isEmpty()) {
                throw new IllegalArgumentException("Reason " + reason + " in week " + week
                        + " is marked a spike but was not tested (no trailing mean).");
            }
        }

        /**
         * Whether the week had enough trailing weeks to be tested.
         *
         * @return {@code true} if {@link #trailingMean()} is present
         */
        public boolean isTested() {
            return trailingMean.isPresent();
        }
    }

    private final ContactReasonTrendConfig config;
    private final ContactWeek weekOf;
    private final HashMap<ContactReason, HashMap<Long, long[]>> counts = new HashMap<>();
    private long accepted;
    private long unclassified;
    private long firstMonday = Long.MAX_VALUE;
    private long lastMonday = Long.MIN_VALUE;

    private ContactReasonTrend(ContactReasonTrendConfig config) {
        this.config = Checks.notNull(config, "config");
        this.weekOf = new ContactWeek(config.zone());
    }

    /**
     * An empty accumulator with the defaults (UTC, 4 trailing weeks, 3 σ, at least 10).
     *
     * @return the accumulator
     */
    public static ContactReasonTrend create() {
        return new ContactReasonTrend(ContactReasonTrendConfig.ofDefaults());
    }

    /**
     * An empty accumulator.
     *
     * @param config the zone and spike rule
     * @return the accumulator
     */
    public static ContactReasonTrend create(ContactReasonTrendConfig config) {
        return new ContactReasonTrend(config);
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public ContactReasonTrendConfig config() {
        return config;
    }

    /**
     * Adds one interaction to its reason's weekly count.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        accepted++;
        Long monday = weekOf.mondayOf(interaction.queuedAt());
        firstMonday = Math.min(firstMonday, monday);
        lastMonday = Math.max(lastMonday, monday);
        ContactReason reason = interaction.reason();
        if (reason == null) {
            unclassified++;
            return;
        }
        HashMap<Long, long[]> byWeek = counts.computeIfAbsent(reason, r -> new HashMap<>());
        long[] count = byWeek.get(monday);
        if (count == null) {
            byWeek.put(monday, new long[] {1});
        } else {
            count[0]++;
        }
    }

    /**
     * Adds the other accumulator's counts to this one.
     *
     * @param other an accumulator with equal settings; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if the settings differ
     */
    @Override
    public ContactReasonTrend combine(ContactReasonTrend other) {
        Checks.notNull(other, "other");
        if (!config.equals(other.config)) {
            throw new IllegalArgumentException("Cannot combine contact-reason trends with settings " + variant()
                    + " and " + other.variant() + ".\nMaybe the shards were created with different zones?");
        }
        // Snapshot the other's counts first so that combining with itself doubles them.
        List<Map.Entry<ContactReason, HashMap<Long, long[]>>> entries = new ArrayList<>(other.counts.entrySet());
        for (Map.Entry<ContactReason, HashMap<Long, long[]>> entry : entries) {
            HashMap<Long, long[]> target = counts.computeIfAbsent(entry.getKey(), r -> new HashMap<>());
            List<Map.Entry<Long, long[]>> weeks = new ArrayList<>(entry.getValue().entrySet());
            for (Map.Entry<Long, long[]> week : weeks) {
                long add = week.getValue()[0];
                long[] count = target.get(week.getKey());
                if (count == null) {
                    target.put(week.getKey(), new long[] {add});
                } else {
                    count[0] += add;
                }
            }
        }
        accepted += other.accepted;
        unclassified += other.unclassified;
        firstMonday = Math.min(firstMonday, other.firstMonday);
        lastMonday = Math.max(lastMonday, other.lastMonday);
        return this;
    }

    /**
     * Contacts accepted without a reason.
     *
     * @return the count of unclassified contacts
     */
    public long unclassified() {
        return unclassified;
    }

    /**
     * Every reason in every week of the observed range, zero weeks included.
     *
     * @return reason-weeks sorted by reason key, then week; empty for empty input
     */
    public List<ReasonWeek> weeks() {
        if (accepted == 0) {
            return List.of();
        }
        int weekCount = (int) ((lastMonday - firstMonday) / 7 + 1);
        int n = config.trailingWeeks();
        List<ContactReason> reasons = new ArrayList<>(counts.keySet());
        reasons.sort(Comparator.comparing(ContactReason::key));
        List<ReasonWeek> result = new ArrayList<>(reasons.size() * weekCount);
        long[] series = new long[weekCount];
        for (ContactReason reason : reasons) {
            HashMap<Long, long[]> byWeek = counts.get(reason);
            for (int w = 0; w < weekCount; w++) {
                long[] count = byWeek.get(firstMonday + 7L * w);
                series[w] = count == null ? 0 : count[0];
            }
            for (int w = 0; w < weekCount; w++) {
                long monday = firstMonday + 7L * w;
                OptionalDouble mean = OptionalDouble.empty();
                OptionalDouble sigma = OptionalDouble.empty();
                boolean spike = false;
                if (w >= n) {
                    double sum = 0;
                    for (int t = w - n; t < w; t++) {
                        sum += series[t];
                    }
                    double m = sum / n;
                    double squares = 0;
                    for (int t = w - n; t < w; t++) {
                        squares += (series[t] - m) * (series[t] - m);
                    }
                    double s = Math.sqrt(squares / n);
                    mean = OptionalDouble.of(m);
                    sigma = OptionalDouble.of(s);
                    spike = series[w] > m + config.sigmas() * s && series[w] >= config.minimumCount();
                }
                result.add(new ReasonWeek(reason, ContactWeek.label(monday), LocalDate.ofEpochDay(monday), series[w],
                        mean, sigma, spike));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The spikes only.
     *
     * @return the reason-weeks whose {@link ReasonWeek#spike()} is set, in {@link #weeks()} order
     */
    public List<ReasonWeek> spikes() {
        return weeks().stream().filter(ReasonWeek::spike).toList();
    }

    /**
     * The number of spikes.
     *
     * @return spikes as a {@link KpiUnit#COUNT} with the number of tested reason-weeks as count; empty
     *         when no reason-week could be tested
     */
    @Override
    public KpiValue result() {
        List<ReasonWeek> weeks = weeks();
        long tested = weeks.stream().filter(ReasonWeek::isTested).count();
        if (tested == 0) {
            return KpiValue.empty(ID, variant(), 0, KpiUnit.COUNT);
        }
        long spikes = weeks.stream().filter(ReasonWeek::spike).count();
        return KpiValue.of(ID, variant(), spikes, tested, KpiUnit.COUNT);
    }

    private String variant() {
        String zone = config.zone().equals(ZoneOffset.UTC) ? "UTC" : config.zone().getId();
        return zone + "/" + config.trailingWeeks() + "w/k"
                + BigDecimal.valueOf(config.sigmas()).stripTrailingZeros().toPlainString()
                + "/min" + config.minimumCount();
    }
}
