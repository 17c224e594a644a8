/**
 * The simulation engine behind {@link dev.cxkit.synthetic.SyntheticContactCentre}: arrival
 * curves, contact timelines, mistake injection and the exact ground-truth trackers. No
 * compatibility promise.
 */
@NullMarked
package dev.cxkit.synthetic.internal;

import org.jspecify.annotations.NullMarked;
