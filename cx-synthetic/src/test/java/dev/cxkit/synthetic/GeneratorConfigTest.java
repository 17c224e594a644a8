package dev.cxkit.synthetic;

import dev.cxkit.core.AuthorityLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.Action;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Tier;
import org.junit.jupiter.api.Test;

class GeneratorConfigTest {

    @Test
    void defaultsDescribeAMidSizeContactCentre() {
        GeneratorConfig config = GeneratorConfig.ofDefaults();

        assertThat(config.demand().contactsPerDay()).isEqualTo(2_000);
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(config.demand().channelMix().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(config.teams()).extracting(t -> t.value()).containsExactly("billing", "orders", "tech", "account");
        // Brief: Mon–Fri 08:00–20:00, Sat 09:00–14:00, closed on Sunday.
        assertThat(config.calendar().openingHours(DayOfWeek.SATURDAY)).hasSize(1);
        assertThat(config.calendar().openingHours(DayOfWeek.SUNDAY)).isEmpty();
        for (MistakeCode code : MistakeCode.values()) {
            boolean pattern = code == MistakeCode.REPEAT_CONTACT || code == MistakeCode.ESCALATION_PATTERN
                    || code == MistakeCode.CONTACT_REASON_SPIKE;
            assertThat(config.behaviour().mistakeRate(code) > 0).as(code.name()).isEqualTo(!pattern);
        }
    }

    @Test
    void toBuilderRoundTrips() {
        GeneratorConfig config = GeneratorConfig.builder().seed(3).days(60).contactsPerDay(500).build();

        GeneratorConfig copy = config.toBuilder().build();

        assertThat(copy.toString()).isEqualTo(config.toString());
        assertThat(copy.behaviour()).isEqualTo(config.behaviour());
        assertThat(copy.demand()).isEqualTo(config.demand());
        assertThat(copy.staffing()).isEqualTo(config.staffing());
        assertThat(copy.calendar()).isEqualTo(config.calendar());
    }

    @Test
    void flatSettersFillTheirGroups() {
        GeneratorConfig config = GeneratorConfig.ofDefaults().toBuilder().days(42).contactsPerDay(900).vipShare(0.1)
                .repeatContactProbability(0.2).spikes(List.of()).attritionPerYear(0.5).trainingGapAgents(1)
                .nearMissRate(0.1).surveyProbability(0.3).mistakeRate(MistakeCode.LONG_HOLD, 0.2).build();

        assertThat(config.days()).isEqualTo(42);
        assertThat(config.demand()).extracting(GeneratorConfig.Demand::contactsPerDay, GeneratorConfig.Demand::vipShare,
                GeneratorConfig.Demand::repeatContactProbability, GeneratorConfig.Demand::spikes)
                .containsExactly(900, 0.1, 0.2, List.of());
        assertThat(config.staffing()).extracting(GeneratorConfig.Staffing::attritionPerYear,
                GeneratorConfig.Staffing::trainingGapAgents).containsExactly(0.5, 1);
        assertThat(config.behaviour()).extracting(GeneratorConfig.Behaviour::nearMissRate,
                GeneratorConfig.Behaviour::surveyProbability).containsExactly(0.1, 0.3);
        assertThat(config.behaviour().mistakeRate(MistakeCode.LONG_HOLD)).isEqualTo(0.2);
        assertThat(config.behaviour().mistakeRate(MistakeCode.REPEAT_CONTACT)).isZero();
    }

    @Test
    void groupsAreImmutable() {
        GeneratorConfig config = GeneratorConfig.ofDefaults();

        assertThatThrownBy(() -> config.demand().channelMix().put(Channel.PHONE, 1.0))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.staffing().agentsPerTier().put(Tier.T1, 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> config.behaviour().mistakeRates().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsOutOfRangeValuesNamingThem() {
        GeneratorConfig.Builder b = GeneratorConfig.builder();

        assertThatThrownBy(() -> b.days(0)).hasMessageContaining("days (0)");
        assertThatThrownBy(() -> b.vipShare(1.5)).hasMessageContaining("vipShare (1.5)");
        assertThatThrownBy(() -> b.mistakeRate(MistakeCode.COLD_TRANSFER, 0.9)).hasMessageContaining("COLD_TRANSFER (0.9)");
        assertThatThrownBy(() -> b.nearMissRate(-0.1)).hasMessageContaining("nearMissRate (-0.1)");
        assertThatThrownBy(() -> b.channelMix(Map.of(Channel.PHONE, 0.45))).hasMessageContaining("sum to 0.45");
        assertThatThrownBy(() -> b.agentsPerTier(Map.of(Tier.T1, 5, Tier.T2, 5))).hasMessageContaining("T3");
        assertThatThrownBy(() -> b.reasons(List.of(ReasonWeight.of("a.b", 1), ReasonWeight.of("a.b", 2))))
                .hasMessageContaining("(a.b) is listed twice");
        assertThatThrownBy(() -> ReasonWeight.of("nodot", 1)).hasMessageContaining("Maybe write it as team.reason");
    }

    @Test
    void rejectsPatternCodesAsRatesWithAHint() {
        assertThatThrownBy(() -> GeneratorConfig.builder().mistakeRate(MistakeCode.REPEAT_CONTACT, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("REPEAT_CONTACT is a pattern")
                .hasMessageContaining("Maybe set repeatContactProbability");
    }

    @Test
    void rejectsASpikeWithoutFourCompleteWeeksBefore() {
        // Start Monday 2026-03-02: weeks 0–3 are complete, so week 3 has only three weeks before it.
        GeneratorConfig.Builder b = GeneratorConfig.builder().days(60)
                .spikes(List.of(new Spike(ContactReason.of("tech.login"), 3, 2.0)));

        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("four complete weeks before it");
    }

    @Test
    void rejectsASpikeBeyondThePeriodAndAnUnknownReason() {
        assertThatThrownBy(() -> GeneratorConfig.builder().days(30).build()).hasMessageContaining("Maybe raise days");
        assertThatThrownBy(() -> GeneratorConfig.builder().spikes(List.of(new Spike(ContactReason.of("x.y"), 4, 2.0))).build())
                .hasMessageContaining("(x.y) is not one of the reasons");
    }

    @Test
    void rejectsACalendarInAnotherZone() {
        BusinessCalendar london = BusinessCalendar.builder(ZoneId.of("Europe/London"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

        assertThatThrownBy(() -> GeneratorConfig.builder().calendar(london).zone(ZoneId.of("Europe/Berlin")).build())
                .hasMessageContaining("Europe/London").hasMessageContaining("Europe/Berlin");
    }

    @Test
    void rejectsATrainingGapRateThatWouldNotStandOut() {
        assertThatThrownBy(() -> GeneratorConfig.builder().escalationProbability(0.2).trainingGapEscalationRate(0.3).build())
                .hasMessageContaining("Maybe raise trainingGapEscalationRate");
    }

    @Test
    void periodRunsFromLocalMidnightToLocalMidnight() {
        GeneratorConfig config = GeneratorConfig.builder().startDate(LocalDate.of(2026, 3, 23)).days(7).spikes(List.of()).build();

        // Berlin switches to summer time on 2026-03-29, so the week is 167 hours long.
        assertThat(java.time.Duration.between(config.periodStart(), config.periodEnd()).toHours()).isEqualTo(167);
    }

    @Test
    void defaultAuthorityLimitsMatchTheBrief() {
        AuthorityLimits limits = AuthorityLimits.ofDefaults();

        assertThat(limits.limit(Action.REFUND, Tier.T1).allowUpTo()).isEqualTo(Money.of("50", "EUR"));
        assertThat(limits.limit(Action.REFUND, Tier.T1).periodCap()).isEqualTo(Money.of("150", "EUR"));
        assertThat(limits.limit(Action.GOODWILL_GESTURE, Tier.T3).periodCap()).isEqualTo(Money.of("450", "EUR"));
        assertThat(limits.limit(Action.DISCOUNT, Tier.T2).allowUpTo()).isEqualTo(Percent.parse("20%"));
        assertThat(limits.limit(Action.REPLACEMENT, Tier.T3).periodCap()).isNull();
        assertThatThrownBy(() -> AuthorityLimits.builder().build()).hasMessageContaining("Maybe start from AuthorityLimits.ofDefaults()");
    }
}
