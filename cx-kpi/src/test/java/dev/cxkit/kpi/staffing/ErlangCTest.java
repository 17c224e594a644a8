package dev.cxkit.kpi.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ErlangCTest {

    private static final TrafficLoad HUNDRED_PER_HALF_HOUR = TrafficLoad.perInterval(100, Duration.ofMinutes(30));
    private static final ErlangC TEN_ERLANGS = ErlangC.of(HUNDRED_PER_HALF_HOUR, Duration.ofMinutes(3));

    @Test
    void offeredLoadIsArrivalRateTimesHandleTime() {
        // 100 calls / 1800 s × 180 s = 10 Erlangs.
        assertThat(TEN_ERLANGS.offeredLoad()).isCloseTo(10.0, within(1e-12));
        assertThat(TEN_ERLANGS.minimumStableAgents()).isEqualTo(11);
    }

    @Test
    void oneAgentMatchesTheMM1ClosedForm() {
        // M/M/1 with ρ = 0.5: P(W>0) = ρ, ASA = ρ·AHT/(1−ρ) = 60 s, SL(T) = 1 − ρ·e^{−(1−ρ)T/AHT}.
        ErlangC model = ErlangC.of(TrafficLoad.perHour(30), Duration.ofMinutes(1));

        ErlangCResult r = model.evaluate(1, Duration.ofSeconds(60));

        assertThat(r.probabilityOfWaiting()).isCloseTo(0.5, within(1e-12));
        assertThat(r.averageSpeedOfAnswerSeconds()).isCloseTo(60.0, within(1e-9));
        assertThat(r.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(60));
        assertThat(r.serviceLevel()).isCloseTo(1 - 0.5 * Math.exp(-0.5), within(1e-12));
        assertThat(r.occupancy()).isCloseTo(0.5, within(1e-12));
        assertThat(r.scheduledAgents()).isEqualTo(1);
    }

    @Test
    void schedulesAgentsForShrinkageWithoutBinaryRoundingError() {
        // 14 / (1 − 0.3) = 20 exactly; in binary floating point it is 20.000000000000004.
        ErlangCResult r = TEN_ERLANGS.evaluate(14, Duration.ofSeconds(20),
                StaffingOptions.builder().shrinkage(0.3).build());

        assertThat(r.scheduledAgents()).isEqualTo(20);
    }

    @Test
    void maximumOccupancyCanBeTheBindingConstraint() {
        // 80/20 needs 14 agents at 10 Erlangs; occupancy ≤ 0.6 needs N ≥ 10/0.6 = 16.7, so 17.
        ErlangCResult r = TEN_ERLANGS.agentsFor(ServiceLevelTarget.of(0.8, Duration.ofSeconds(20)),
                StaffingOptions.builder().maxOccupancy(0.6).build());

        assertThat(r.agents()).isEqualTo(17);
        assertThat(r.occupancy()).isLessThanOrEqualTo(0.6);
    }

    @Test
    void findsAgentsForAnAverageSpeedOfAnswer() {
        // ASA at 10 Erlangs, AHT 180 s: 14 agents 7.84 s, 13 agents 17.1 s (from the same formula
        // as the reference rows), so ASA ≤ 10 s needs 14.
        ErlangCResult r = TEN_ERLANGS.agentsFor(
                AverageSpeedOfAnswerTarget.of(Duration.ofSeconds(10), Duration.ofSeconds(20)),
                StaffingOptions.ofDefaults());

        assertThat(r.agents()).isEqualTo(14);
        assertThat(TEN_ERLANGS.evaluate(13, Duration.ofSeconds(20)).averageSpeedOfAnswerSeconds())
                .isGreaterThan(10.0);
    }

    @Test
    void noCallsNeedOneAgentWhoNeverMakesAnyoneWait() {
        ErlangC idle = ErlangC.of(TrafficLoad.perHour(0), Duration.ofMinutes(3));

        ErlangCResult r = idle.agentsFor(ServiceLevelTarget.of(0.9, Duration.ZERO), StaffingOptions.ofDefaults());

        assertThat(r.agents()).isEqualTo(1);
        assertThat(r.probabilityOfWaiting()).isZero();
        assertThat(r.serviceLevel()).isEqualTo(1.0);
        assertThat(r.averageSpeedOfAnswer()).isEqualTo(Duration.ZERO);
    }

    @Test
    void serviceLevelAtZeroThresholdIsTheShareNotWaiting() {
        ErlangCResult r = TEN_ERLANGS.evaluate(14, Duration.ZERO);

        assertThat(r.serviceLevel()).isCloseTo(1 - r.probabilityOfWaiting(), within(1e-15));
    }

    @Test
    void rejectsUnstableQueueNamingTheMinimumAgents() {
        assertThatThrownBy(() -> TEN_ERLANGS.evaluate(10, Duration.ofSeconds(20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offered load (10.0 Erlangs)")
                .hasMessageContaining("unstable")
                .hasMessageContaining("At least 11 agents are needed")
                .hasMessageContaining("Maybe use ErlangA");
    }

    @Test
    void rejectsInvalidInputsNamingTheParameter() {
        assertThatThrownBy(() -> TEN_ERLANGS.evaluate(0, Duration.ofSeconds(20)))
                .hasMessage("The agents (0) must be at least 1.");
        assertThatThrownBy(() -> TEN_ERLANGS.evaluate(14, Duration.ofSeconds(-1)))
                .hasMessage("The answerWithin (PT-1S) must not be negative.");
        assertThatThrownBy(() -> ErlangC.of(HUNDRED_PER_HALF_HOUR, Duration.ZERO))
                .hasMessage("The averageHandleTime (PT0S) must be positive.");
        assertThatThrownBy(() -> TrafficLoad.perInterval(-1, Duration.ofMinutes(30)))
                .hasMessage("The calls (-1.0) of a traffic load must be a finite number ≥ 0.");
        assertThatThrownBy(() -> TrafficLoad.perInterval(1, Duration.ZERO))
                .hasMessageStartingWith("The interval (PT0S) of a traffic load must be positive.");
        assertThatThrownBy(() -> ServiceLevelTarget.of(80, Duration.ofSeconds(20)))
                .hasMessageStartingWith("The target service level (80.0) must be in (0, 1).")
                .hasMessageContaining("Maybe it was given in percent");
        assertThatThrownBy(() -> ServiceLevelTarget.of(1.0, Duration.ofSeconds(20)))
                .hasMessageStartingWith("The target service level (1.0) must be in (0, 1).");
        assertThatThrownBy(() -> TEN_ERLANGS.agentsFor(
                AverageSpeedOfAnswerTarget.of(Duration.ZERO, Duration.ofSeconds(20)), StaffingOptions.ofDefaults()))
                .hasMessageStartingWith("The maximum average speed of answer (PT0S) cannot be reached");
    }

    @Test
    void rejectsOptionsOutsideTheirRanges() {
        assertThatThrownBy(() -> StaffingOptions.builder().shrinkage(1.0))
                .hasMessageStartingWith("The shrinkage (1.0) must be in [0, 1).");
        assertThatThrownBy(() -> StaffingOptions.builder().shrinkage(-0.1))
                .hasMessageStartingWith("The shrinkage (-0.1) must be in [0, 1).");
        assertThatThrownBy(() -> StaffingOptions.builder().maxOccupancy(0.0))
                .hasMessageStartingWith("The maxOccupancy (0.0) must be in (0, 1].");
        assertThatThrownBy(() -> StaffingOptions.builder().maxAbandonment(1.5))
                .hasMessageStartingWith("The maxAbandonment (1.5) must be in (0, 1].");
        assertThat(StaffingOptions.builder().maxOccupancy(1.0).shrinkage(0.0).build())
                .isEqualTo(StaffingOptions.ofDefaults());
        StaffingOptions options = StaffingOptions.builder().shrinkage(0.25).maxOccupancy(0.9).build();
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    }
}
