package dev.cxkit.synthetic;

import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.synthetic.internal.Simulation;

/**
 * Generates a realistic, labelled contact centre: agents, interactions, case events and the ground
 * truth of the mistakes in them.
 *
 * <pre>{@code
 * GenerationSummary summary = SyntheticContactCentre.generate(GeneratorConfig.ofDefaults(), new GeneratedDataSink() {
 *     public void interaction(Interaction i) { writer.write(i); }
 *     public void truth(TruthLabel label) { truth.write(label); }
 * });
 * }</pre>
 *
 * <p>What it models: arrivals per channel on an intraday curve (late-morning and early-afternoon
 * peaks) and a weekly pattern (Monday busiest, weekends light); phone, chat and self-service
 * handovers arrive only in opening hours, e-mail, social and messaging at any time and are answered
 * in opening hours; queue waits and log-normal talk times per channel; abandonment of live contacts
 * (more after long waits); holds with and without stated waits; lateral transfers and escalations to
 * the next tier (three escalation levels among normal agents, a much higher rate for training-gap
 * agents); emotional cues; sentiment; repeat contacts; cases with status histories, follow-ups and
 * reopens; promises with fulfilment; grants within the {@link AuthorityLimits}; survey feedback with
 * loop closure; agents with hire dates, leavers and replacements. Agents are on shift on the days
 * they are employed; on Saturdays only every third agent of a tier works.
 *
 * <p>Memory is bounded by the truth windows (7-day repeat window, 30-day grant totals, cases awaiting
 * their follow-up check, four weeks of counts per reason, the contacts planned for the next days),
 * not by the number of days. Deterministic: one {@link java.util.SplittableRandom} seeded from
 * {@link GeneratorConfig#seed()}, no wall clock, no hash-order decisions.
 *
 * <p>Thread-safety: the method is stateless; concurrent calls with different sinks are independent.
 */
public final class SyntheticContactCentre {

    private SyntheticContactCentre() {
    }

    /**
     * Generates the period described by the configuration into the sink.
     *
     * @param config what to generate
     * @param sink where each object goes, as soon as it is produced
     * @return counts and the period
     * @throws RuntimeException whatever the sink throws, unchanged; generation stops there
     */
    public static GenerationSummary generate(GeneratorConfig config, GeneratedDataSink sink) {
        Checks.notNull(config, "config");
        Checks.notNull(sink, "sink");
        return new Simulation(config, sink).run();
    }
}
