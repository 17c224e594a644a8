package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.kpi.staffing.ErlangA;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.TrafficLoad;
import org.junit.jupiter.api.Test;

class BackCheckTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static IntervalSeries history() {
        return IntervalSeries.builder("phone", Duration.ofMinutes(30))
                .interval(T0, 100, Duration.ofMinutes(3)).agents(T0, 14).serviceLevel(T0, 0.80)
                .interval(T0.plusSeconds(1800), 100, Duration.ofMinutes(3)).agents(T0.plusSeconds(1800), 9)
                .serviceLevel(T0.plusSeconds(1800), 0.05)
                .interval(T0.plusSeconds(3600), 50, Duration.ofMinutes(3))   // no agents: skipped
                .build();
    }

    @Test
    void comparesErlangCWithTheObservedServiceLevel() {
        BackCheckReport report = BackCheck.create(PlanConfig.ofDefaults()).check(history());
        double model = ErlangC.of(TrafficLoad.perInterval(100, Duration.ofMinutes(30)), Duration.ofMinutes(3))
                .evaluate(14, Duration.ofSeconds(20)).serviceLevel();
        assertThat(report.rows()).hasSize(2);
        assertThat(report.rows().get(0).modelServiceLevel()).isEqualTo(model);
        assertThat(report.rows().get(1).unstable()).isTrue();   // A = 10 Erlangs ≥ 9 agents
        assertThat(report.rows().get(1).modelServiceLevel()).isZero();
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.meanError().getAsDouble()).isCloseTo(((model - 0.8) + (0 - 0.05)) / 2, within(1e-12));
        assertThat(report.summary()).startsWith("Erlang C promised").contains("over 2 intervals", "1 skipped");
    }

    @Test
    void erlangAHasAServiceLevelEvenWhenOverloaded() {
        BackCheckReport report = BackCheck.create(PlanConfig.builder().erlangA(Duration.ofMinutes(2)).build())
                .check(history());
        double model = ErlangA.of(TrafficLoad.perInterval(100, Duration.ofMinutes(30)), Duration.ofMinutes(3),
                Duration.ofMinutes(2)).evaluate(9, Duration.ofSeconds(20)).serviceLevel();
        assertThat(report.rows().get(1).modelServiceLevel()).isEqualTo(model).isPositive();
        assertThat(report.unstable()).isZero();
    }
}
