/**
 * Implementation details of the KPI accumulators: compact per-key contact timelines for repeat
 * detection, cached ISO-week arithmetic and similar helpers. Not API: anything here may change in
 * any release without notice.
 */
@NullMarked
package dev.cxkit.kpi.internal;

import org.jspecify.annotations.NullMarked;
