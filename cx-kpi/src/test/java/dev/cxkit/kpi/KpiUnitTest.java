package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiUnitTest {

    @Test
    void formatsEachUnitForPeople() {
        assertThat(KpiUnit.RATIO.format(0.7824)).isEqualTo("78.2 %");
        assertThat(KpiUnit.SCORE.format(1.854)).isEqualTo("1.85");
        assertThat(KpiUnit.NPS_POINTS.format(32.4)).isEqualTo("+32");
        assertThat(KpiUnit.NPS_POINTS.format(-7)).isEqualTo("-7");
        assertThat(KpiUnit.COUNT.format(1024)).isEqualTo("1,024");
        assertThat(KpiUnit.MONEY.format(12500)).isEqualTo("12,500.00");
        assertThat(KpiUnit.MONTHS.format(12.46)).isEqualTo("12.5 mo");
    }

    @Test
    void secondsGrowIntoMinutesHoursAndDays() {
        assertThat(KpiUnit.SECONDS.format(41)).isEqualTo("41.0 s");
        assertThat(KpiUnit.SECONDS.format(119.94)).isEqualTo("119.9 s");
        assertThat(KpiUnit.SECONDS.format(412)).isEqualTo("6m 52s"); // 6 × 60 + 52
        assertThat(KpiUnit.SECONDS.format(64_029)).isEqualTo("17h 47m"); // 17 × 3600 + 47 × 60 + 9
        assertThat(KpiUnit.SECONDS.format(273_600)).isEqualTo("3d 04h"); // 3 × 86400 + 4 × 3600
    }
}
