package dev.cxkit.kpi;

import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Customer satisfaction (CSAT), id {@code cx.kpi.csat}, from the CSAT answers in the feedback of
 * interactions.
 *
 * <p>Formula:
 * <ul>
 *   <li>{@link CsatVariant#topBox() top-box}: answers in the top box of their scale / answers
 *       (unit {@link KpiUnit#RATIO}). Top boxes: 3 on 1–3, 4–5 on 1–5, 6–7 on 1–7, 8–10 on 1–10.
 *       Scales may be mixed: each answer is judged on its own scale.</li>
 *   <li>{@link CsatVariant#mean(dev.cxkit.core.CsatScale) mean}: sum of scores / answers on the
 *       variant's scale (unit {@link KpiUnit#SCORE}).</li>
 * </ul>
 * The count of the result is the number of answers.
 *
 * <p>Edge cases — nothing is dropped silently: an interaction without feedback is counted in
 * {@link #withoutFeedbackCount()}; feedback without a CSAT answer (an unrated survey, or one that
 * answered only other questions) is excluded from the formula and counted in
 * {@link #unratedCount()}. No answers gives an empty value. In the mean variant an answer on another
 * scale is rejected with {@link IllegalArgumentException}, because scores on different scales cannot
 * be averaged.
 *
 * <p>Source: docs/kpis.md (CSAT), benchmark "> 75 %" from article 002.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class CustomerSatisfaction implements KpiAccumulator<Interaction, CustomerSatisfaction> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.csat";

    private final CsatVariant variant;
    private long answers;
    private long topBox;
    private long scoreSum;
    private long unrated;
    private long withoutFeedback;

    private CustomerSatisfaction(CsatVariant variant) {
        this.variant = variant;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param variant top-box share or mean on one scale
     * @return the accumulator
     */
    public static CustomerSatisfaction create(CsatVariant variant) {
        return new CustomerSatisfaction(Checks.notNull(variant, "variant"));
    }

    /**
     * Adds the CSAT answer of an interaction's feedback, if any.
     *
     * @param interaction the interaction
     * @throws IllegalArgumentException in the mean variant, if the answer is on another scale
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
     * Adds the CSAT answer of one survey, or counts it as unrated.
     *
     * @param feedback the survey
     * @throws IllegalArgumentException in the mean variant, if the answer is on another scale
     */
    public void acceptFeedback(Feedback feedback) {
        CsatScore score = feedback.csat();
        if (score == null) {
            unrated++;
        } else {
            acceptScore(score);
        }
    }

    /**
     * Adds one CSAT answer.
     *
     * @param score the answer; its record guarantees it lies on its scale
     * @throws IllegalArgumentException in the mean variant, if the answer is on another scale
     */
    public void acceptScore(CsatScore score) {
        Checks.notNull(score, "CSAT score");
        if (variant instanceof CsatVariant.Mean mean && score.scale() != mean.scale()) {
            throw new IllegalArgumentException("The CSAT answer (" + score.score() + " on 1–" + score.scale().max()
                    + ") is not on the scale of this mean accumulator (1–" + mean.scale().max()
                    + ").\nMaybe use CsatVariant.topBox(), which mixes scales, or one accumulator per scale?");
        }
        answers++;
        scoreSum += score.score();
        if (score.isTopBox()) {
            topBox++;
        }
    }

    @Override
    public CustomerSatisfaction combine(CustomerSatisfaction other) {
        VariantCheck.requireSame(ID, variant, other.variant);
        answers += other.answers;
        topBox += other.topBox;
        scoreSum += other.scoreSum;
        unrated += other.unrated;
        withoutFeedback += other.withoutFeedback;
        return this;
    }

    /**
     * The CSAT value; see the class description.
     *
     * @return top-box share (ratio) or mean score; empty if there was no answer
     */
    @Override
    public KpiValue result() {
        if (variant instanceof CsatVariant.Mean) {
            return answers == 0 ? KpiValue.empty(ID, variant.name(), 0, KpiUnit.SCORE)
                    : KpiValue.of(ID, variant.name(), (double) scoreSum / answers, answers, KpiUnit.SCORE);
        }
        return KpiValue.ratio(ID, variant.name(), topBox, answers);
    }

    /**
     * Surveys without a CSAT answer, excluded from the value.
     *
     * @return the number of unrated surveys
     */
    public long unratedCount() {
        return unrated;
    }

    /**
     * Interactions that had no feedback at all, excluded from the value.
     *
     * @return the number of such interactions
     */
    public long withoutFeedbackCount() {
        return withoutFeedback;
    }

    /**
     * The variant this accumulator was created with.
     *
     * @return the variant
     */
    public CsatVariant variant() {
        return variant;
    }
}
