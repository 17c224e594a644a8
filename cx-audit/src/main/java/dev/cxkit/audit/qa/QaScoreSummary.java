package dev.cxkit.audit.qa;

import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * What a {@link QaScoreStatistics} found. Immutable.
 *
 * @param scored contacts with a score (auto-fails included)
 * @param unscored contacts where no criterion applied
 * @param autoFails contacts scored 0 because an auto-fail criterion failed
 * @param mean the mean score, 0–100; empty when nothing was scored
 * @param ciLow the lower end of the 95 % Student t interval of the mean; empty for fewer than 2 scores
 * @param ciHigh the upper end; empty for fewer than 2 scores
 * @param criteria per criterion that applied at least once: how often it applied, failed and the
 *        points it cost, sorted by id
 */
public record QaScoreSummary(long scored, long unscored, long autoFails, OptionalDouble mean, OptionalDouble ciLow,
        OptionalDouble ciHigh, List<CriterionLoss> criteria) {

    /** How many criteria the coaching list names. */
    public static final int COACHING_SIZE = 3;

    /** Validates the counts and copies the list. */
    public QaScoreSummary {
        Checks.notNull(mean, "mean");
        Checks.notNull(ciLow, "ciLow");
        Checks.notNull(ciHigh, "ciHigh");
        if (scored < 0 || unscored < 0 || autoFails < 0 || autoFails > scored) {
            throw new IllegalArgumentException("The counts (scored " + scored + ", unscored " + unscored
                    + ", auto-fails " + autoFails + ") must be 0 or more, with auto-fails at most scored.");
        }
        criteria = List.copyOf(criteria);
    }

    /**
     * The coaching list: the criteria that cost the most points, most first (ties by id), at most
     * {@link #COACHING_SIZE}, leaving out those that cost nothing.
     *
     * @return the criteria
     */
    public List<CriterionLoss> coaching() {
        return criteria.stream().filter(c -> c.pointsLost() > 0).sorted(QaScoreStatistics.MOST_COSTLY)
                .limit(COACHING_SIZE).toList();
    }

    /**
     * One criterion's cost.
     *
     * @param criterionId the criterion
     * @param applicable the scored contacts it applied to
     * @param failed the contacts it failed on
     * @param pointsLost failed × its points
     */
    public record CriterionLoss(String criterionId, long applicable, long failed, long pointsLost) {
        /** Validates the counts. */
        public CriterionLoss {
            Checks.notNull(criterionId, "criterionId");
            if (applicable < 0 || failed < 0 || failed > applicable || pointsLost < 0) {
                throw new IllegalArgumentException("The counts of criterion " + criterionId + " (applicable " + applicable
                        + ", failed " + failed + ", points lost " + pointsLost + ") are inconsistent.");
            }
        }
    }
}
