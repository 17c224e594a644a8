package dev.cxkit.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import dev.cxkit.kpi.StandardKpis;
import org.junit.jupiter.api.Test;

class ScorecardJobConfigTest {

    @Test
    void defaultsToFiveMinutesOutOfOrderOneHourLatenessAndNoTotal() {
        ScorecardJobConfig config = ScorecardJobConfig.ofDefaults();

        assertThat(config.kpis()).isEqualTo(StandardKpis.Config.ofDefaults());
        assertThat(config.maxOutOfOrderness()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(1));
        assertThat(config.totalAtEndOfInput()).isFalse();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void rejectsNegativeLatenessNamingTheParameterAndValue() {
        assertThatThrownBy(() -> ScorecardJobConfig.builder().allowedLateness(Duration.ofMinutes(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowedLateness").hasMessageContaining("PT-1M");
    }

    @Test
    void rejectsAnOutOfOrdernessBelowOneMillisecond() {
        assertThatThrownBy(() -> ScorecardJobConfig.builder().maxOutOfOrderness(Duration.ofNanos(10)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxOutOfOrderness (PT0.00000001S)").hasMessageContaining("Maybe");
    }
}
