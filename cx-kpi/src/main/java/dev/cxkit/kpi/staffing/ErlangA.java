package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.internal.AbandonmentQueue;
import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/**
 * The Erlang A (M/M/N+M, "Palm") staffing model: Erlang C plus callers who hang up. Poisson
 * arrivals at rate λ, exponential handle times with mean AHT = 1/μ, N agents, one FCFS queue, and
 * exponential patience with mean 1/θ: a waiting caller abandons at rate θ. Because the queue sheds
 * callers, it has a steady state for every N ≥ 1, even when the offered load exceeds N.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ErlangA model = ErlangA.of(TrafficLoad.perInterval(100, Duration.ofMinutes(30)),
 *         Duration.ofMinutes(3), Duration.ofMinutes(2));
 * ErlangAResult r = model.evaluate(10, Duration.ofSeconds(20));   // P(abandon) ≈ 0.137
 * }</pre>
 *
 * <p>Figures (Garnett, Mandelbaum &amp; Reiman, "Designing a call center with impatient customers",
 * MSOM 4(3), 2002; Mandelbaum &amp; Zeltyn, "The Palm/Erlang-A queue, with applications to call
 * centers", 2005 notes). With {@code t_j = Π_{i=1..j} λ/(Nμ + iθ)}, {@code X = Σ_{j≥0} t_j} and
 * B = Erlang B(N, λ/μ):
 * <ul>
 * <li>probability of waiting {@code P(W>0) = X / (X + 1/B − 1)}: the share of arrivals finding
 * all agents busy;</li>
 * <li>a caller finding j others waiting is answered with probability {@code Nμ/(Nμ + (j+1)θ)},
 * and then after a wait distributed as {@code Σ_{i=0..j} Exp(Nμ + (i+1)θ)}; averaging over
 * {@code j ~ t_j / X} gives the probability of abandoning, the ASA of answered calls and</li>
 * <li>the <strong>service level, defined as answered within T over all offered calls</strong>
 * (abandoned calls count as not answered within T): {@code P(W ≤ T, answered)} in Mandelbaum &amp;
 * Zeltyn's notation, and formula 3 of the catalogue's service-level definitions. It is the
 * conservative choice, and it tends to the Erlang C service level as θ → 0;</li>
 * <li>occupancy {@code λ·(1 − P(abandon))·AHT / N}.</li>
 * </ul>
 * The sums are computed in log space, truncated once the terms fall below e<sup>−45</sup> of the
 * largest, so they are stable for tens of thousands of agents; the cost is O(N + queue length).
 */
public final class ErlangA {

    private final TrafficLoad load;
    private final Duration averageHandleTime;
    private final Duration averagePatience;
    private final double offeredLoad;

    private ErlangA(TrafficLoad load, Duration averageHandleTime, Duration averagePatience) {
        this.load = Checks.notNull(load, "load");
        this.averageHandleTime = StaffingChecks.positive(averageHandleTime, "averageHandleTime");
        this.averagePatience = StaffingChecks.positive(averagePatience, "averagePatience");
        this.offeredLoad = load.offeredLoad(averageHandleTime);
        if (!Double.isFinite(offeredLoad)) {
            throw new IllegalArgumentException("The offered load (" + offeredLoad + " Erlangs) of " + load
                    + " with average handle time " + averageHandleTime + " is not finite.");
        }
    }

    /**
     * A model for this load, handle time and patience.
     *
     * @param load the calls offered
     * @param averageHandleTime mean handle time per call, &gt; 0
     * @param averagePatience mean time a caller is willing to wait (1/θ), &gt; 0
     * @return the model
     * @throws IllegalArgumentException if a duration is not positive
     */
    public static ErlangA of(TrafficLoad load, Duration averageHandleTime, Duration averagePatience) {
        return new ErlangA(load, averageHandleTime, averagePatience);
    }

    /**
     * The calls offered.
     *
     * @return the load
     */
    public TrafficLoad load() {
        return load;
    }

    /**
     * The mean handle time.
     *
     * @return the AHT
     */
    public Duration averageHandleTime() {
        return averageHandleTime;
    }

    /**
     * The mean patience 1/θ.
     *
     * @return the mean patience
     */
    public Duration averagePatience() {
        return averagePatience;
    }

    /**
     * The offered load {@code A = λ·AHT}.
     *
     * @return A in Erlangs
     */
    public double offeredLoad() {
        return offeredLoad;
    }

    /**
     * The figures for {@code agents} agents, without shrinkage.
     *
     * @param agents number of agents on the phones, ≥ 1 (any number: the queue is always stable)
     * @param answerWithin the service-level threshold T, ≥ 0
     * @return the figures; {@code scheduledAgents} equals {@code agents}
     * @throws IllegalArgumentException if agents &lt; 1 or T is negative
     */
    public ErlangAResult evaluate(int agents, Duration answerWithin) {
        return evaluate(agents, answerWithin, StaffingOptions.ofDefaults());
    }

