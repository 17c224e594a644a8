/**
 * Automatic QA scoring: a rubric of weighted criteria, each a check the audit already makes on a
 * contact (hold explained, stated hold kept, emotion acknowledged, warm transfer with summary,
 * promise kept, first reply in target, resolved on first contact, within authority), scored on
 * every interaction instead of a 1–2 % sample.
 *
 * <p>Entry points: {@link dev.cxkit.audit.qa.QaRubric} (the default rubric, or a file the user
 * writes, see docs/qa-rubric.md), {@link dev.cxkit.audit.qa.QaScorer} (one
 * {@link dev.cxkit.audit.qa.QaResult} per interaction), {@link dev.cxkit.audit.qa.QaScoreStatistics}
 * (a mergeable accumulator per agent or team: mean with its confidence interval, auto-fails and the
 * coaching list) and {@link dev.cxkit.audit.qa.QaCalibration} (agreement with human reviewers:
 * Cohen's kappa per criterion and the mean absolute score gap).
 *
 * <p>A criterion that does not apply to a contact, or whose fact the record does not carry, is left
 * out of that contact's score: it is neither passed nor failed.
 */
@NullMarked
package dev.cxkit.audit.qa;

import org.jspecify.annotations.NullMarked;
