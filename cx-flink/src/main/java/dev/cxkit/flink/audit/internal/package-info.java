/**
 * The implementation of {@link dev.cxkit.flink.audit.AuditJob}: the lateness gate, the per-contact
 * checks, the keyed functions of the cross-contact codes (repeat contacts by customer and reason,
 * escalation counters by agent judged by tier, weekly counts by reason judged over the period), the
 * serialisable form of the job's settings and Flink type information for
 * {@link dev.cxkit.audit.AuditFinding}. No compatibility promise: use the types of
 * {@code dev.cxkit.flink.audit}.
 */
@NullMarked
package dev.cxkit.flink.audit.internal;

import org.jspecify.annotations.NullMarked;
