/**
 * Implementation pieces shared by the KPI accumulators of {@code dev.cxkit.kpi}: exact running sums
 * of durations, the check that two accumulators being combined were created with the same variant,
 * compact per-key contact timelines for repeat detection, and cached ISO-week arithmetic. Not API:
 * anything here may change in any release without notice; use the accumulators instead.
 */
@NullMarked
package dev.cxkit.kpi.internal;

import org.jspecify.annotations.NullMarked;
