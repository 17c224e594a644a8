package dev.cxkit.wfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import dev.cxkit.core.Money;
import dev.cxkit.kpi.staffing.AverageSpeedOfAnswerTarget;
import dev.cxkit.kpi.staffing.ErlangA;
import dev.cxkit.kpi.staffing.ErlangAResult;
import dev.cxkit.kpi.staffing.ErlangC;
import dev.cxkit.kpi.staffing.ErlangCResult;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingOptions;
import dev.cxkit.kpi.staffing.TrafficLoad;
import org.junit.jupiter.api.Test;

class StaffingPlannerTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    /** A forecast by hand: the backtest figures are made up, the intervals are what matters here. */
    private static Forecast forecast(double... contacts) {
        List<ForecastInterval> intervals = new ArrayList<>();
        for (int i = 0; i < contacts.length; i++) {
            intervals.add(new ForecastInterval(START.plus(HALF_HOUR.multipliedBy(i)), contacts[i],
                    Math.floor(contacts[i] * 0.8), Math.ceil(contacts[i] * 1.2), Duration.ofMinutes(3), contacts[i] > 0));
        }
        MethodScore score = new MethodScore("seasonal-naive", OptionalDouble.of(0.1), OptionalDouble.of(0.0), 10, 100,
                List.of());
        return new Forecast("phone", HALF_HOUR, ZoneOffset.UTC, "seasonal-naive", 0.8, 0,
                intervals, new Backtest(1, 7, List.of(score), List.of(), "seasonal-naive"));
    }

    @Test
    void eachIntervalGetsTheSingleIntervalErlangCAnswer() {
        // The README's cx staffing example: 100 calls per 30 min, AHT 3 min, 80/20, 30 % shrinkage,
        // occupancy ≤ 85 % → 14 agents, 20 scheduled.
        ServiceLevelTarget target = ServiceLevelTarget.of(0.8, Duration.ofSeconds(20));
        StaffingOptions options = StaffingOptions.builder().shrinkage(0.3).maxOccupancy(0.85).build();
        PlanConfig config = PlanConfig.builder().target(target).options(options).build();
        StaffingPlan plan = StaffingPlanner.create(config).plan(forecast(100, 37.5, 0, 220));
        for (PlanRow row : plan.rows()) {
            if (row.forecastContacts() == 0) {
                assertThat(row.requiredAgents()).isZero();
                assertThat(row.scheduledHeads()).isZero();
                assertThat(row.serviceLevel()).isEmpty();
                continue;
            }
            ErlangCResult single = ErlangC.of(TrafficLoad.perInterval(row.forecastContacts(), HALF_HOUR),
                    Duration.ofMinutes(3)).agentsFor(target, options);
            assertThat(row.requiredAgents()).isEqualTo(single.agents());
            assertThat(row.scheduledHeads()).isEqualTo(single.scheduledAgents());
            assertThat(row.serviceLevel().getAsDouble()).isEqualTo(single.serviceLevel());
            assertThat(row.averageSpeedOfAnswerSeconds().getAsDouble()).isEqualTo(single.averageSpeedOfAnswerSeconds());
            assertThat(row.occupancy().getAsDouble()).isEqualTo(single.occupancy());
        }
        assertThat(plan.rows().get(0).requiredAgents()).isEqualTo(14);
        assertThat(plan.rows().get(0).scheduledHeads()).isEqualTo(20);
    }

    @Test
    void eachIntervalGetsTheSingleIntervalErlangAAnswerForAnAsaTarget() {
        AverageSpeedOfAnswerTarget target = AverageSpeedOfAnswerTarget.of(Duration.ofSeconds(15), Duration.ofSeconds(20));
        PlanConfig config = PlanConfig.builder().erlangA(Duration.ofMinutes(2)).target(target).shrinkage(0.25).build();
        StaffingPlan plan = StaffingPlanner.create(config).plan(forecast(100, 12, 180));
        for (PlanRow row : plan.rows()) {
            ErlangAResult single = ErlangA.of(TrafficLoad.perInterval(row.forecastContacts(), HALF_HOUR),
                    Duration.ofMinutes(3), Duration.ofMinutes(2)).agentsFor(target, config.options());
            assertThat(row.requiredAgents()).isEqualTo(single.agents());
            assertThat(row.scheduledHeads()).isEqualTo(single.scheduledAgents());
            assertThat(row.probabilityOfAbandoning().getAsDouble()).isEqualTo(single.probabilityOfAbandoning());
        }
    }

    @Test
    void anAbandonmentTargetStaffsTheFewestAgentsBelowTheCap() {
        PlanConfig config = PlanConfig.builder().erlangA(Duration.ofMinutes(2))
                .abandonmentTarget(0.05, Duration.ofSeconds(20)).build();
        PlanRow row = StaffingPlanner.create(config).plan(forecast(100)).rows().get(0);
        ErlangA model = ErlangA.of(TrafficLoad.perInterval(100, HALF_HOUR), Duration.ofMinutes(3), Duration.ofMinutes(2));
        assertThat(model.evaluate(row.requiredAgents(), Duration.ofSeconds(20)).probabilityOfAbandoning())
                .isLessThanOrEqualTo(0.05);
        assertThat(model.evaluate(row.requiredAgents() - 1, Duration.ofSeconds(20)).probabilityOfAbandoning())
                .isGreaterThan(0.05);
    }

    @Test
    void anAbandonmentTargetNeedsErlangA() {
        assertThatThrownBy(() -> PlanConfig.builder().abandonmentTarget(0.05, Duration.ofSeconds(20)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("erlangA");
    }

    @Test
    void costsDailyTotalsAndPeakAddUp() {
        PlanConfig config = PlanConfig.builder().shrinkage(0.3).maxOccupancy(0.85)
                .hourlyRate(Money.of("25.50", "EUR")).build();
        StaffingPlan plan = StaffingPlanner.create(config).plan(forecast(100, 220, 40));
        // 20, 39 and 10 heads (checked against ErlangC above); 25.50 × heads × 0.5 h.
        assertThat(plan.rows()).extracting(PlanRow::scheduledHeads).containsExactly(20, 39, 10);
        assertThat(plan.rows()).extracting(r -> r.cost().amount()).containsExactly(new BigDecimal("255.00"),
                new BigDecimal("497.25"), new BigDecimal("127.50"));
        assertThat(plan.days()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(d.scheduledHeadHours()).isEqualByComparingTo("34.5");
            assertThat(d.peakScheduledHeads()).isEqualTo(39);
            assertThat(d.cost()).isEqualTo(Money.of("879.75", "EUR"));
            assertThat(d.contacts()).isCloseTo(360, within(1e-9));
        });
        assertThat(plan.peak().orElseThrow().start()).isEqualTo(START.plus(HALF_HOUR));
        assertThat(plan.totalCost()).contains(Money.of("879.75", "EUR"));
    }

    @Test
    void aForecastWithoutHandleTimeNeedsADefault() {
        Forecast f = forecast(10);
        ForecastInterval i = f.intervals().get(0);
        Forecast noAht = new Forecast(f.key(), f.interval(), f.zone(), f.method(), 0.8, 0,
                List.of(new ForecastInterval(i.start(), 10, 8, 12, null, true)), f.backtest());
        assertThatThrownBy(() -> StaffingPlanner.create(PlanConfig.ofDefaults()).plan(noAht))
                .hasMessageContaining("no handle time").hasMessageContaining("defaultAverageHandleTime");
        PlanRow row = StaffingPlanner.create(PlanConfig.builder().defaultAverageHandleTime(Duration.ofMinutes(4)).build())
                .plan(noAht).rows().get(0);
        assertThat(row.averageHandleTime()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void writersGiveRowsDaysAndTheBacktest() {
        StaffingPlan plan = StaffingPlanner.create(PlanConfig.builder().shrinkage(0.3).maxOccupancy(0.85)
                .hourlyRate(Money.of("25.50", "EUR")).build()).plan(forecast(100, 0));
        StringWriter csv = new StringWriter();
        StaffingPlanWriter.writeIntervalsCsv(List.of(plan), csv);
        assertThat(csv.toString()).isEqualTo("queue,interval_start,forecast_contacts,forecast_low,forecast_high,"
                + "aht_seconds,required_agents,scheduled_heads,service_level,asa_seconds,occupancy,abandonment,cost\n"
                + "phone,2026-03-02T08:00:00Z,100,80,120,180,14,20,0.8884,7.8,0.7143,,255.00\n"
                + "phone,2026-03-02T08:30:00Z,0,0,0,,0,0,,,,,0.00\n");
        StringWriter days = new StringWriter();
        StaffingPlanWriter.writeDailyCsv(List.of(plan), days);
        assertThat(days.toString()).isEqualTo("queue,date,contacts,scheduled_head_hours,peak_scheduled_heads,cost\n"
                + "phone,2026-03-02,100,10,20,255.00\n");
        StringWriter json = new StringWriter();
        StaffingPlanWriter.writeJson(List.of(plan), json);
        assertThat(json.toString()).startsWith("{\"plans\":[{\"queue\":\"phone\",\"interval\":\"PT30M\"")
                .contains("\"backtest\":{\"origins\":1,\"horizonDays\":7,\"chosen\":\"seasonal-naive\"")
                .contains("\"peak\":{\"start\":\"2026-03-02T08:00:00Z\",\"forecastContacts\":100.0,\"scheduledHeads\":20}")
                .contains("\"totalCost\":{\"amount\":\"255.00\",\"currency\":\"EUR\"}");
    }
}
