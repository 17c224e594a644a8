/**
 * Numerical kernels behind the staffing models: the Erlang B recursion, the Erlang C probability of
 * waiting, and the stationary measures of the Erlang A (M/M/N+M) queue, all computed without
 * factorials or powers that overflow. Not API: no compatibility promise; use
 * {@link dev.cxkit.kpi.staffing.ErlangC} and {@link dev.cxkit.kpi.staffing.ErlangA} instead.
 */
@NullMarked
package dev.cxkit.kpi.staffing.internal;

import org.jspecify.annotations.NullMarked;
