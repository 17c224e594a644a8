/**
 * Measurements of cx-wfm (issue 23): forecast accuracy on generated data with known arrival rates and
 * on real public call-centre data, and the time to forecast and plan a year of 20 queues. Run
 * {@link dev.cxkit.benchmarks.wfm.WfmMeasurement}; the figures are recorded in
 * {@code benchmarks/README.md}.
 */
@NullMarked
package dev.cxkit.benchmarks.wfm;

import org.jspecify.annotations.NullMarked;
