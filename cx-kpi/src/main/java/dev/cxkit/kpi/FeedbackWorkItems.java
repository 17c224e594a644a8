package dev.cxkit.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.FeedbackStatus;
import dev.cxkit.core.Interaction;
import org.jspecify.annotations.Nullable;

/**
 * Feedback as work items, judged at an instant {@code asOf} (article 004: every piece of feedback
 * gets an answer, positive as well; article 002: survey coverage). One pass gives:
 *
 * <ul>
 *   <li>{@link #result()}, id {@code cx.kpi.feedback.responded}: feedback items received by
 *       {@code asOf} that were answered by {@code asOf} / items received by {@code asOf}
 *       ({@link KpiUnit#RATIO}); {@link #respondedShare(Polarity)} gives it per polarity, so a
 *       team sees whether it answers praise too.</li>
 *   <li>{@link #owners()}: per owner, the items open, answered and closed at {@code asOf}; items
 *       without an owner under {@code null}.</li>
 *   <li>{@link #surveyOfferedShare()}, id {@code cx.kpi.survey.offered}: contacts with a survey
 *       record / all contacts; and {@link #surveyAnsweredShare()}, id {@code cx.kpi.survey.answered}:
 *       surveys with at least one answer / surveys.</li>
 * </ul>
 *
 * <p>Definitions: an <em>item</em> is feedback with a survey answer or a theme; a survey sent and
 * never answered (no answer, no theme) is offered but is no item. Its polarity is
 * {@link Polarity#NEGATIVE} when {@link Feedback#isNegative()}, {@link Polarity#POSITIVE} when
 * {@link Feedback#isPositive()}, else {@link Polarity#NEUTRAL}. It is answered when
 * {@link Feedback#firstAnsweredAt()} is at or before {@code asOf}; its status is
 * {@link Feedback#status(Instant)}.
 *
 * <p>Edge cases: feedback received after {@code asOf} is not judged ({@link #receivedAfterAsOfCount()}).
 * Whether a survey was offered is known only where the export records unanswered surveys as
 * feedback without answers; an export that keeps answered surveys only makes the offered share the
 * answered share, and the answered share 100 %. No item gives an empty responded share.
 *
 * <p>Source: docs/kpis.md#feedback-work-items. Thread-safety: not thread-safe; use one per thread
 * and {@link #combine} them (all counts, exact).
 */
public final class FeedbackWorkItems implements KpiAccumulator<Interaction, FeedbackWorkItems> {

    /** The id of the answered share. */
    public static final String ID = "cx.kpi.feedback.responded";
    /** The id of the share of contacts with a survey. */
    public static final String OFFERED_ID = "cx.kpi.survey.offered";
    /** The id of the share of surveys with an answer. */
    public static final String ANSWERED_ID = "cx.kpi.survey.answered";

    /** How the customer felt, from the survey answers. */
    public enum Polarity {
        /** CSAT in the top box or an NPS promoter, and nothing negative. */
        POSITIVE,
        /** Neither positive nor negative (or themes only). */
        NEUTRAL,
        /** CSAT below the middle of its scale, or an NPS detractor. */
        NEGATIVE
    }

    /**
     * One owner's items at {@code asOf}.
     *
     * @param owner the owner, or {@code null} for items nobody owns
     * @param open items nobody has answered
     * @param responded items answered whose loop is not closed
     * @param closed items whose loop is closed
     */
    public record OwnerItems(@Nullable AgentId owner, long open, long responded, long closed) {

        /** Checks the counts. */
        public OwnerItems {
            if (open < 0 || responded < 0 || closed < 0) {
                throw new IllegalArgumentException("The item counts of owner " + owner + " are negative.");
            }
        }
    }

    private final Instant asOf;
    private long contacts;
    private long surveys;
    private long answeredSurveys;
    private long receivedAfterAsOf;
    private final Map<Polarity, long[]> byPolarity = new EnumMap<>(Polarity.class);
    private final Map<@Nullable AgentId, long[]> byOwner = new HashMap<>();

