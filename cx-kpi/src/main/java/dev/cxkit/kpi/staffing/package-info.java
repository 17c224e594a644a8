/**
 * Staffing of a queue of callers with the Erlang models. {@link dev.cxkit.kpi.staffing.ErlangC}
 * (M/M/N, callers wait forever) gives the probability of waiting, the service level at a threshold,
 * the average speed of answer and the occupancy for a number of agents, and the fewest agents that
 * meet a {@link dev.cxkit.kpi.staffing.StaffingTarget} under {@link dev.cxkit.kpi.staffing.StaffingOptions}
 * (shrinkage, maximum occupancy). {@link dev.cxkit.kpi.staffing.ErlangA} (M/M/N+M) adds callers who
 * hang up after an exponential patience, which keeps the queue stable with any number of agents
 * and gives the probability of abandoning. Inputs are small validated records; results are records
 * whose accessors match the {@code cx staffing} JSON. Everything is computed with recursions that
 * never overflow, so tens of thousands of agents are fine. All types are immutable and thread-safe.
 */
@NullMarked
package dev.cxkit.kpi.staffing;

import org.jspecify.annotations.NullMarked;
