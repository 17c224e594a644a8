/**
 * The promise guard: before an agent says "we will call you back within 2 hours", "please hold for 30
 * seconds" or "the refund reaches you in 3 days", check that the team can keep it.
 *
 * <p>A {@link dev.cxkit.assist.promise.PromiseGuard} weighs a
 * {@link dev.cxkit.assist.promise.ProposedPromise} against the delivering team's
 * {@link dev.cxkit.core.BusinessCalendar}, the {@link dev.cxkit.assist.promise.PromiseRule} of its
 * kind (how its time is counted, the least it takes, the most that may be promised) and a
 * {@link dev.cxkit.assist.promise.CapacityHint}, and answers with a sealed
 * {@link dev.cxkit.assist.promise.PromiseVerdict}: {@link dev.cxkit.assist.promise.Ok},
 * {@link dev.cxkit.assist.promise.AdjustTo} a realistic figure, or
 * {@link dev.cxkit.assist.promise.Refuse}; each carries the {@link dev.cxkit.assist.promise.PromiseFacts}
 * it used. Promises that pass are the ones the audit's {@code BROKEN_PROMISE} and
 * {@code HOLD_OVER_STATED} checks should never find broken.
 */
@NullMarked
package dev.cxkit.assist.promise;

import org.jspecify.annotations.NullMarked;
