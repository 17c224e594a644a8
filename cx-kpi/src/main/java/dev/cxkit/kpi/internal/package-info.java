/**
 * Implementation pieces shared by the KPI accumulators of {@code dev.cxkit.kpi}: an exact running
 * sum of durations and the check that two accumulators being combined were created with the same
 * variant. Not API: no compatibility promise; use the accumulators instead.
 */
@NullMarked
package dev.cxkit.kpi.internal;

import org.jspecify.annotations.NullMarked;
