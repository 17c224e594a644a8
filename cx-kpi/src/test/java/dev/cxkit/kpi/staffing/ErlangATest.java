package dev.cxkit.kpi.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ErlangATest {

    private static final TrafficLoad HUNDRED_PER_HALF_HOUR = TrafficLoad.perInterval(100, Duration.ofMinutes(30));
    private static final Duration AHT = Duration.ofMinutes(3);
    private static final Duration T = Duration.ofSeconds(20);

    @Test
    void agreesWithASeededSimulationOfTheSameQueue() {
        // 10 Erlangs on 10 agents: Erlang C would be unstable; mean patience 2 minutes.
        ErlangAResult model = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofMinutes(2)).evaluate(10, T);
        Simulated sim = simulate(100.0 / 1800, 180, 120, 10, 20, 400_000, 42);

        // Tolerances are several standard errors of a 400 000-arrival run with autocorrelated waits.
        assertThat(model.probabilityOfWaiting()).isCloseTo(sim.waited, within(0.015));
        assertThat(model.probabilityOfAbandoning()).isCloseTo(sim.abandoned, within(0.01));
        assertThat(model.serviceLevel()).isCloseTo(sim.answeredWithin, within(0.015));
        assertThat(model.averageSpeedOfAnswerSeconds()).isCloseTo(sim.meanWaitOfAnswered,
                within(0.05 * sim.meanWaitOfAnswered));
        // Occupancy = A·(1 − P(abandon))/N with A = N = 10.
        assertThat(model.occupancy()).isCloseTo(1 - sim.abandoned, within(0.01));
    }

    @Test
    void agreesWithASimulationWhenOverloaded() {
        // 12 Erlangs on 9 agents, impatient callers (mean 30 s): heavy abandonment.
        ErlangAResult model = ErlangA.of(TrafficLoad.perInterval(120, Duration.ofMinutes(30)), AHT,
                Duration.ofSeconds(30)).evaluate(9, Duration.ofSeconds(10));
        Simulated sim = simulate(120.0 / 1800, 180, 30, 9, 10, 400_000, 7);

        assertThat(model.probabilityOfAbandoning()).isGreaterThan(0.2);
        assertThat(model.probabilityOfWaiting()).isCloseTo(sim.waited, within(0.015));
        assertThat(model.probabilityOfAbandoning()).isCloseTo(sim.abandoned, within(0.01));
        assertThat(model.serviceLevel()).isCloseTo(sim.answeredWithin, within(0.015));
        assertThat(model.averageSpeedOfAnswerSeconds()).isCloseTo(sim.meanWaitOfAnswered,
                within(0.05 * sim.meanWaitOfAnswered));
    }

    @Test
    void infinitePatienceGivesErlangC() {
        // θ → 0: with a mean patience of 10⁹ s hardly anyone hangs up, so Erlang A becomes Erlang C.
        ErlangAResult a = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofSeconds(1_000_000_000)).evaluate(14, T);
        ErlangCResult c = ErlangC.of(HUNDRED_PER_HALF_HOUR, AHT).evaluate(14, T);

        assertThat(a.probabilityOfWaiting()).isCloseTo(c.probabilityOfWaiting(), within(1e-6));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-6));
        assertThat(a.averageSpeedOfAnswerSeconds()).isCloseTo(c.averageSpeedOfAnswerSeconds(), within(1e-4));
        assertThat(a.occupancy()).isCloseTo(c.occupancy(), within(1e-6));
        assertThat(a.probabilityOfAbandoning()).isLessThan(1e-6);
    }

    @Test
    void staysStableWhenLoadExceedsAgents() {
        ErlangAResult r = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofMinutes(1)).evaluate(5, T);

        // At most 5 of the 10 Erlangs can be carried, so at least half the callers hang up.
        assertThat(r.probabilityOfAbandoning()).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);
        assertThat(r.occupancy()).isLessThanOrEqualTo(1.0).isGreaterThan(0.9);
        assertThat(r.averageSpeedOfAnswerSeconds()).isFinite();
    }

    @Test
    void findsFewerAgentsThanErlangCAndRespectsMaximumAbandonment() {
        ErlangA model = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofMinutes(2));
        ServiceLevelTarget target = ServiceLevelTarget.of(0.8, T);

        ErlangAResult plain = model.agentsFor(target, StaffingOptions.ofDefaults());
        ErlangAResult capped = model.agentsFor(ServiceLevelTarget.of(0.05, T),
                StaffingOptions.builder().maxAbandonment(0.01).shrinkage(0.3).build());

        assertThat(plain.agents()).isLessThanOrEqualTo(14);
        assertThat(plain.serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(model.evaluate(plain.agents() - 1, T).serviceLevel()).isLessThan(0.8);
        assertThat(capped.probabilityOfAbandoning()).isLessThanOrEqualTo(0.01);
        assertThat(model.evaluate(capped.agents() - 1, T).probabilityOfAbandoning()).isGreaterThan(0.01);
        assertThat(capped.scheduledAgents()).isEqualTo(StaffingOptions.builder().shrinkage(0.3).build()
                .scheduledAgents(capped.agents()));
    }

    @Test
    void noCallsMeanNobodyWaits() {
        ErlangAResult r = ErlangA.of(TrafficLoad.perHour(0), AHT, Duration.ofMinutes(1)).evaluate(3, T);

        assertThat(r.probabilityOfWaiting()).isZero();
        assertThat(r.probabilityOfAbandoning()).isZero();
        assertThat(r.serviceLevel()).isEqualTo(1.0);
        assertThat(r.occupancy()).isZero();
    }

    @Test
    void rejectsInvalidInputsNamingTheParameter() {
        ErlangA model = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofMinutes(2));

        assertThatThrownBy(() -> ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ZERO))
                .hasMessage("The averagePatience (PT0S) must be positive.");
        assertThatThrownBy(() -> model.evaluate(0, T)).hasMessage("The agents (0) must be at least 1.");
        assertThatThrownBy(() -> model.evaluate(3, Duration.ofSeconds(-5)))
                .hasMessage("The answerWithin (PT-5S) must not be negative.");
    }

    @Test
    void findsAgentsForAnAverageSpeedOfAnswerOfAnsweredCalls() {
        ErlangA model = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofMinutes(2));

        ErlangAResult r = model.agentsFor(AverageSpeedOfAnswerTarget.of(Duration.ofSeconds(10), T),
                StaffingOptions.ofDefaults());

        assertThat(r.averageSpeedOfAnswerSeconds()).isLessThanOrEqualTo(10.0);
        assertThat(model.evaluate(r.agents() - 1, T).averageSpeedOfAnswerSeconds()).isGreaterThan(10.0);
    }

    @Test
    void rejectsAQueueTooLongToSum() {
        // 10 Erlangs on 5 agents with a mean patience of about 300 years: about 2.8 · 10^9 callers
        // would wait on average (excess rate 1/36 per second times the patience).
        ErlangA model = ErlangA.of(HUNDRED_PER_HALF_HOUR, AHT, Duration.ofDays(365L * 300));

        assertThatThrownBy(() -> model.evaluate(5, T))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 agents")
                .hasMessageContaining("more than 10000000 queue states")
                .hasMessageContaining("Maybe the patience is far too long");
    }

    /** Results of a discrete-event simulation, after a warm-up. */
    private record Simulated(double waited, double abandoned, double answeredWithin, double meanWaitOfAnswered) {
    }

    /**
     * Simulates M/M/N+M FCFS: each caller takes the earliest free agent if that comes before its
     * patience runs out; callers who abandon never occupy an agent, so the earliest agent-free
     * time decides everything. The first 5 % of arrivals warm the queue up and are not counted.
     */
    private static Simulated simulate(double lambda, double aht, double patience, int agents, double t, int arrivals,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        PriorityQueue<Double> free = new PriorityQueue<>();
        for (int i = 0; i < agents; i++) {
            free.add(0.0);
        }
        int warmUp = arrivals / 20;
        double clock = 0;
        long waited = 0;
        long abandoned = 0;
        long within = 0;
        long answered = 0;
        double waitOfAnswered = 0;
        for (int i = 0; i < arrivals; i++) {
            clock += exponential(random, 1 / lambda);
            double tolerance = exponential(random, patience);
            double earliest = free.element();
            double wait = Math.max(0, earliest - clock);
            boolean served = wait <= tolerance;
            if (served) {
                free.remove();
                free.add(clock + wait + exponential(random, aht));
            }
            if (i < warmUp) {
                continue;
            }
            if (wait > 0) {
                waited++;
            }
            if (served) {
                answered++;
                waitOfAnswered += wait;
                if (wait <= t) {
                    within++;
                }
            } else {
                abandoned++;
            }
        }
        double counted = arrivals - warmUp;
        return new Simulated(waited / counted, abandoned / counted, within / counted, waitOfAnswered / answered);
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
