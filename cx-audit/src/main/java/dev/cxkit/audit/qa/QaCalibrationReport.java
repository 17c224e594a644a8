package dev.cxkit.audit.qa;

import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.internal.Checks;

/**
 * How the automatic QA scores agree with human reviewers on a sample. Immutable.
 *
 * @param criteria per criterion the reviewers judged, in the rubric's order (criteria the rubric does
 *        not have are counted in {@code unknownCriterionRows})
 * @param scorePairs contacts with both a human overall score and an automatic score
 * @param meanAbsoluteScoreGap mean |human − automatic| over those contacts, in points of 0–100;
 *        empty when there is no pair
 * @param meanScoreDifference mean (automatic − human): positive when the rubric is more generous;
 *        empty when there is no pair
 * @param unmatchedInteractions interactions of the human file that were not in the scored input
 * @param unknownCriterionRows human rows naming a criterion the rubric does not have
 */
public record QaCalibrationReport(List<CriterionAgreement> criteria, long scorePairs, OptionalDouble meanAbsoluteScoreGap,
        OptionalDouble meanScoreDifference, long unmatchedInteractions, long unknownCriterionRows) {

    /** Copies the list. */
    public QaCalibrationReport {
        criteria = List.copyOf(criteria);
        Checks.notNull(meanAbsoluteScoreGap, "meanAbsoluteScoreGap");
        Checks.notNull(meanScoreDifference, "meanScoreDifference");
    }

    /**
     * One criterion's agreement. The pairs are the contacts both the reviewer and the rubric judged
     * (pass or fail); a contact the reviewer judged where the criterion did not apply automatically
     * is counted in {@code notApplicable}, not paired.
     *
     * @param criterionId the criterion
     * @param bothPass both passed it
     * @param humanPassAutoFail the reviewer passed it, the rubric failed it
     * @param humanFailAutoPass the reviewer failed it, the rubric passed it
     * @param bothFail both failed it
     * @param notApplicable reviewed contacts where it did not apply automatically
     * @param observedAgreement the share of pairs that agree; empty with no pair
     * @param kappa Cohen's kappa; empty with no pair, or when the expected agreement is 1 (every
     *        verdict of both sides is the same one, so agreement beyond chance is undefined)
     */
    public record CriterionAgreement(String criterionId, long bothPass, long humanPassAutoFail, long humanFailAutoPass,
            long bothFail, long notApplicable, OptionalDouble observedAgreement, OptionalDouble kappa) {

        /** Validates the references. */
        public CriterionAgreement {
            Checks.notNull(criterionId, "criterionId");
            Checks.notNull(observedAgreement, "observedAgreement");
            Checks.notNull(kappa, "kappa");
        }

        /**
         * The number of pairs.
         *
         * @return contacts judged on both sides
         */
        public long pairs() {
            return bothPass + humanPassAutoFail + humanFailAutoPass + bothFail;
        }
    }
}
