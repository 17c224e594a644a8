/**
 * The mistake audit: finds the mistakes of the audit catalog (broken promises, holds longer than
 * stated, cold transfers, repeat contacts, …) in interaction timelines and reports each as an
 * {@link dev.cxkit.audit.AuditFinding} with its evidence, the threshold that applied and a
 * recommended fix.
 *
 * <p>Entry point: {@link dev.cxkit.audit.Auditor}, configured with
 * {@link dev.cxkit.audit.AuditThresholds}. {@code Auditor.checkContact} runs the per-contact
 * DRL rules on one interaction (stateless, thread-safe); an {@link dev.cxkit.audit.AuditRun}
 * streams contacts and case events through the same rules plus the cross-contact windows and ends
 * with an {@link dev.cxkit.audit.AuditSummary}. {@link dev.cxkit.audit.AuditQuality}
 * measures findings against ground truth (precision and recall per code). Custom DRL rules see the
 * facts of {@link dev.cxkit.audit.spi}.
 */
@NullMarked
package dev.cxkit.audit;

import org.jspecify.annotations.NullMarked;
