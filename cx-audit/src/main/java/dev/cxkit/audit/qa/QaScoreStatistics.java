package dev.cxkit.audit.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import dev.cxkit.core.internal.Checks;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Accumulates QA results (of one agent, one team or everything): how many contacts were scored,
 * their mean score with a 95 % confidence interval, the auto-fails, and per criterion the points it
 * cost; the criteria that cost the most are the coaching list.
 *
 * <p><b>Formula.</b> The mean is the plain mean of the scores (0–100; an auto-failed contact counts
 * 0; an unscored contact is left out). The interval is Student's t: mean ± t(0.975, n − 1) · s / √n
 * with s the sample standard deviation, clipped to [0, 100]. It is empty for n &lt; 2 (no spread
 * can be estimated from one score) and a single point when all scores are equal. The scores of one
 * agent are not independent draws, so read the interval as a guide to how much the mean could move
 * with more contacts, not as a guarantee. Source: the t interval of any statistics text, for example
 * NIST/SEMATECH e-Handbook of Statistical Methods, §7.2.2.1; the quantile comes from Apache Commons
 * Statistics' {@code TDistribution}.
 *
 * <p><b>Merging.</b> {@link #combine} adds another accumulator (Chan et al.'s pairwise update of
 * the mean and sum of squared deviations), so shards can be scored apart and merged in any order;
 * counts and points are exact, the mean and interval equal to floating-point rounding.
 *
 * <p>Not thread-safe: give each thread its own and combine them.
 */
public final class QaScoreStatistics {

    private long scored;
    private long unscored;
    private long autoFails;
    private double mean;
    private double squares;
    /** Per criterion id: applicable, failed, points lost. */
    private final Map<String, long[]> criteria = new TreeMap<>();

    private QaScoreStatistics() {
    }

    /**
     * Creates an empty accumulator.
     *
     * @return the accumulator
     */
    public static QaScoreStatistics create() {
        return new QaScoreStatistics();
    }

    /**
     * Adds one contact's result.
     *
     * @param result the result
     */
    public void accept(QaResult result) {
        OptionalDouble value = result.score().value();
        if (value.isEmpty()) {
            unscored++;
            return;
        }
        if (result.score() instanceof QaScore.AutoFailed) {
            autoFails++;
        }
        scored++;
        double x = value.getAsDouble();
        double delta = x - mean;
        mean += delta / scored;
        squares += delta * (x - mean);
        for (QaCriterionResult criterion : result.criteria()) {
            if (!criterion.isApplicable()) {
                continue;
            }
            long[] row = criteria.computeIfAbsent(criterion.criterion().id(), k -> new long[3]);
            row[0]++;
            if (criterion.outcome() instanceof QaOutcome.Failed) {
                row[1]++;
                row[2] += criterion.criterion().points();
            }
        }
    }

    /**
     * Adds another accumulator's contacts to this one.
     *
     * @param other the other accumulator; unchanged
     * @return this accumulator
     */
    public QaScoreStatistics combine(QaScoreStatistics other) {
        Checks.notNull(other, "other");
        long n = scored + other.scored;
        if (n > 0) {
            double delta = other.mean - mean;
            double combinedMean = mean + delta * other.scored / n;
            squares = squares + other.squares + delta * delta * ((double) scored * other.scored / n);
            mean = combinedMean;
        }
        scored = n;
        unscored += other.unscored;
        autoFails += other.autoFails;
        other.criteria.forEach((id, row) -> {
            long[] mine = criteria.computeIfAbsent(id, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += row[i];
            }
        });
        return this;
    }

    /**
     * The summary so far.
     *
     * @return the summary; with no scored contact, the mean and interval are empty
     */
    public QaScoreSummary result() {
        OptionalDouble m = scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean);
        OptionalDouble low = OptionalDouble.empty();
        OptionalDouble high = OptionalDouble.empty();
        if (scored >= 2) {
            double s = Math.sqrt(Math.max(0, squares) / (scored - 1));
            double half = TDistribution.of(scored - 1).inverseCumulativeProbability(0.975) * s / Math.sqrt(scored);
            low = OptionalDouble.of(Math.max(0, mean - half));
            high = OptionalDouble.of(Math.min(100, mean + half));
        }
        List<QaScoreSummary.CriterionLoss> losses = new ArrayList<>();
        criteria.forEach((id, row) -> losses.add(new QaScoreSummary.CriterionLoss(id, row[0], row[1], row[2])));
        return new QaScoreSummary(scored, unscored, autoFails, m, low, high, losses);
    }

    /** Orders criteria by points lost, most first, then by id. */
    static final Comparator<QaScoreSummary.CriterionLoss> MOST_COSTLY =
            Comparator.comparingLong(QaScoreSummary.CriterionLoss::pointsLost).reversed()
                    .thenComparing(QaScoreSummary.CriterionLoss::criterionId);
}
