package dev.cxkit.kpi.sla;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.Map;

import dev.cxkit.core.CaseId;
import dev.cxkit.kpi.sla.internal.DefaultSlaClock;

/**
 * A deterministic SLA clock: it collects {@link SlaInput}s of any number of cases and replays them
 * to answer, as of an instant, the state of every SLA measurement and the {@link SlaEvent}s emitted.
 * Nothing reads the wall clock: answers are "as of" an explicit instant or of the injected
 * {@link InstantSource}.
 *
 * <h2>Replay order</h2>
 * Inputs are kept and replayed sorted by instant; the order and the batches in which they were
 * accepted do not matter, and an input equal to one already accepted is ignored (exports often repeat
 * rows). Inputs at the same instant are applied policy changes first, then status changes (in
 * {@link dev.cxkit.core.CaseStatus} order, so SOLVED after OPEN), then customer replies, then agent
 * replies; within a kind, by case id. Two policy changes at the same instant are applied in order of
 * name and version, so give them distinct ones. After all inputs at an instant are applied, warning
 * and breach thresholds are checked at that instant.
 *
 * <h2>When measurements start and stop</h2>
 * A case <em>opens</em> at its first status event with an active status (NEW, OPEN, PENDING, ON_HOLD);
 * its priority is that event's priority, or {@link dev.cxkit.core.Priority#NORMAL} if the event
 * has none. Replies on a case that has not opened, or that is SOLVED or CLOSED, are ignored.
 * CLOSED is final: later inputs of that case are ignored.
 * <ul>
 *   <li>{@link SlaMetric#FIRST_RESPONSE} starts at the opening and stops at the first agent reply; it
 *       is measured once per case, never again after a reopen.</li>
 *   <li>{@link SlaMetric#NEXT_REPLY} starts at a customer reply when an agent has replied before and
 *       no next-reply measurement is running (further customer replies do not restart it); it stops at
 *       the next agent reply.</li>
 *   <li>{@link SlaMetric#PERIODIC_UPDATE} starts at each agent reply on an active case and stops at
 *       the next agent reply, which starts the next one.</li>
 *   <li>{@link SlaMetric#RESOLUTION} starts at the opening. A reopen (SOLVED back to an active
 *       status) starts a <em>new</em> resolution measurement, with the policy and priority in force at
 *       the reopen; the first one stays as it was measured. Sum them for the total.</li>
 * </ul>
 * A move to SOLVED or CLOSED stops every running measurement. A measurement starts only if its
 * policy has a target for the metric and the case's priority at that moment.
 *
 * <h2>Elapsed time, pauses and thresholds</h2>
 * While the case is in one of a metric's pause statuses ({@link SlaPolicy#pauseStatuses}) that
 * metric's clock is paused ({@link SlaEvent.Paused}/{@link SlaEvent.Resumed}); a measurement that
 * starts in a pause status starts paused. Elapsed time is the running (unpaused) time inside the
 * target calendar's opening hours, measured with {@link dev.cxkit.core.BusinessCalendar#businessDurationBetween};
 * threshold instants are found with {@link dev.cxkit.core.BusinessCalendar#plusBusiness} from the last
 * input before them, so they are exact across pauses, weekends and DST changes. The target is
 * inclusive: a measurement that stops exactly when its elapsed time equals the target is
 * {@link SlaState#FULFILLED}; one still running at that instant is {@link SlaState#BREACHED} at that
 * instant. A warning of the policy's ladder is emitted at the instant its share of the target has
 * elapsed, each level at most once per measurement, all before the breach; a measurement that
 * stops at the very instant a level is reached does not emit it. A breach is final: a later,
 * longer target does not undo it.
 *
 * <h2>Priority and policy changes</h2>
 * A priority change at instant {@code t} re-targets running measurements from {@code t} on: their
 * elapsed time is kept and compared with the target for the new priority under the measurement's
 * own policy (if that policy has no target for the new priority, the old target stays). If the
 * elapsed time already exceeds a lower new target, the breach (and any warning levels not yet
 * emitted) happen at {@code t}. A {@link SlaInput.PolicyChanged} at {@code t} applies to
 * measurements that start at or after {@code t}; running and finished measurements keep the policy
 * (targets, pause statuses, ladder) they started with, so a policy change never rewrites what was
 * already measured.
 *
 * <p>Thread-safety: not thread-safe; confine a clock to one thread or guard it. Reports are
 * immutable. Cost: each report replays that case's inputs, linear in their number times the days
 * spanned by business-time targets.
 */
public interface SlaClock {

    /**
     * Creates a clock whose {@link #report(CaseId)} answers as of the system clock.
     *
     * @param policy the policy in force before any {@link SlaInput.PolicyChanged}
     * @return an empty clock
     */
    static SlaClock create(SlaPolicy policy) {
        return create(policy, InstantSource.system());
    }

    /**
     * Creates a clock whose {@link #report(CaseId)} answers as of an injected time source.
     *
     * @param policy the policy in force before any {@link SlaInput.PolicyChanged}
     * @param time the source of "now"; tests pass a fixed or mutable one
     * @return an empty clock
     */
    static SlaClock create(SlaPolicy policy, InstantSource time) {
        return new DefaultSlaClock(policy, time);
    }

    /**
     * Adds one input; the order of calls does not matter.
     *
     * @param input the input
     * @return this clock
     */
    SlaClock accept(SlaInput input);

    /**
     * Adds inputs; calling this once with all inputs or several times with parts of them (in any
     * order) gives the same reports.
     *
     * @param inputs the inputs
     * @return this clock
     */
    SlaClock acceptAll(Collection<? extends SlaInput> inputs);

    /**
     * The SLA picture of one case as of the time source's current instant.
     *
     * @param caseId the case
     * @return the report; without measurements if the case is unknown
     */
    SlaReport report(CaseId caseId);

    /**
     * The SLA picture of one case as of an instant: inputs at or before {@code asOf} are replayed,
     * later ones ignored.
     *
     * @param caseId the case
     * @param asOf the instant
     * @return the report; without measurements if the case is unknown or not yet opened at {@code asOf}
     */
    SlaReport report(CaseId caseId, Instant asOf);

    /**
     * The SLA pictures of every case that has an input, as of an instant.
     *
     * @param asOf the instant
     * @return the reports keyed by case, iterated in case id order
     */
    Map<CaseId, SlaReport> reports(Instant asOf);
}
