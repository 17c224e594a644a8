package dev.cxkit.audit;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;

/**
 * One streaming audit, started by {@link Auditor#start}: feed it contacts and case events, then
 * {@link #finish()} it for the cross-contact findings and the summary. Not thread-safe: feed it from
 * one thread (run one per shard to parallelise the per-contact work, but note that repeat contacts,
 * follow-ups and spikes need all contacts of a customer or reason in the same run).
 *
 * <h2>Order and memory</h2>
 * Contacts are expected roughly in {@code queuedAt} order: the run holds each back for the
 * auditor's {@code maxDisorder} (default 1 hour) and processes them in order; one that arrives
 * later than that is still processed (all its per-contact findings are reported) but its
 * cross-contact effects are best effort, and it is counted in {@link AuditSummary#lateContacts()}.
 * Case events may come in any order across cases (helpdesk exports deliver a case's history at
 * once) but in time order within a case; an event older than its case's last is counted in
 * {@link AuditSummary#lateCaseEvents()} and ignored for reopen detection. A case event keeps its
 * place among the contacts it arrived between, so the contact that opened a case is linked to it
 * before the case's resolution is judged; feed case events no later than the contacts that follow
 * them in time (a follow-up contact processed before the resolution it follows does not count).
 *
 * <p>The audited period starts on the local day (calendar zone) of the first contact and ends at
 * {@code asOf}: only weeks wholly inside count for CONTACT_REASON_SPIKE, and only follow-ups due by
 * {@code asOf} are judged.
 *
 * <p>Memory is bounded by the windows, not by the input: the last contact per (customer, reason)
 * within the repeat window, the grants within the grant history, cases within the case memory,
 * pending follow-ups until their deadline, counts per reason for the trailing weeks, counters per
 * agent, and theme counts per quarter.
 */
public interface AuditRun {

    /**
     * Audits a contact: per-contact findings and its part in repeat contacts, follow-ups, escalation
     * rates, contact-reason weeks and feedback themes.
     *
     * @param interaction the contact
     * @throws IllegalStateException if the run is finished
     * @throws AuditRuleException if a custom rule fails
     */
    void accept(Interaction interaction);

    /**
     * Takes a case status change into account: reopens (REOPENED_CASE) and resolutions that need a
     * follow-up (NO_FOLLOW_UP). Events after {@code asOf} are counted and ignored.
     *
     * @param event the event
     * @throws IllegalStateException if the run is finished
     */
    void accept(CaseEvent event);

    /**
     * Processes what is held back, emits the findings that need the whole period (follow-ups due by
     * {@code asOf}, the last complete weeks, escalation patterns) and summarises the run. Calling it
     * again returns the same summary.
     *
     * @return the summary
     */
    AuditSummary finish();
}
