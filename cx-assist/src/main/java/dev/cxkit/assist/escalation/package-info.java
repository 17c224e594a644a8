/**
 * Escalation routing: should this contact stay at its tier or go up, which criteria say so, and is
 * the handoff ready to be warm?
 *
 * <p>An {@link dev.cxkit.assist.escalation.EscalationPolicy} checks an
 * {@link dev.cxkit.assist.escalation.EscalationState} against the criteria of an
 * {@link dev.cxkit.assist.escalation.EscalationCriteria} (attempts, elapsed time, sentiment, value
 * above the tier's authority, reason routes, defect and supervisor flags, plus any
 * {@link dev.cxkit.assist.escalation.EscalationCriterion} of the caller's own) and answers with a
 * sealed {@link dev.cxkit.assist.escalation.EscalationOutcome}: {@link dev.cxkit.assist.escalation.Stay}
 * or {@link dev.cxkit.assist.escalation.EscalateTo}, the latter with a
 * {@link dev.cxkit.assist.escalation.WarmTransferChecklist} that is not ready while the summary of
 * what was tried is missing. The criteria are plain Java predicates rather than Drools rules: each is
 * an independent threshold test, nothing chains, and the answer is the highest tier any of them asks
 * for, so a rule engine would add build time and microseconds per decision without expressing
 * anything more. A criterion of the caller's own may still consult a
 * {@code dev.cxkit.rules.PolicyEngine} (cx-rules, not a dependency of this module).
 */
@NullMarked
package dev.cxkit.assist.escalation;

import org.jspecify.annotations.NullMarked;
