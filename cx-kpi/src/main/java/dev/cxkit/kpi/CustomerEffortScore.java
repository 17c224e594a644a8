package dev.cxkit.kpi;

import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Customer effort score (CES), id {@code cx.kpi.ces}: the mean answer on one CES scale.
 *
 * <p>Formula: sum of scores / answers, unit {@link KpiUnit#SCORE}. The two scales point in opposite
 * directions ({@link CesScale#lowerIsBetter()}: on the 1–5 effort scale lower is better, on the 1–7
 * ease scale higher is better), so one accumulator takes one scale, named in the variant
 * ({@code effort-1-5} or {@code ease-1-7}); an answer on the other scale is rejected with
 * {@link IllegalArgumentException} rather than silently averaged. Use one accumulator per scale.
 *
 * <p>Edge cases — nothing is dropped silently: an interaction without feedback is counted in
 * {@link #withoutFeedbackCount()}; feedback without a CES answer in {@link #unansweredCount()}. No
 * answers gives an empty value.
 *
 * <p>Source: docs/kpis.md (CES); benchmark "below 2.0 on the 1–5 scale" from article 000.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class CustomerEffortScore implements KpiAccumulator<Interaction, CustomerEffortScore> {

    /** The KPI id. */
    public static final String ID = "cx.kpi.ces";

    private final CesScale scale;
    private long answers;
    private long scoreSum;
    private long unanswered;
    private long withoutFeedback;

    private CustomerEffortScore(CesScale scale) {
        this.scale = scale;
    }

    /**
     * Creates an empty accumulator for one scale.
     *
     * @param scale the scale every answer must be on
     * @return the accumulator
     */
    public static CustomerEffortScore create(CesScale scale) {
        return new CustomerEffortScore(Checks.notNull(scale, "CES scale"));
    }

    /**
     * Adds the CES answer of an interaction's feedback, if any.
     *
     * @param interaction the interaction
     * @throws IllegalArgumentException if the answer is on the other scale
     */
    @Override
    public void accept(Interaction interaction) {
        Feedback feedback = interaction.feedback();
        if (feedback == null) {
            withoutFeedback++;
            return;
        }
        CesScore score = feedback.ces();
        if (score == null) {
            unanswered++;
        } else {
            acceptScore(score);
        }
    }

    /**
     * Adds one CES answer.
     *
     * @param score the answer; its record guarantees it lies on its scale
     * @throws IllegalArgumentException if the answer is on the other scale
     */
    public void acceptScore(CesScore score) {
        Checks.notNull(score, "CES score");
        if (score.scale() != scale) {
            throw new IllegalArgumentException("The CES answer (" + score.score() + " on " + variantName(score.scale())
                    + ") is not on the scale of this accumulator (" + variantName(scale)
                    + "); the scales point in opposite directions.\nMaybe use one accumulator per scale?");
        }
        answers++;
        scoreSum += score.score();
    }

    @Override
    public CustomerEffortScore combine(CustomerEffortScore other) {
        VariantCheck.requireSame(ID, variantName(scale), variantName(other.scale));
        answers += other.answers;
        scoreSum += other.scoreSum;
        unanswered += other.unanswered;
        withoutFeedback += other.withoutFeedback;
        return this;
    }

    /**
     * The mean CES.
     *
     * @return the mean score on the scale, empty if there was no answer
     */
    @Override
    public KpiValue result() {
        return answers == 0 ? KpiValue.empty(ID, variantName(scale), 0, KpiUnit.SCORE)
                : KpiValue.of(ID, variantName(scale), (double) scoreSum / answers, answers, KpiUnit.SCORE);
    }

    /**
     * The scale, which says whether lower is better.
     *
     * @return the scale
     */
    public CesScale scale() {
        return scale;
    }

    /**
     * Surveys without a CES answer, excluded from the value.
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

    private static String variantName(CesScale scale) {
        return switch (scale) {
            case EFFORT_ONE_TO_FIVE -> "effort-1-5";
            case EASE_ONE_TO_SEVEN -> "ease-1-7";
        };
    }
}
