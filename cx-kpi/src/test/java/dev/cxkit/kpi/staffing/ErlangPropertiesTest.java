package dev.cxkit.kpi.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ErlangPropertiesTest {

    @Property
    void erlangCServiceLevelRisesWithAgents(@ForAll @DoubleRange(min = 0.01, max = 500) double load,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
        ErlangC model = erlangC(load);
        Duration t = Duration.ofSeconds(thresholdSeconds);
        double previous = -1;
        for (int n = model.minimumStableAgents(); n < model.minimumStableAgents() + 30; n++) {
            ErlangCResult r = model.evaluate(n, t);
            assertThat(r.probabilityOfWaiting()).isBetween(0.0, 1.0);
            assertThat(r.serviceLevel()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = r.serviceLevel();
        }
    }

    @Property
    void erlangCAgentsForTargetIsTheSmallestThatMeetsIt(@ForAll @DoubleRange(min = 0, max = 800) double load,
            @ForAll @DoubleRange(min = 0.05, max = 0.99) double share,
            @ForAll @IntRange(min = 0, max = 60) int thresholdSeconds,
            @ForAll @DoubleRange(min = 0.5, max = 1.0) double maxOccupancy) {
        ErlangC model = erlangC(load);
        Duration t = Duration.ofSeconds(thresholdSeconds);

        ErlangCResult r = model.agentsFor(ServiceLevelTarget.of(share, t),
                StaffingOptions.builder().maxOccupancy(maxOccupancy).build());

        assertThat(r.serviceLevel()).isGreaterThanOrEqualTo(share);
        assertThat(r.occupancy()).isLessThanOrEqualTo(maxOccupancy);
        int below = r.agents() - 1;
        if (below >= model.minimumStableAgents()) {
            ErlangCResult fewer = model.evaluate(below, t);
            assertThat(fewer.serviceLevel() < share || fewer.occupancy() > maxOccupancy).isTrue();
        }
    }

    @Property(tries = 60)
    void erlangAFiguresStayInRangeForAnyAgents(@ForAll @DoubleRange(min = 0.01, max = 200) double load,
            @ForAll @IntRange(min = 10, max = 600) int patienceSeconds,
            @ForAll @IntRange(min = 0, max = 120) int thresholdSeconds) {
        ErlangA model = ErlangA.of(TrafficLoad.perInterval(load * 10, Duration.ofMinutes(30)),
                Duration.ofSeconds(180), Duration.ofSeconds(patienceSeconds));
        Duration t = Duration.ofSeconds(thresholdSeconds);
        double previous = -1;
        for (int n = 1; n <= (int) load * 2 + 5; n += Math.max(1, (int) load / 20)) {
            ErlangAResult r = model.evaluate(n, t);
            assertThat(r.probabilityOfWaiting()).isBetween(0.0, 1.0);
            assertThat(r.probabilityOfAbandoning()).isBetween(0.0, r.probabilityOfWaiting() + 1e-12);
            assertThat(r.serviceLevel()).isBetween(0.0, 1.0 - r.probabilityOfAbandoning() + 1e-12)
                    .isGreaterThanOrEqualTo(previous - 1e-12);
            assertThat(r.averageSpeedOfAnswerSeconds()).isFinite().isGreaterThanOrEqualTo(0.0);
            previous = r.serviceLevel();
        }
    }

    @Property(tries = 60)
    void erlangAAgentsForTargetIsTheSmallestThatMeetsIt(@ForAll @DoubleRange(min = 0, max = 300) double load,
            @ForAll @DoubleRange(min = 0.05, max = 0.99) double share,
            @ForAll @IntRange(min = 10, max = 600) int patienceSeconds,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double maxAbandonment) {
        ErlangA model = ErlangA.of(TrafficLoad.perInterval(load * 10, Duration.ofMinutes(30)),
                Duration.ofSeconds(180), Duration.ofSeconds(patienceSeconds));
        Duration t = Duration.ofSeconds(20);

        ErlangAResult r = model.agentsFor(ServiceLevelTarget.of(share, t),
                StaffingOptions.builder().maxAbandonment(maxAbandonment).build());

        assertThat(r.serviceLevel()).isGreaterThanOrEqualTo(share);
        assertThat(r.probabilityOfAbandoning()).isLessThanOrEqualTo(maxAbandonment);
        if (r.agents() > 1) {
            ErlangAResult fewer = model.evaluate(r.agents() - 1, t);
            assertThat(fewer.serviceLevel() < share || fewer.probabilityOfAbandoning() > maxAbandonment).isTrue();
        }
    }

    @Example
    void tenThousandAgentsAtNineThousandEightHundredErlangsGiveFiniteFigures() {
        TrafficLoad load = TrafficLoad.perInterval(9_800 * 10, Duration.ofMinutes(30));
        Duration t = Duration.ofSeconds(20);

        ErlangCResult c = ErlangC.of(load, Duration.ofSeconds(180)).evaluate(10_000, t);
        ErlangAResult a = ErlangA.of(load, Duration.ofSeconds(180), Duration.ofMinutes(2)).evaluate(10_000, t);

        assertThat(c.offeredLoad()).isCloseTo(9_800.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(c.probabilityOfWaiting()).isStrictlyBetween(0.0, 1.0);
        assertThat(c.serviceLevel()).isStrictlyBetween(0.0, 1.0);
        assertThat(c.averageSpeedOfAnswerSeconds()).isFinite().isPositive();
        assertThat(c.occupancy()).isEqualTo(0.98);
        assertThat(a.probabilityOfWaiting()).isStrictlyBetween(0.0, 1.0);
        assertThat(a.probabilityOfAbandoning()).isStrictlyBetween(0.0, a.probabilityOfWaiting());
        // Abandoned callers count as not answered within T, so SL ≤ 1 − P(abandon).
        assertThat(a.serviceLevel()).isBetween(0.99, 1.0 - a.probabilityOfAbandoning() + 1e-12);
        assertThat(a.averageSpeedOfAnswerSeconds()).isFinite().isLessThan(c.averageSpeedOfAnswerSeconds());
    }

    @Property(tries = 20)
    void largeLoadsStayFiniteAndSearchable(@ForAll @IntRange(min = 5_000, max = 9_990) int load) {
        ErlangC model = erlangC(load);

        ErlangCResult r = model.agentsFor(ServiceLevelTarget.of(0.8, Duration.ofSeconds(20)),
                StaffingOptions.ofDefaults());

        assertThat(r.agents()).isGreaterThan(load);
        assertThat(r.serviceLevel()).isBetween(0.8, 1.0);
        assertThat(model.evaluate(r.agents() - 1, Duration.ofSeconds(20)).serviceLevel()).isLessThan(0.8);
    }

    /** A load of {@code load} Erlangs: 10·load calls per 30 minutes at an AHT of 180 s. */
    private static ErlangC erlangC(double load) {
        return ErlangC.of(TrafficLoad.perInterval(load * 10, Duration.ofMinutes(30)), Duration.ofSeconds(180));
    }
}
