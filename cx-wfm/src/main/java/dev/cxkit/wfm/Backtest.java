package dev.cxkit.wfm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * The rolling-origin backtest behind a forecast: for each of the last {@code origins} weeks (more
 * precisely, {@code horizonDays} blocks) of the history, every method was fitted on what came before
 * the block and forecast the block; the scores sum all blocks. The method with the lowest WAPE was
 * chosen (ties go to the earlier, simpler method). Source: Tashman, "Out-of-sample tests of
 * forecasting accuracy: an analysis and review", International Journal of Forecasting 16(4), 2000.
 * Immutable.
 *
 * @param origins the number of forecast origins, ≥ 1
 * @param horizonDays the days forecast from each origin, ≥ 1
 * @param scores one score per method that could be fitted at every origin, baseline first
 * @param skipped ids of configured methods that needed more history than the earliest origin had
 * @param chosen the id of the chosen method
 */
public record Backtest(int origins, int horizonDays, List<MethodScore> scores, List<String> skipped, String chosen) {

    /** Validates and copies. */
    public Backtest {
        if (origins < 1) {
            throw new IllegalArgumentException("The origins (" + origins + ") must be at least 1.");
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("The horizonDays (" + horizonDays + ") must be at least 1.");
        }
        scores = List.copyOf(scores);
        skipped = List.copyOf(skipped);
        Checks.notNull(chosen, "chosen");
        if (scores.stream().noneMatch(s -> s.method().equals(chosen))) {
            throw new IllegalArgumentException("The chosen method (" + chosen + ") has no score.");
        }
    }

    /**
     * The score of a method.
     *
     * @param method a method id
     * @return its score, empty if it was not backtested
     */
    public Optional<MethodScore> score(String method) {
        return scores.stream().filter(s -> s.method().equals(method)).findFirst();
    }

    /**
     * The chosen method's score.
     *
     * @return the score
     */
    public MethodScore chosenScore() {
        return score(chosen).orElseThrow();
    }

    /**
     * How much the chosen method improves on the seasonal naive baseline:
     * {@code 1 − WAPE(chosen) / WAPE(seasonal naive)}. The target is at least 0.15.
     *
     * @return the skill, empty if either WAPE is empty or the baseline's is 0
     */
    public OptionalDouble skillOverBaseline() {
        OptionalDouble chosenWape = chosenScore().wape();
        OptionalDouble baseline = score(SeasonalNaive.ID).map(MethodScore::wape).orElse(OptionalDouble.empty());
        if (chosenWape.isEmpty() || baseline.isEmpty() || baseline.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - chosenWape.getAsDouble() / baseline.getAsDouble());
    }
}
