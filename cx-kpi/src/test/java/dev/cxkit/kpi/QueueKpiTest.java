package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.abandoned;
import static dev.cxkit.kpi.ContactFixture.answered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class QueueKpiTest {

    /**
     * T = 20 s, S = 5 s. Answered after 10, 15 and 30 s (A≤T = 2, A = 3); abandoned after 3 s (short),
     * 12 s (within T), 40 s and 50 s (after T). Offered O = 7.
     */
    private static final List<Interaction> WORKED_EXAMPLE = List.of(answered(10), answered(15), answered(30),
            abandoned(3), abandoned(12), abandoned(40), abandoned(50));

    private static ServiceLevel serviceLevel(ServiceLevelConfig config) {
        ServiceLevel level = ServiceLevel.create(config);
        WORKED_EXAMPLE.forEach(level);
        return level;
    }

    @Test
    void fiveFormulasDifferOnTheWorkedExample() {
        ServiceLevel level = serviceLevel(ServiceLevelConfig.ofDefaults());

        // F1 (A≤T + B≤T) / O = (2 + 2) / 7
        assertThat(level.result(ServiceLevelFormula.FORMULA1).value().getAsDouble()).isCloseTo(4.0 / 7, within(1e-15));
        // F2 A≤T / A = 2 / 3
        assertThat(level.result(ServiceLevelFormula.FORMULA2).value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
        // F3 A≤T / O = 2 / 7
        assertThat(level.result(ServiceLevelFormula.FORMULA3).value().getAsDouble()).isCloseTo(2.0 / 7, within(1e-15));
        // F4 A≤T / (A + B>T) = 2 / (3 + 2)
        assertThat(level.result(ServiceLevelFormula.FORMULA4).value()).hasValue(0.4);
        // F5 (A≤T + B≤S) / O = (2 + 1) / 7
        assertThat(level.result(ServiceLevelFormula.FORMULA5).value().getAsDouble()).isCloseTo(3.0 / 7, within(1e-15));
        assertThat(level.result(ServiceLevelFormula.FORMULA4).count()).isEqualTo(5);
        assertThat(level.shortAbandonCount()).isEqualTo(1);
    }

    @Test
    void resultUsesTheConfiguredFormulaAndNamesIt() {
        ServiceLevel level = serviceLevel(ServiceLevelConfig.builder().formula(ServiceLevelFormula.FORMULA2).build());

        assertThat(level.result().id()).isEqualTo("cx.kpi.service_level");
        assertThat(level.result().variant()).isEqualTo("formula2");
        assertThat(level.result().count()).isEqualTo(3);
    }

    @Test
    void excludingShortAbandonsRemovesThemFromOffered() {
        ServiceLevel level = serviceLevel(ServiceLevelConfig.builder().excludeShortAbandons(true).build());

        // O = 6 without the 3 s abandon. F1 = (2 + 1) / 6 = 0.5; F3 = F5 = 2 / 6; F2 and F4 unchanged
        assertThat(level.result(ServiceLevelFormula.FORMULA1).value()).hasValue(0.5);
        assertThat(level.result(ServiceLevelFormula.FORMULA3).value().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(level.result(ServiceLevelFormula.FORMULA5).value().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(level.result(ServiceLevelFormula.FORMULA4).value()).hasValue(0.4);
        assertThat(level.shortAbandonCount()).isEqualTo(1);
    }

    @Test
    void thresholdIsInclusive() {
        ServiceLevel level = ServiceLevel.create();
        level.accept(answered(20));
        level.accept(answered(21));

        // 20 s ≤ T = 20 s is within, 21 s is not → 1 / 2
        assertThat(level.result().value()).hasValue(0.5);
    }

    @Test
    void emptyOrZeroDenominatorGivesEmptyValue() {
        ServiceLevel level = ServiceLevel.create();
        assertThat(level.result().isEmpty()).isTrue();

        level.accept(abandoned(30));
        assertThat(level.result(ServiceLevelFormula.FORMULA2).isEmpty()).isTrue();
        assertThat(level.result(ServiceLevelFormula.FORMULA3).value()).hasValue(0.0);
    }

    @Test
    void configRejectsShortAbandonLongerThanThreshold() {
        assertThatThrownBy(() -> ServiceLevelConfig.builder().threshold(Duration.ofSeconds(4)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortAbandon (PT5S)").hasMessageContaining("threshold (PT4S)");
        assertThatThrownBy(() -> ServiceLevelConfig.builder().threshold(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold (PT-1S)");
    }

    @Test
    void serviceLevelRefusesToCombineDifferentConfigs() {
        ServiceLevel twenty = ServiceLevel.create();
        ServiceLevel thirty = ServiceLevel.create(ServiceLevelConfig.builder().threshold(Duration.ofSeconds(30)).build());

        assertThatThrownBy(() -> twenty.combine(thirty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different variants");
    }

    @Test
    void rawWaitEntryRejectsNegativeWaits() {
        assertThatThrownBy(() -> ServiceLevel.create().acceptWait(Duration.ofSeconds(-3), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queue wait (PT-3S)");
        assertThatThrownBy(() -> Abandonment.create().acceptWait(Duration.ofSeconds(-3), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queue wait (PT-3S)");
    }

    @Test
    void abandonmentExcludesShortAbandonsFromBothSides() {
        Abandonment rate = Abandonment.create();
        WORKED_EXAMPLE.forEach(rate);

        // abandoned after > 5 s: 12, 40, 50 → 3; offered without the short one: 6 → 0.5
        assertThat(rate.result().value()).hasValue(0.5);
        assertThat(rate.result().count()).isEqualTo(6);
        assertThat(rate.result().variant()).isEqualTo("short-abandon/PT5S");
        assertThat(rate.shortAbandonCount()).isEqualTo(1);
    }

    @Test
    void abandonmentThresholdIsConfigurable() {
        Abandonment rate = Abandonment.create(Duration.ZERO);
        WORKED_EXAMPLE.forEach(rate);

        // nothing is short at S = 0: 4 abandoned / 7 offered
        assertThat(rate.result().value().getAsDouble()).isCloseTo(4.0 / 7, within(1e-15));
        assertThat(Abandonment.create().result().isEmpty()).isTrue();
        assertThatThrownBy(() -> rate.combine(Abandonment.create())).isInstanceOf(IllegalArgumentException.class);
    }
}
