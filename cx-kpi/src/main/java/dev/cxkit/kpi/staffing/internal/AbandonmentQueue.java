package dev.cxkit.kpi.staffing.internal;

/**
 * Stationary measures of the Erlang A (M/M/N+M, "Palm") queue: Poisson arrivals at rate λ,
 * exponential service at rate μ per agent, N agents, FCFS queue, and exponential patience at rate θ
 * per waiting caller. Not API.
 *
 * <p>Method. The queue is a birth–death chain. Relative to π(N) (all agents busy, nobody waiting),
 * the states with j callers waiting have weight {@code t_j = Π_{i=1..j} λ/(Nμ + iθ)}, and
 * {@code Σ_{k<N} π(k)/π(N) = 1/B − 1} with B the Erlang B value; so, by PASTA,
 * {@code P(W>0) = X / (X + 1/B − 1)} with {@code X = Σ_j t_j} (Garnett, Mandelbaum &amp; Reiman 2002,
 * "Designing a call center with impatient customers", MSOM 4(3), §3; X is their A(Nμ/θ, λ/θ)).
 * A caller who finds j others waiting moves up at rate Nμ + iθ with i callers ahead and abandons
 * at rate θ; by competing exponential risks its path to service has probability
 * {@code Nμ / (Nμ + (j+1)θ)} (the products telescope) and, given service, its wait is
 * {@code Σ_{i=0..j} Exp(Nμ + (i+1)θ)}, whose mean is a harmonic-like sum and whose distribution is
 * {@code −ln(U)/θ} with {@code U ~ Beta((Nμ+θ)/θ, j+1)} (Rényi's representation), so
 * {@code P(wait ≤ T) = 1 − I_u((Nμ+θ)/θ, j+1)}, {@code u = e^{−θT}}, with I the regularised
 * incomplete beta function, summed by its term recursion in log space. The probability of waiting
 * is the closed form of Garnett, Mandelbaum &amp; Reiman; the per-position derivation of the other
 * figures is ours and is checked against a discrete-event simulation and the Erlang C limit
 * (θ → 0) in the tests. Measures with the same definitions are tabulated in Mandelbaum &amp;
 * Zeltyn, "The Palm/Erlang-A queue, with applications to call centers" (2005 notes).
 *
 * <p>All weights are handled in log space and the sums over j are truncated once the terms are
 * decreasing and below e<sup>−45</sup> of the largest, so the result is stable for any N, λ, μ, θ.
 */
public final class AbandonmentQueue {

    /** Most queue states summed before giving up; protects against absurd inputs. */
    static final int MAX_QUEUE_STATES = 10_000_000;

    private static final double LOG_CUTOFF = 45.0;

    private AbandonmentQueue() {
    }

    /**
     * Stationary figures of one M/M/N+M queue.
     *
     * @param probabilityOfWaiting share of arrivals that find all agents busy
     * @param probabilityOfAbandoning share of arrivals that hang up before being answered
     * @param serviceLevel share of all arrivals answered within the threshold
     * @param averageSpeedOfAnswerSeconds mean wait of answered callers, in seconds
     */
    public record Measures(double probabilityOfWaiting, double probabilityOfAbandoning, double serviceLevel,
            double averageSpeedOfAnswerSeconds) {
    }

    /**
     * Computes the stationary measures.
     *
     * @param arrivalsPerSecond λ, ≥ 0
     * @param serviceRatePerSecond μ = 1 / AHT, &gt; 0
     * @param abandonRatePerSecond θ = 1 / mean patience, &gt; 0
     * @param agents N, ≥ 1
     * @param answerWithinSeconds T, ≥ 0
     * @return the measures
     * @throws IllegalArgumentException if the queue would need more than 10 million states to sum
     */
    public static Measures measures(double arrivalsPerSecond, double serviceRatePerSecond,
            double abandonRatePerSecond, int agents, double answerWithinSeconds) {
        double lambda = arrivalsPerSecond;
        double theta = abandonRatePerSecond;
        double nMu = agents * serviceRatePerSecond;
        if (lambda == 0.0) {
            return new Measures(0.0, 0.0, 1.0, 0.0);
        }
        double load = lambda / serviceRatePerSecond;
        double erlangB = ErlangFormulas.erlangB(load, agents);

        // Pass 1: log X = log Σ_j t_j and the truncation point.
        double logT = 0.0;
        double max = 0.0;
        double scaled = 1.0;
        int last = 0;
        while (true) {
            int j = last + 1;
            double ratio = lambda / (nMu + j * theta);
            logT += Math.log(ratio);
            if (logT > max) {
                scaled = scaled * Math.exp(max - logT) + 1.0;
                max = logT;
            } else {
                scaled += Math.exp(logT - max);
            }
            last = j;
            if (ratio < 1.0 && logT < max - LOG_CUTOFF) {
                break;
            }
            if (j >= MAX_QUEUE_STATES) {
                throw new IllegalArgumentException("The Erlang A queue with arrival rate " + lambda
                        + "/s, " + agents + " agents and mean patience " + (1.0 / theta)
                        + " s would need more than " + MAX_QUEUE_STATES + " queue states."
                        + "\nMaybe the patience is far too long for an overloaded queue?");
            }
        }
        double logX = max + Math.log(scaled);
        double probabilityOfWaiting = erlangB == 0.0 ? 0.0
                : 1.0 / (1.0 + (1.0 - erlangB) * Math.exp(-(logX + Math.log(erlangB))));

        // Pass 2: per number of callers ahead j, weight w_j = t_j / X.
        double logU = -theta * answerWithinSeconds;
        double alpha = nMu / theta + 1.0;
        double log1mU = answerWithinSeconds > 0 ? Math.log(-Math.expm1(logU)) : Double.NEGATIVE_INFINITY;
        double logBetaTerm = -(nMu + theta) * answerWithinSeconds; // log of I_u(alpha, 1) = u^alpha
        double incompleteBeta = Math.exp(logBetaTerm);
        double meanWaitIfServed = 0.0;
        double served = 0.0;
        double servedWait = 0.0;
        double servedWithin = 0.0;
        logT = 0.0;
        for (int j = 0; j <= last; j++) {
            if (j > 0) {
                logT += Math.log(lambda / (nMu + j * theta));
                logBetaTerm += log1mU + Math.log(alpha + j - 1) - Math.log(j);
                incompleteBeta = Math.min(1.0, incompleteBeta + Math.exp(logBetaTerm));
            }
            double weight = Math.exp(logT - logX);
            double exitRate = nMu + (j + 1) * theta;
            double pServed = nMu / exitRate;
            meanWaitIfServed += 1.0 / exitRate;
            served += weight * pServed;
            servedWait += weight * pServed * meanWaitIfServed;
            servedWithin += weight * pServed * (1.0 - incompleteBeta);
        }
        double probabilityOfAbandoning = clamp(probabilityOfWaiting * (1.0 - served));
        double answered = 1.0 - probabilityOfAbandoning;
        double serviceLevel = clamp(1.0 - probabilityOfWaiting + probabilityOfWaiting * servedWithin);
        double asa = probabilityOfWaiting * servedWait / answered;
        return new Measures(clamp(probabilityOfWaiting), probabilityOfAbandoning, serviceLevel, asa);
    }

    private static double clamp(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
