/**
 * Reserved for the mistake audit on Flink (issue 8, second part), not written yet. The plan: the
 * per-contact checks run in a {@code ProcessFunction} after the lateness gate of
 * {@link dev.cxkit.flink.ScorecardJob}, calling the auditor's {@code checkContact(Interaction, Instant)}
 * with the watermark as "now" and emitting findings; the cross-contact checks (repeat contacts,
 * escalation patterns, contact-reason spikes) run on keyed event-time windows, keyed by customer,
 * agent or team and reason, like the repeat detection and week windows of the scorecard. Findings
 * will go to their own output stream next to the scorecards.
 */
@NullMarked
package dev.cxkit.flink.audit;

import org.jspecify.annotations.NullMarked;
