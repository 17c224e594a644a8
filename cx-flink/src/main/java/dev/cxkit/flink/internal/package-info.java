/**
 * The parts of the Flink scorecard job: line parsing, watermarks, the lateness gate, repeat
 * detection keyed by customer, the week windows and the accumulator that wraps
 * {@link dev.cxkit.kpi.StandardKpis}. No compatibility promise: use {@link dev.cxkit.flink.ScorecardJob}.
 */
@NullMarked
package dev.cxkit.flink.internal;

import org.jspecify.annotations.NullMarked;
