package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import dev.cxkit.core.Agent;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WorkforceKpiTest {

    private static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2026, 4, 1);

    @Test
    void occupancyIsHandleOverHandlePlusIdle() {
        var occupancy = Occupancy.create();
        // (45 + 30) min handle / (45 + 15 + 30 + 30) min available = 75 / 120 = 0.625
        occupancy.accept(new AgentTime(Duration.ofMinutes(45), Duration.ofMinutes(15)));
        occupancy.accept(new AgentTime(Duration.ofMinutes(30), Duration.ofMinutes(30)));

        assertThat(occupancy.result().value()).hasValue(0.625);
        assertThat(occupancy.result().count()).isEqualTo(2);
        assertThat(occupancy.result().id()).isEqualTo("cx.kpi.occupancy");
    }

    @Test
    void occupancyWithoutAvailableTimeIsEmpty() {
        var occupancy = Occupancy.create();
        assertThat(occupancy.result().isEmpty()).isTrue();

        occupancy.accept(new AgentTime(Duration.ZERO, Duration.ZERO));
        assertThat(occupancy.result().isEmpty()).isTrue();
        assertThat(occupancy.result().count()).isEqualTo(1);
    }

    @Test
    void agentTimeRejectsNegativeDurations() {
        assertThatThrownBy(() -> new AgentTime(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handle (PT-1M)");
    }

    private static Agent agent(String id, LocalDate hired, @Nullable LocalDate left) {
        return new Agent(AgentId.of(id), TeamId.of("billing"), Tier.T1, hired, left);
    }

    private static Attrition firstQuarter() {
        Attrition attrition = Attrition.create(Q1_START, Q1_END);
        Stream.of(agent("a1", LocalDate.of(2025, 1, 1), null),                       // start and end
                agent("a2", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 15)),     // start, leaver
                agent("a3", LocalDate.of(2026, 2, 1), null),                          // end only
                agent("a4", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),    // gone before the period
                agent("a5", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 31)))     // start, leaver on the last day
                .forEach(attrition);
        return attrition;
    }

    @Test
    void attritionIsAnnualisedLeaversOverAverageHeadcount() {
        Attrition attrition = firstQuarter();

        // start 3 (a1, a2, a5), end 2 (a1, a3) → average 2.5; 2 leavers; Q1 2026 has 90 days
        // → 2 / 2.5 × 365 / 90 = 3.2444…
        assertThat(attrition.result().value().getAsDouble()).isCloseTo(2 / 2.5 * 365 / 90, within(1e-12));
        assertThat(attrition.result().variant()).isEqualTo("2026-01-01/2026-04-01");
        assertThat(attrition.result().count()).isEqualTo(4);
        assertThat(attrition.leaverCount()).isEqualTo(2);
        assertThat(attrition.outsidePeriodCount()).isEqualTo(1);
    }

    @Test
    void tenureIsTheMeanOfTheEndHeadcountInMonths() {
        // a1: 2025-01-01 → 2026-04-01 = 455 days; a3: 2026-02-01 → 2026-04-01 = 59 days
        // → 257 days / 30.436875 = 8.4437… months
        KpiValue tenure = firstQuarter().tenureResult();

        assertThat(tenure.value().getAsDouble()).isCloseTo(257 / 30.436875, within(1e-12));
        assertThat(tenure.unit()).isEqualTo(KpiUnit.MONTHS);
        assertThat(tenure.count()).isEqualTo(2);
    }

    @Test
    void replacementCostIsExactMoney() {
        Attrition attrition = firstQuarter();

        // 2 leavers × 15 000.00 USD
        assertThat(attrition.replacementCost(Money.of("15000.00", "USD"))).isEqualTo(Money.of("30000.00", "USD"));
        KpiValue cost = attrition.replacementCostResult(Money.of("15000.00", "USD"));
        assertThat(cost.value()).hasValue(30000.0);
        assertThat(cost.variant()).isEqualTo("USD");
        assertThat(cost.unit()).isEqualTo(KpiUnit.MONEY);
        assertThatThrownBy(() -> attrition.replacementCost(Money.of("-1.00", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(-1.00 USD)");
    }

    @Test
    void attritionWithoutHeadcountIsEmptyAndPeriodsMustMatch() {
        Attrition attrition = Attrition.create(Q1_START, Q1_END);

        assertThat(attrition.result().isEmpty()).isTrue();
        assertThat(attrition.tenureResult().isEmpty()).isTrue();
        assertThatThrownBy(() -> attrition.combine(Attrition.create(Q1_START, Q1_END.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attrition.create(Q1_END, Q1_START)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void churnIsLostOverCustomersAtStart() {
        var churn = Churn.create();
        Stream.of(member("c1", true, true), member("c2", true, true), member("c3", true, true),
                member("c4", true, false), member("c5", false, true), member("c6", false, false)).forEach(churn);
        churn.acceptCounts(6, 2);

        // lost (1 + 2) / at start (4 + 6) = 0.3; gained and inactive customers are counted apart
        assertThat(churn.result().value()).hasValue(0.3);
        assertThat(churn.result().count()).isEqualTo(10);
        assertThat(churn.gainedCount()).isEqualTo(1);
        assertThat(churn.inactiveCount()).isEqualTo(1);
        assertThat(Churn.create().result().isEmpty()).isTrue();
    }

    @Test
    void churnRawCountsAreChecked() {
        var churn = Churn.create();

        assertThatThrownBy(() -> churn.acceptCounts(3, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customersLost (4)").hasMessageContaining("customersAtStart (3)");
        assertThatThrownBy(() -> churn.acceptCounts(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(-1)");
    }

    private static CustomerMembership member(String id, boolean atStart, boolean atEnd) {
        return new CustomerMembership(CustomerId.of(id), atStart, atEnd);
    }
}
