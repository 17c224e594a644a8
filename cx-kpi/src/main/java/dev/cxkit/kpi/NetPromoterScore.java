package dev.cxkit.kpi;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;

/**
 * Net Promoter Score (NPS), id {@code cx.kpi.nps}, from the 0–10 "how likely are you to recommend
 * us" answers.
 *
 * <p>Formula: 100 × (promoters − detractors) / answers, where promoters answered 9–10, detractors
 * 0–6 and passives 7–8 count only in the denominator. Unit {@link KpiUnit#NPS_POINTS}, range
 * −100…+100.
 *
 * <p>Edge cases — nothing is dropped silently: interactions without feedback are counted in
 * {@link #withoutFeedbackCount()}, feedback without an NPS answer in {@link #unansweredCount()}. No
 * answers gives an empty value. The raw entry point {@link #acceptScore(int)} rejects scores
 * outside 0–10.
 *
 * <p>Source: docs/kpis.md (NPS); the standard promoter/detractor bands of the Net Promoter System.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class NetPromoterScore implements KpiAccumulator<Interaction, NetPromoterScore> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.nps";

    private long promoters;
    private long passives;
    private long detractors;
    private long unanswered;
    private long withoutFeedback;

    private NetPromoterScore() {
    }

    /**
     * Creates an empty accumulator; NPS has no variants.
     *
     * @return the accumulator
     */
    public static NetPromoterScore create() {
        return new NetPromoterScore();
    }

    /**
     * Adds the NPS answer of an interaction's feedback, if any.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Feedback feedback = interaction.feedback();
        if (feedback == null) {
            withoutFeedback++;
        } else if (feedback.nps() == null) {
            unanswered++;
        } else {
            acceptScore(feedback.nps());
        }
    }

    /**
     * Adds one raw answer.
     *
     * @param score the likelihood to recommend, 0–10
     * @throws IllegalArgumentException if {@code score} is outside 0–10
     */
    public void acceptScore(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("The NPS answer (" + score + ") is outside 0–10.");
        }
        if (score >= 9) {
            promoters++;
        } else if (score >= 7) {
            passives++;
        } else {
            detractors++;
        }
    }

    @Override
    public NetPromoterScore combine(NetPromoterScore other) {
        promoters += other.promoters;
        passives += other.passives;
        detractors += other.detractors;
        unanswered += other.unanswered;
        withoutFeedback += other.withoutFeedback;
        return this;
    }

    /**
     * The NPS.
     *
     * @return points in [−100, 100], empty if there was no answer
     */
    @Override
    public KpiValue result() {
        long answers = promoters + passives + detractors;
        return answers == 0 ? KpiValue.empty(ID, "", 0, KpiUnit.NPS_POINTS)
                : KpiValue.of(ID, "", 100.0 * (promoters - detractors) / answers, answers, KpiUnit.NPS_POINTS);
    }

    /**
     * Answers of 9 or 10.
     *
     * @return the number of promoters
     */
    public long promoterCount() {
        return promoters;
    }

    /**
     * Answers of 0 to 6.
     *
     * @return the number of detractors
     */
    public long detractorCount() {
        return detractors;
    }

    /**
     * Feedback without an NPS answer, excluded from the value.
     *
     * @return their number
     */
    public long unansweredCount() {
        return unanswered;
    }

    /**
     * Interactions without feedback, excluded from the value.
     *
     * @return their number
     */
    public long withoutFeedbackCount() {
        return withoutFeedback;
    }
}
