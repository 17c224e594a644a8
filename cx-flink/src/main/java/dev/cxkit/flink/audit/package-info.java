/**
 * The mistake audit on Apache Flink: {@link dev.cxkit.flink.audit.AuditJob} runs the codes of
 * {@link dev.cxkit.audit.Auditor} that need no case history and finds what the single-machine
 * run finds on the same contacts. The per-contact checks run in a {@code ProcessFunction} after the
 * lateness gate, with one auditor per task (its rules compiled in {@code open()}); REPEAT_CONTACT runs
 * keyed by customer and reason in event-time state that lives one repeat window; ESCALATION_PATTERN
 * and CONTACT_REASON_SPIKE count by agent and by reason and are judged, by tier and over all
 * reasons, when the watermark passes the period end. REOPENED_CASE and NO_FOLLOW_UP are not covered:
 * they need case histories, which come as a batch export; run the single-machine audit on them.
 */
@NullMarked
package dev.cxkit.flink.audit;

import org.jspecify.annotations.NullMarked;
