package dev.cxkit.kpi.staffing;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.internal.ErlangFormulas;

/**
 * The Erlang C (M/M/N) staffing model: Poisson arrivals, exponential handle times, N agents, one
 * FCFS queue, callers who never hang up. Immutable and thread-safe.
 *
 * <pre>{@code
 * ErlangC model = ErlangC.of(TrafficLoad.perInterval(100, Duration.ofMinutes(30)), Duration.ofMinutes(3));
 * ErlangCResult r = model.evaluate(14, Duration.ofSeconds(20));   // A = 10 E, P(W>0) ≈ 0.174, SL ≈ 0.888
 * ErlangCResult s = model.agentsFor(ServiceLevelTarget.of(0.8, Duration.ofSeconds(20)),
 *         StaffingOptions.builder().shrinkage(0.3).maxOccupancy(0.85).build());  // 14 agents, 20 scheduled
 * }</pre>
 *
 * <p>Formulas, with A = λ·AHT the offered load in Erlangs and N &gt; A agents:
 * <ul>
 * <li>Erlang B by the recursion {@code B(0) = 1, B(n) = A·B(n−1)/(n + A·B(n−1))}, then the probability
 * of waiting {@code P(W>0) = C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A)))} — no factorials or powers,
 * stable for any N (cost O(N));</li>
 * <li>service level {@code P(W ≤ T) = 1 − P(W>0)·e^{−(N−A)·T/AHT}};</li>
 * <li>average speed of answer {@code ASA = P(W>0)·AHT/(N − A)} (mean wait over all calls);</li>
 * <li>occupancy {@code A/N}.</li>
 * </ul>
 * Source: Cooper, "Introduction to Queueing Theory", 2nd ed. (1981), §3.4–3.5; Koole,
 * "Call Center Optimization" (2013), ch. 5. With A ≥ N the queue grows without bound and there is
 * no steady state; such inputs are rejected (use {@link ErlangA} to model callers who hang up).
 */
public final class ErlangC {

    private final TrafficLoad load;
    private final Duration averageHandleTime;
    private final double offeredLoad;
    private final double ahtSeconds;

    private ErlangC(TrafficLoad load, Duration averageHandleTime) {
        this.load = Checks.notNull(load, "load");
        this.averageHandleTime = StaffingChecks.positive(averageHandleTime, "averageHandleTime");
        this.ahtSeconds = ErlangFormulas.seconds(averageHandleTime);
        this.offeredLoad = load.offeredLoad(averageHandleTime);
        if (!Double.isFinite(offeredLoad)) {
            throw new IllegalArgumentException("The offered load (" + offeredLoad + " Erlangs) of " + load
                    + " with average handle time " + averageHandleTime + " is not finite.");
        }
    }