    /**
     * The figures for {@code agents} agents, with {@code scheduledAgents} after the options'
     * shrinkage. The maximum occupancy and abandonment are not checked here (see {@link #agentsFor}).
     *
     * @param agents number of agents on the phones, ≥ 1
     * @param answerWithin the service-level threshold T, ≥ 0
     * @param options the shrinkage to apply
     * @return the figures
     * @throws IllegalArgumentException if agents &lt; 1, T is negative, or the queue would hold more
     *         than 10 million waiting callers (a patience of years with too few agents)
     */
    public ErlangAResult evaluate(int agents, Duration answerWithin, StaffingOptions options) {
        StaffingChecks.agents(agents);
        StaffingChecks.nonNegative(answerWithin, "answerWithin");
        Checks.notNull(options, "options");
        return result(agents, ErlangFormulas.seconds(answerWithin), options);
    }

    /**
     * The fewest agents N that meet the target, keep occupancy ≤ {@code maxOccupancy} and the
     * probability of abandoning ≤ {@code maxAbandonment}. The search doubles N from
     * {@code floor(A) + 1} until the constraints are met, then bisects; it returns an N that meets
     * them while N − 1 does not. Service level, abandonment and ASA improve with N in the M/M/N+M
     * queue (the property tests check this), so that N is the smallest. Cost: O(log N) evaluations.
     *
     * @param target a {@link ServiceLevelTarget} (answered within T over offered ≥ share) or an
     *        {@link AverageSpeedOfAnswerTarget} (ASA of answered calls ≤ maximum)
     * @param options shrinkage, maximum occupancy and maximum abandonment
     * @return the figures at the smallest N
     * @throws IllegalArgumentException if an ASA target of zero is asked for calls that arrive, or
     *         no N below 2<sup>30</sup> meets the target
     */
    public ErlangAResult agentsFor(StaffingTarget target, StaffingOptions options) {
        Checks.notNull(target, "target");
        Checks.notNull(options, "options");
        double t = ErlangFormulas.seconds(target.answerWithin());
        if (target instanceof AverageSpeedOfAnswerTarget asa && asa.maximum().isZero() && offeredLoad > 0) {
            throw new IllegalArgumentException("The maximum average speed of answer (" + asa.maximum()
                    + ") cannot be reached with calls arriving: some always wait.\nMaybe use a few seconds?");
        }
        int failing = 0; // 0 agents never meets anything
        int high = (int) Math.min(1 << 30, Math.floor(offeredLoad) + 1);
        ErlangAResult best = result(high, t, options);
        while (!meets(best, target, options)) {
            if (high >= 1 << 30) {
                throw new IllegalArgumentException("No number of agents up to " + high + " meets " + target
                        + " with " + options + ".");
            }
            failing = high;
            high = Math.min(1 << 30, high * 2);
            best = result(high, t, options);
        }
        while (high - failing > 1) {
            int middle = failing + (high - failing) / 2;
            ErlangAResult r = result(middle, t, options);
            if (meets(r, target, options)) {
                high = middle;
                best = r;
            } else {
                failing = middle;
            }
        }
        return best;
    }

    private static boolean meets(ErlangAResult r, StaffingTarget target, StaffingOptions options) {
        if (r.occupancy() > options.maxOccupancy() || r.probabilityOfAbandoning() > options.maxAbandonment()) {
            return false;
        }
        if (target instanceof ServiceLevelTarget sl) {
            return r.serviceLevel() >= sl.share();
        }
        return r.averageSpeedOfAnswerSeconds()
                <= ErlangFormulas.seconds(((AverageSpeedOfAnswerTarget) target).maximum());
    }

    private ErlangAResult result(int agents, double answerWithinSeconds, StaffingOptions options) {
        double aht = ErlangFormulas.seconds(averageHandleTime);
        AbandonmentQueue.Measures m = AbandonmentQueue.measures(load.arrivalsPerSecond(), 1.0 / aht,
                1.0 / ErlangFormulas.seconds(averagePatience), agents, answerWithinSeconds);
        double occupancy = Math.min(1.0, offeredLoad * (1.0 - m.probabilityOfAbandoning()) / agents);
        return new ErlangAResult(agents, offeredLoad, m.probabilityOfWaiting(), m.probabilityOfAbandoning(),
                m.serviceLevel(), m.averageSpeedOfAnswerSeconds(), occupancy, options.scheduledAgents(agents));
    }

    @Override
    public String toString() {
        return "ErlangA[load=" + load + ", averageHandleTime=" + averageHandleTime + ", averagePatience="
                + averagePatience + ", offeredLoad=" + offeredLoad + "]";
    }
}
