/**
 * The forecasting kernels (seasonal naive, weekly profile, double seasonal Holt–Winters), the
 * local-time season grid they work on, the rolling-origin backtest and the count quantiles behind
 * the prediction intervals. Not API: no compatibility promise; use {@link dev.cxkit.wfm.Forecaster}.
 */
@NullMarked
package dev.cxkit.wfm.internal;

import org.jspecify.annotations.NullMarked;
