package dev.cxkit.audit.qa;

import dev.cxkit.core.internal.Checks;

/**
 * One criterion's outcome on one contact. Immutable.
 *
 * @param criterion the rubric's criterion
 * @param outcome passed, failed or not applicable
 */
public record QaCriterionResult(QaCriterion criterion, QaOutcome outcome) {

    /** Validates the references. */
    public QaCriterionResult {
        Checks.notNull(criterion, "criterion");
        Checks.notNull(outcome, "outcome");
    }

    /**
     * Whether the criterion counted in the score.
     *
     * @return {@code true} for passed or failed
     */
    public boolean isApplicable() {
        return !(outcome instanceof QaOutcome.NotApplicable);
    }

    /**
     * The points this criterion cost the contact.
     *
     * @return the criterion's points if it failed, else 0
     */
    public int pointsLost() {
        return outcome instanceof QaOutcome.Failed ? criterion.points() : 0;
    }
}
