package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.DurationSum;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Hold KPIs from one pass: the mean hold per handled contact, the share of hold segments over a
 * limit, and the share of hold segments the customer was not told the reason for. One accumulator
 * with three results, because all three read the same holds and a scorecard wants them together.
 *
 * <ul>
 *   <li>{@link #result()}, id {@code cx.kpi.hold.mean}: Σ hold / handled contacts, in seconds
 *       ({@link KpiUnit#SECONDS}); contacts without hold count with zero. Uses
 *       {@link Interaction#hold()}, so flat exports with only a total are included.</li>
 *   <li>{@link #overLimitResult()}, id {@code cx.kpi.hold.over_limit}, variant the limit (for
 *       example {@code PT5M}): hold segments longer than the limit / hold segments
 *       ({@link KpiUnit#RATIO}). Default limit 5 minutes, after which 28 % of callers hang up
 *       (article 002).</li>
 *   <li>{@link #unexplainedResult()}, id {@code cx.kpi.hold.unexplained}: segments with
 *       {@link HoldSegment#explained()} false / hold segments whose flag is recorded
 *       ({@link KpiUnit#RATIO}); a segment without the flag is not recorded, left out of both.</li>
 * </ul>
 *
 * <p>Edge cases: abandoned contacts are excluded and counted in {@link #abandonedCount()}. Handled
 * contacts whose hold is not recorded (a source without hold data) are left out of every value and
 * counted in {@link #notRecordedCount()}, never taken as zero hold. Contacts
 * with hold time but no segments (flat exports) count in the mean but cannot be judged per segment:
 * they are counted in {@link #holdWithoutSegmentsCount()}. No handled contact, or no segment, gives
 * an empty value.
 *
 * <p>Source: docs/kpis.md (hold) and §3 (28 % hang up after 5 min on hold, article 002); article
 * 002 on unexplained holds.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class HoldTime implements KpiAccumulator<Interaction, HoldTime> {

    /** The id of the mean hold per handled contact. */
    public static final String ID = "cx.kpi.hold.mean";
    /** The id of the share of segments over the limit. */
    public static final String OVER_LIMIT_ID = "cx.kpi.hold.over_limit";
    /** The id of the share of unexplained segments. */
    public static final String UNEXPLAINED_ID = "cx.kpi.hold.unexplained";
    /** Default limit for a single hold segment. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);

    private final Duration limit;
    private final DurationSum hold = new DurationSum();
    private long segments;
    private long overLimit;
    private long unexplained;
    private long explanationRecorded;
    private long holdWithoutSegments;
    private long abandoned;
    private long notRecorded;

    private HoldTime(Duration limit) {
        this.limit = limit;
    }

    /**
     * Creates an empty accumulator with the default limit of 5 minutes.
     *
     * @return the accumulator
     */
    public static HoldTime create() {
        return create(DEFAULT_LIMIT);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param limit a segment longer than this is over the limit
     * @return the accumulator
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public static HoldTime create(Duration limit) {
        return new HoldTime(Checks.nonNegative(limit, "limit", "hold time"));
    }

    /**
     * Adds the holds of a handled contact, or counts an abandoned one.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        if (interaction.isAbandoned()) {
            abandoned++;
            return;
        }
        Duration total = interaction.hold();
        if (total == null) {
            notRecorded++;
            return;
        }
        hold.add(total, "hold");
        if (interaction.holds().isEmpty() && !total.isZero()) {
            holdWithoutSegments++;
        }
        for (HoldSegment segment : interaction.holds()) {
            segments++;
            if (segment.duration().compareTo(limit) > 0) {
                overLimit++;
            }
            Boolean explained = segment.explained();
            if (explained != null) {
                explanationRecorded++;
                if (!explained) {
                    unexplained++;
                }
            }
        }
    }

    @Override
    public HoldTime combine(HoldTime other) {
        VariantCheck.requireSame("cx.kpi.hold", limit, other.limit);
        hold.addAll(other.hold);
        segments += other.segments;
        overLimit += other.overLimit;
        unexplained += other.unexplained;
        explanationRecorded += other.explanationRecorded;
        holdWithoutSegments += other.holdWithoutSegments;
        abandoned += other.abandoned;
        notRecorded += other.notRecorded;
        return this;
    }

    /**
     * The mean hold per handled contact.
     *
     * @return seconds, empty if no contact was handled
     */
    @Override
    public KpiValue result() {
        return hold.count() == 0 ? KpiValue.empty(ID, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, "", hold.meanSeconds(), hold.count(), KpiUnit.SECONDS);
    }

    /**
     * The share of hold segments longer than the limit.
     *
     * @return a ratio over segments, empty if there was none
     */
    public KpiValue overLimitResult() {
        return KpiValue.ratio(OVER_LIMIT_ID, limit.toString(), overLimit, segments);
    }

    /**
     * The share of hold segments whose reason the customer was not told.
     *
     * @return a ratio over segments whose explanation is recorded, empty if there was none
     */
    public KpiValue unexplainedResult() {
        return KpiValue.ratio(UNEXPLAINED_ID, "", unexplained, explanationRecorded);
    }

    /**
     * Handled contacts with hold time but no segments, left out of the two segment shares.
     *
     * @return their number
     */
    public long holdWithoutSegmentsCount() {
        return holdWithoutSegments;
    }

    /**
     * Abandoned contacts, excluded from all three values.
     *
     * @return their number
     */
    public long abandonedCount() {
        return abandoned;
    }

    /**
     * Handled contacts whose hold is not recorded, excluded from every value.
     *
     * @return their number
     */
    public long notRecordedCount() {
        return notRecorded;
    }
}
