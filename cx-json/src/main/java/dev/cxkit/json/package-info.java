/**
 * The JSON wire formats of cxkit, in one place: decisions ({@link dev.cxkit.json.DecisionJson}),
 * decision requests ({@link dev.cxkit.json.DecisionRequestJson}), scorecards
 * ({@link dev.cxkit.json.ScorecardJson}) and audit findings ({@link dev.cxkit.json.AuditJson}). The
 * command line, the HTTP service, the Flink job and the database write the same shapes through these
 * classes. No Jackson type appears in this API; the shapes are described in docs/formats.md.
 * Stateless and thread-safe.
 */
@NullMarked
package dev.cxkit.json;

import org.jspecify.annotations.NullMarked;
