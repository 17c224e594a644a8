/**
 * The HTML report of the cx demo: {@link dev.cxkit.cli.report.HtmlReport} renders one
 * self-contained page (inline CSS and SVG, no script, no external resource) with the scorecard
 * against the benchmarks, contact volume and service level by hour of day
 * ({@link dev.cxkit.cli.report.HourlyKpis}, built on the cx-kpi accumulators), audit findings
 * by code and by team, and sample empowerment decisions. The markup is well-formed XHTML with all
 * text escaped, and the same input gives the same bytes.
 */
@NullMarked
package dev.cxkit.cli.report;

import org.jspecify.annotations.NullMarked;
