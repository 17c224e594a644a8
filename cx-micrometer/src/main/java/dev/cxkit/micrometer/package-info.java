/**
 * Micrometer metrics for cxkit: {@link dev.cxkit.micrometer.CxMetrics} is a
 * {@code MeterBinder} and a {@code DecisionLog} that publishes decisions by outcome, KPI gauges with
 * the dotted ids of docs/cli.md tagged by channel and team, and audit findings by code. It is an
 * example of wiring cxkit into an application's monitoring, kept out of the library modules so that
 * they do not depend on Micrometer.
 */
@NullMarked
package dev.cxkit.micrometer;

import org.jspecify.annotations.NullMarked;