    private FeedbackWorkItems(Instant asOf) {
        this.asOf = asOf;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param asOf the instant to judge at, usually the end of the data
     * @return the accumulator
     */
    public static FeedbackWorkItems create(Instant asOf) {
        return new FeedbackWorkItems(Objects.requireNonNull(asOf, "asOf"));
    }

    @Override
    public void accept(Interaction interaction) {
        acceptFeedback(Objects.requireNonNull(interaction, "interaction").feedback());
    }

    /**
     * Adds one contact by its feedback alone, for a caller that kept only the feedback of each
     * contact (for example to judge at the end of the data, once it is known).
     *
     * @param feedback the contact's feedback, or {@code null} if it has none
     */
    public void acceptFeedback(@Nullable Feedback feedback) {
        contacts++;
        if (feedback == null) {
            return;
        }
        surveys++;
        if (feedback.isRated()) {
            answeredSurveys++;
        }
        if (!feedback.isRated() && feedback.themes().isEmpty()) {
            return;
        }
        if (feedback.receivedAt().isAfter(asOf)) {
            receivedAfterAsOf++;
            return;
        }
        Polarity polarity = feedback.isNegative() ? Polarity.NEGATIVE
                : feedback.isPositive() ? Polarity.POSITIVE : Polarity.NEUTRAL;
        FeedbackStatus status = feedback.status(asOf);
        long[] p = byPolarity.computeIfAbsent(polarity, k -> new long[2]);
        p[0]++;
        if (status != FeedbackStatus.OPEN) {
            p[1]++;
        }
        byOwner.computeIfAbsent(feedback.owner(), k -> new long[FeedbackStatus.values().length])[status.ordinal()]++;
    }

    /**
     * Adds another accumulator judged at the same instant into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this
     * @throws IllegalArgumentException if the other judges at another instant
     */
    @Override
    public FeedbackWorkItems combine(FeedbackWorkItems other) {
        Objects.requireNonNull(other, "other");
        if (!other.asOf.equals(asOf)) {
            throw new IllegalArgumentException("Cannot combine feedback judged as of " + other.asOf
                    + " into feedback judged as of " + asOf + ".");
        }
        contacts += other.contacts;
        surveys += other.surveys;
        answeredSurveys += other.answeredSurveys;
        receivedAfterAsOf += other.receivedAfterAsOf;
        other.byPolarity.forEach((k, v) -> add(byPolarity.computeIfAbsent(k, x -> new long[2]), v));
        other.byOwner.forEach((k, v) -> add(byOwner.computeIfAbsent(k, x -> new long[FeedbackStatus.values().length]), v));
        return this;
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /**
     * The share of items received by {@code asOf} that were answered by then.
     *
     * @return the ratio; empty when there is no item
     */
    @Override
    public KpiValue result() {
        long received = 0;
        long answered = 0;
        for (long[] p : byPolarity.values()) {
            received += p[0];
            answered += p[1];
        }
        return KpiValue.ratio(ID, "as-of=" + asOf, answered, received);
    }

    /**
     * The answered share of one polarity's items.
     *
     * @param polarity the polarity
     * @return the ratio, variant the polarity; empty when there is no item of it
     */
    public KpiValue respondedShare(Polarity polarity) {
        long[] p = byPolarity.getOrDefault(Objects.requireNonNull(polarity, "polarity"), new long[2]);
        return KpiValue.ratio(ID, polarity.name().toLowerCase(java.util.Locale.ROOT) + "/as-of=" + asOf, p[1], p[0]);
    }

    /**
     * The share of contacts with a survey record.
     *
     * @return the ratio; empty when there is no contact
     */
    public KpiValue surveyOfferedShare() {
        return KpiValue.ratio(OFFERED_ID, "", surveys, contacts);
    }

    /**
     * The share of surveys with at least one answer.
     *
     * @return the ratio; empty when there is no survey
     */
    public KpiValue surveyAnsweredShare() {
        return KpiValue.ratio(ANSWERED_ID, "", answeredSurveys, surveys);
    }

    /**
     * The items per owner, the most open items first (then by owner id; unowned items last among
     * equals).
     *
     * @return the owners
     */
    public List<OwnerItems> owners() {
        List<OwnerItems> owners = new ArrayList<>();
        byOwner.forEach((owner, s) -> owners.add(new OwnerItems(owner, s[FeedbackStatus.OPEN.ordinal()],
                s[FeedbackStatus.RESPONDED.ordinal()], s[FeedbackStatus.CLOSED.ordinal()])));
        owners.sort(Comparator.comparingLong(OwnerItems::open).reversed()
                .thenComparing(o -> o.owner() == null ? "\uffff" : o.owner().value()));
        return owners;
    }

    /**
     * Feedback received after {@code asOf}, not judged.
     *
     * @return the count
     */
    public long receivedAfterAsOfCount() {
        return receivedAfterAsOf;
    }

    /**
     * The instant the items are judged at.
     *
     * @return {@code asOf}
     */
    public Instant asOf() {
        return asOf;
    }
}
