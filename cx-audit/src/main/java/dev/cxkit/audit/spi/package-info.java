/**
 * What custom audit rules see: the facts the auditor inserts for one contact and the collector
 * through which a rule reports a finding. A DRL rule given to
 * {@link dev.cxkit.audit.Auditor.Builder#customRule(String, String)} matches these records
 * like the built-in rules do, for example
 * <pre>{@code
 * rule "vip-long-chat"
 * when
 *     $c : AuditedContact(channel == Channel.CHAT, interaction.customerSegment == Segment.VIP)
 *     $h : ContactHold(durationMillis > 120000)
 *     $out : AuditFindings()
 * then
 *     $out.report(MistakeCode.LONG_HOLD, Severity.HIGH, "vip-long-chat-hold", $h.end(), $c)
 *         .evidence("actual", $h.duration()).threshold("VIP chat hold > PT2M")
 *         .fix("Keep VIP chat holds under two minutes.").emit();
 * end
 * }</pre>
 * Exactly one contact is in the session at a time, with the {@link dev.cxkit.audit.AuditThresholds}
 * as a fact, so rules need not join children to their contact. Durations are exposed in
 * milliseconds ({@code …Millis}, {@code -1} where they do not apply) because DRL compares numbers
 * fastest; the domain objects are there as well ({@code interaction}, {@code segment}, {@code promise}, …).
 * Facts are immutable; rules must not insert, modify or delete facts (a session left with extra
 * facts is discarded, which is slow).
 */
@NullMarked
package dev.cxkit.audit.spi;

import org.jspecify.annotations.NullMarked;
