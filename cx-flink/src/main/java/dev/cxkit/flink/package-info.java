/**
 * The cxkit KPI scorecard on Apache Flink: {@link dev.cxkit.flink.ScorecardJob} builds a DataStream
 * dataflow that reads interactions (JSON Lines files here; Kafka in production), keys them by team,
 * channel and week, and computes the figures of {@link dev.cxkit.kpi.StandardKpis} with cxkit's own
 * accumulators wrapped as Flink aggregate functions, so that a cluster gives the same numbers as one
 * machine. Event time comes from {@code queuedAt}; late contacts are counted in their own output.
 * Flink stays in this module: nothing else in cxkit depends on it.
 */
@NullMarked
package dev.cxkit.flink;

import org.jspecify.annotations.NullMarked;
