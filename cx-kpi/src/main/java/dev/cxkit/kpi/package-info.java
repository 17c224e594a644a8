/**
 * KPI accumulators for customer service: first-contact resolution, satisfaction, effort and
 * promoter scores, handle and answer times, service level, abandonment, holds, transfers,
 * escalations, promises kept, feedback closure, workforce figures and percentiles. Each is a
 * {@link dev.cxkit.kpi.KpiAccumulator} that can be merged across shards and threads; each documents
 * its formula, units, edge cases and source. No rule engine is used here.
 */
@NullMarked
package dev.cxkit.kpi;

import org.jspecify.annotations.NullMarked;
