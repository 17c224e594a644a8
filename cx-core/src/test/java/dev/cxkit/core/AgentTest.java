package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AgentTest {

    private static final LocalDate HIRED = LocalDate.of(2024, 2, 29);

    private static Agent agent(@Nullable LocalDate leftOn) {
        return new Agent(AgentId.of("a-1"), TeamId.of("billing"), Tier.T1, HIRED, leftOn);
    }

    @Test
    void rejectsLeavingBeforeHire() {
        assertThatThrownBy(() -> agent(HIRED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leftOn (2024-02-28)")
                .hasMessageContaining("agent (a-1)")
                .hasMessageContaining("hiredOn (2024-02-29)");
    }

    @Test
    void acceptsLeavingOnTheHireDay() {
        assertThat(agent(HIRED).isEmployedOn(HIRED)).isTrue();
    }

    @Test
    void isEmployedFromHireToLeaveInclusive() {
        Agent agent = agent(LocalDate.of(2026, 1, 31));

        assertThat(agent.isEmployedOn(HIRED.minusDays(1))).isFalse();
        assertThat(agent.isEmployedOn(HIRED)).isTrue();
        assertThat(agent.isEmployedOn(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(agent.isEmployedOn(LocalDate.of(2026, 2, 1))).isFalse();
        assertThat(agent(null).isEmployedOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void tenureRunsToAsOfWhileEmployed() {
        // 2024-02-29 + 2 years = 2026-02-28 (clamped to the month end); 2026-02-28 → 03-15 is 15 days
        assertThat(agent(null).tenure(LocalDate.of(2026, 3, 15))).isEqualTo(Period.of(2, 0, 15));
        // 2024-02-29 + 11 months = 2025-01-29; 2025-01-29 → 02-28 is 30 days
        assertThat(agent(null).tenure(LocalDate.of(2025, 2, 28))).isEqualTo(Period.of(0, 11, 30));
    }

    @Test
    void tenureStopsAtLeaving() {
        // Hired 2024-02-29, left 2025-08-29: 1 year 6 months.
        assertThat(agent(LocalDate.of(2025, 8, 29)).tenure(LocalDate.of(2026, 1, 1))).isEqualTo(Period.of(1, 6, 0));
    }

    @Test
    void tenureBeforeHireIsZero() {
        assertThat(agent(null).tenure(HIRED.minusDays(10))).isEqualTo(Period.ZERO);
    }

    @Test
    void customerTenureIsZeroWithoutStartDate() {
        Customer customer = Customer.of(CustomerId.of("c-1"), Segment.STANDARD);

        assertThat(customer.tenure(LocalDate.of(2026, 1, 1))).isEqualTo(Period.ZERO);
        assertThat(customer.personalData()).isEqualTo(PersonalData.NONE);
    }
}
