/**
 * Implementation of the SLA clock: the per-case replay state machine and its running measurements.
 * Not API: no compatibility promise.
 */
@NullMarked
package dev.cxkit.kpi.sla.internal;

import org.jspecify.annotations.NullMarked;