    /**
     * A model for this load and handle time.
     *
     * @param load the calls offered
     * @param averageHandleTime mean handle time per call (talk, hold and wrap-up), &gt; 0
     * @return the model
     * @throws IllegalArgumentException if the handle time is not positive
     */
    public static ErlangC of(TrafficLoad load, Duration averageHandleTime) {
        return new ErlangC(load, averageHandleTime);
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
     * The offered load {@code A = λ·AHT}.
     *
     * @return A in Erlangs
     */
    public double offeredLoad() {
        return offeredLoad;
    }

    /**
     * The fewest agents that keep this queue stable: {@code floor(A) + 1}.
     *
     * @return the minimum number of agents, ≥ 1
     */
    public int minimumStableAgents() {
        double agents = Math.floor(offeredLoad) + 1;
        if (agents > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The offered load (" + offeredLoad
                    + " Erlangs) needs more agents than an int can hold.");
        }
        return (int) agents;
    }

    /**
     * The figures for {@code agents} agents, without shrinkage.
     *
     * @param agents number of agents on the phones, ≥ 1 and &gt; A
     * @param answerWithin the service-level threshold T, ≥ 0
     * @return the figures; {@code scheduledAgents} equals {@code agents}
     * @throws IllegalArgumentException if agents &lt; 1, T is negative, or the queue is unstable
     *         (A ≥ agents); the message then gives the minimum number of agents
     */
    public ErlangCResult evaluate(int agents, Duration answerWithin) {
        return evaluate(agents, answerWithin, StaffingOptions.ofDefaults());
    }

    /**
     * The figures for {@code agents} agents, with {@code scheduledAgents} after the options'
     * shrinkage. The maximum occupancy is not checked here (see {@link #agentsFor}).
     *
     * @param agents number of agents on the phones, ≥ 1 and &gt; A
     * @param answerWithin the service-level threshold T, ≥ 0
     * @param options the shrinkage to apply
     * @return the figures
     * @throws IllegalArgumentException if agents &lt; 1, T is negative, or the queue is unstable
     */
    public ErlangCResult evaluate(int agents, Duration answerWithin, StaffingOptions options) {
        StaffingChecks.agents(agents);
        StaffingChecks.nonNegative(answerWithin, "answerWithin");
        Checks.notNull(options, "options");
        if (offeredLoad >= agents) {
            throw unstable(agents);
        }
        return result(agents, ErlangFormulas.erlangB(offeredLoad, agents), ErlangFormulas.seconds(answerWithin),
                options);
    }

    /**
     * The fewest agents N that meet the target and keep occupancy {@code A/N ≤ maxOccupancy}.
     * Searches upward from {@code floor(A) + 1}, one agent at a time, carrying the Erlang B
     * recursion along, so the answer is the smallest such N and the whole search costs O(N).
     *
     * @param target a {@link ServiceLevelTarget} (P(W ≤ T) ≥ share) or an
     *        {@link AverageSpeedOfAnswerTarget} (ASA ≤ maximum)
     * @param options shrinkage (for {@code scheduledAgents}) and maximum occupancy; the maximum
     *        abandonment is ignored (Erlang C callers never hang up)
     * @return the figures at the smallest N
     * @throws IllegalArgumentException if an ASA target of zero is asked for calls that arrive
     */
    public ErlangCResult agentsFor(StaffingTarget target, StaffingOptions options) {
        Checks.notNull(target, "target");
        Checks.notNull(options, "options");
        double t = ErlangFormulas.seconds(target.answerWithin());
        if (target instanceof AverageSpeedOfAnswerTarget asa && asa.maximum().isZero() && offeredLoad > 0) {
            throw new IllegalArgumentException("The maximum average speed of answer (" + asa.maximum()
                    + ") cannot be reached with calls arriving: some always wait.\nMaybe use a few seconds?");
        }
        int first = minimumStableAgents();
        double b = 1.0;
        for (int n = 1; n < first; n++) {
            b = ErlangFormulas.nextErlangB(offeredLoad, n, b);
        }
        for (int n = first; ; n++) {
            if (n == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("No number of agents up to " + n + " meets " + target + ".");
            }
            b = ErlangFormulas.nextErlangB(offeredLoad, n, b);
            ErlangCResult r = result(n, b, t, options);
            if (r.occupancy() <= options.maxOccupancy() && meets(r, target)) {
                return r;
            }
        }
    }

    private static boolean meets(ErlangCResult r, StaffingTarget target) {
        if (target instanceof ServiceLevelTarget sl) {
            return r.serviceLevel() >= sl.share();
        }
        return r.averageSpeedOfAnswerSeconds()
                <= ErlangFormulas.seconds(((AverageSpeedOfAnswerTarget) target).maximum());
    }

    private ErlangCResult result(int agents, double erlangB, double answerWithinSeconds, StaffingOptions options) {
        double pw = ErlangFormulas.erlangCFromB(offeredLoad, agents, erlangB);
        double spare = agents - offeredLoad;
        double serviceLevel = 1.0 - pw * Math.exp(-spare * answerWithinSeconds / ahtSeconds);
        double asa = pw * ahtSeconds / spare;
        return new ErlangCResult(agents, offeredLoad, pw, Math.min(1.0, Math.max(0.0, serviceLevel)), asa,
                offeredLoad / agents, options.scheduledAgents(agents));
    }

    private IllegalArgumentException unstable(int agents) {
        return new IllegalArgumentException("The offered load (" + offeredLoad + " Erlangs) is not below the "
                + "agents (" + agents + "), so the Erlang C queue is unstable: it grows without bound. At least "
                + minimumStableAgents() + " agents are needed (floor(A) + 1)."
                + "\nMaybe use ErlangA, which models callers who hang up?");
    }

    @Override
    public String toString() {
        return "ErlangC[load=" + load + ", averageHandleTime=" + averageHandleTime + ", offeredLoad=" + offeredLoad
                + "]";
    }
}
