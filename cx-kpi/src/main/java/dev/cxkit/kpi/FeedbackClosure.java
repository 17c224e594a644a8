package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.DurationSum;
import dev.cxkit.kpi.internal.VariantCheck;
import org.jspecify.annotations.Nullable;

/**
 * Feedback-loop closure, evaluated at an instant {@code asOf}, with two results from one pass:
 *
 * <ul>
 *   <li>{@link #result()}, id {@code cx.kpi.feedback.closure_time}: Σ (loopClosedAt − receivedAt) /
 *       loops closed by {@code asOf}, in seconds ({@link KpiUnit#SECONDS}), over all priorities.</li>
 *   <li>{@link #closedWithinResult()}, id {@code cx.kpi.feedback.closed_within}, variant the limit
 *       (default {@code P14D}): high-priority feedback ({@link dev.cxkit.core.Priority#isHighOrAbove()})
 *       closed within the limit / high-priority feedback whose outcome is known at {@code asOf}
 *       ({@link KpiUnit#RATIO}). The outcome is known when the loop was closed by {@code asOf}, or when
 *       the limit has passed by {@code asOf}; an open loop past the limit counts as missed.</li>
 * </ul>
 *
 * <p>Edge cases: a loop closed after {@code asOf} is treated as open at {@code asOf}. Excluded and
 * counted: interactions without feedback ({@link #withoutFeedbackCount()}), feedback received after
 * {@code asOf} ({@link #receivedAfterAsOfCount()}), loops still open at {@code asOf} (from the mean;
 * {@link #openCount()}), and high-priority loops open but younger than the limit (from the share;
 * {@link #pendingCount()}). No closed loop, or no judged high-priority feedback, gives an empty value.
 *
 * <p>Source: docs/kpis.md (feedback closure) and §3 (high-priority loop closed within 2 weeks,
 * article 004).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class FeedbackClosure implements KpiAccumulator<Interaction, FeedbackClosure> {

    /** The id of the mean closure time. */
    public static final String ID = "cx.kpi.feedback.closure_time";
    /** The id of the share of high-priority feedback closed within the limit. */
    public static final String CLOSED_WITHIN_ID = "cx.kpi.feedback.closed_within";
    /** Default limit for closing a high-priority loop. */
    public static final Duration DEFAULT_WITHIN = Duration.ofDays(14);

    private final Instant asOf;
    private final Duration within;
    private final DurationSum closureTimes = new DurationSum();
    private long open;
    private long highMet;
    private long highJudged;
    private long pending;
    private long receivedAfterAsOf;
    private long withoutFeedback;

    private FeedbackClosure(Instant asOf, Duration within) {
        this.asOf = asOf;
        this.within = within;
    }

    /**
     * Creates an empty accumulator with the default limit of 14 days.
     *
     * @param asOf the evaluation instant
     * @return the accumulator
     */
    public static FeedbackClosure create(Instant asOf) {
        return create(asOf, DEFAULT_WITHIN);
    }

    /**
     * Creates an empty accumulator.
     *
     * @param asOf the evaluation instant
     * @param within the limit for closing a high-priority loop, not negative
     * @return the accumulator
     * @throws IllegalArgumentException if {@code within} is negative
     */
    public static FeedbackClosure create(Instant asOf, Duration within) {
        return new FeedbackClosure(Checks.notNull(asOf, "asOf"),
                Checks.nonNegative(within, "within", "feedback closure"));
    }

    /**
     * Adds the feedback of an interaction, or counts the interaction as without feedback.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Feedback feedback = interaction.feedback();
        if (feedback == null) {
            withoutFeedback++;
        } else {
            acceptFeedback(feedback);
        }
    }

    /**
     * Adds one piece of feedback.
     *
     * @param feedback the feedback
     */
    public void acceptFeedback(Feedback feedback) {
        Checks.notNull(feedback, "feedback");
        if (feedback.receivedAt().isAfter(asOf)) {
            receivedAfterAsOf++;
            return;
        }
        @Nullable Instant closedAt = feedback.loopClosedAt();
        if (closedAt != null && closedAt.isAfter(asOf)) {
            closedAt = null;
        }
        if (closedAt == null) {
            open++;
        } else {
            closureTimes.add(Duration.between(feedback.receivedAt(), closedAt), "feedback closure time");
        }
        if (feedback.priority().isHighOrAbove()) {
            if (closedAt != null && Duration.between(feedback.receivedAt(), closedAt).compareTo(within) <= 0) {
                highJudged++;
                highMet++;
            } else if (Duration.between(feedback.receivedAt(), asOf).compareTo(within) > 0) {
                highJudged++;
            } else {
                pending++;
            }
        }
    }

    @Override
    public FeedbackClosure combine(FeedbackClosure other) {
        VariantCheck.requireSame("cx.kpi.feedback", asOf + "/" + within, other.asOf + "/" + other.within);
        closureTimes.addAll(other.closureTimes);
        open += other.open;
        highMet += other.highMet;
        highJudged += other.highJudged;
        pending += other.pending;
        receivedAfterAsOf += other.receivedAfterAsOf;
        withoutFeedback += other.withoutFeedback;
        return this;
    }

    /**
     * The mean time to close a feedback loop.
     *
     * @return seconds over loops closed by {@code asOf}, empty if none
     */
    @Override
    public KpiValue result() {
        return closureTimes.count() == 0 ? KpiValue.empty(ID, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(ID, "", closureTimes.meanSeconds(), closureTimes.count(), KpiUnit.SECONDS);
    }

    /**
     * The share of high-priority feedback closed within the limit.
     *
     * @return a ratio over judged high-priority feedback, empty if none
     */
    public KpiValue closedWithinResult() {
        return KpiValue.ratio(CLOSED_WITHIN_ID, variantName(within), highMet, highJudged);
    }

    /**
     * Loops still open at {@code asOf}, excluded from the mean.
     *
     * @return their number
     */
    public long openCount() {
        return open;
    }

    /**
     * High-priority loops open at {@code asOf} but younger than the limit, excluded from the share.
     *
     * @return their number
     */
    public long pendingCount() {
        return pending;
    }

    /**
     * Feedback received after {@code asOf}, excluded from both values.
     *
     * @return their number
     */
    public long receivedAfterAsOfCount() {
        return receivedAfterAsOf;
    }

    /**
     * Interactions without feedback.
     *
     * @return their number
     */
    public long withoutFeedbackCount() {
        return withoutFeedback;
    }

    private static String variantName(Duration within) {
        long seconds = within.getSeconds();
        return within.getNano() == 0 && seconds % 86_400 == 0 ? "P" + seconds / 86_400 + "D" : within.toString();
    }
}
