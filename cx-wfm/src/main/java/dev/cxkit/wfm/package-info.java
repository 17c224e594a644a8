/**
 * Workforce management for contact centres: interval series of contacts and handle times, demand
 * forecasts per interval that always carry the rolling-origin backtest they were chosen by, and a
 * staffing plan that applies the Erlang models of {@code dev.cxkit.kpi.staffing} to every forecast
 * interval.
 *
 * <p>The flow is history → {@link dev.cxkit.wfm.IntervalSeries} (from interactions with
 * {@link dev.cxkit.wfm.IntervalAggregator} or from a file with {@link dev.cxkit.wfm.IntervalCountsCsv})
 * → {@link dev.cxkit.wfm.Forecaster} → {@link dev.cxkit.wfm.Forecast} →
 * {@link dev.cxkit.wfm.StaffingPlanner} → {@link dev.cxkit.wfm.StaffingPlan} →
 * {@link dev.cxkit.wfm.StaffingPlanWriter}. {@link dev.cxkit.wfm.BackCheck} compares the Erlang
 * models with the service level a centre really achieved. Values are immutable records; the
 * services are immutable and thread-safe. Nothing here reads the wall clock.
 */
@NullMarked
package dev.cxkit.wfm;

import org.jspecify.annotations.NullMarked;
