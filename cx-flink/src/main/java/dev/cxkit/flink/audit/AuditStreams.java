package dev.cxkit.flink.audit;

import dev.cxkit.core.Interaction;
import dev.cxkit.audit.AuditFinding;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of {@link AuditJob#findings}: the findings, and the contacts that came too late to be
 * audited (so that they are counted, not lost).
 *
 * @param findings the findings of every code the job covers, as they become known: per-contact and
 *        repeat findings while the input flows, escalation and spike findings when the period ends
 * @param lateContacts contacts more than the allowed lateness behind the watermark, left out of every check
 */
public record AuditStreams(DataStream<AuditFinding> findings, DataStream<Interaction> lateContacts) {
}
