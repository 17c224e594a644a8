/**
 * The mistake audit: finds the mistakes of the audit catalog (broken promises, holds longer than
 * stated, cold transfers, repeat contacts, …) in interaction timelines and reports each as an
 * {@link dev.cxkit.rules.audit.AuditFinding} with its evidence, the threshold that applied and a
 * recommended fix.
 */
@NullMarked
package dev.cxkit.rules.audit;

import org.jspecify.annotations.NullMarked;
