/**
 * A seeded, deterministic generator of a realistic contact centre with labelled mistakes, for
 * demos, KPI tests and scoring the mistake audit. Configure it with
 * {@link dev.cxkit.synthetic.GeneratorConfig}, run it with
 * {@link dev.cxkit.synthetic.SyntheticContactCentre#generate}, and receive agents, interactions
 * (in non-decreasing {@code queuedAt} order), case events and ground-truth
 * {@link dev.cxkit.synthetic.TruthLabel}s through a
 * {@link dev.cxkit.synthetic.GeneratedDataSink}.
 *
 * <p>The output is streamed: memory is bounded by the look-back windows of the truth definitions
 * (7-day repeat window, 30-day grant totals, open cases and pending follow-ups), not by the number
 * of days. The same configuration always yields the same sequence of objects. The truth labels are
 * computed from the generated data with the definitions documented on
 * {@link dev.cxkit.synthetic.TruthLabel}, so data and truth cannot disagree.
 */
@NullMarked
package dev.cxkit.synthetic;

import org.jspecify.annotations.NullMarked;
