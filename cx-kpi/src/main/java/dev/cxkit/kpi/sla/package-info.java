/**
 * The SLA clock: first response, next reply, periodic update and resolution targets per priority,
 * in calendar or business time, replayed deterministically from case status events and replies.
 *
 * <p>Configure an {@link dev.cxkit.kpi.sla.SlaPolicy} (targets per priority and metric, pause
 * statuses per metric, a warning ladder), feed {@link dev.cxkit.kpi.sla.SlaInput}s into an
 * {@link dev.cxkit.kpi.sla.SlaClock}, and ask for an {@link dev.cxkit.kpi.sla.SlaReport} as of an
 * instant: each {@link dev.cxkit.kpi.sla.SlaMeasurement} is ACTIVE, PAUSED, FULFILLED or BREACHED with
 * its exact instants, and the {@link dev.cxkit.kpi.sla.SlaEvent}s (started, warnings, breach,
 * fulfilment, pauses) come in chronological order. The same inputs always give equal reports, no
 * matter in which order or batches they were fed; a policy change never rewrites a measurement that
 * started before it. The exact rules are on {@link dev.cxkit.kpi.sla.SlaClock}.
 */
@NullMarked
package dev.cxkit.kpi.sla;

import org.jspecify.annotations.NullMarked;
