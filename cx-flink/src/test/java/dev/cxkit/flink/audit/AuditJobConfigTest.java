package dev.cxkit.flink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditThresholds;
import org.junit.jupiter.api.Test;

class AuditJobConfigTest {

    private static final Instant AS_OF = Instant.parse("2026-04-13T00:00:00Z");

    @Test
    void hasTheScorecardJobsEventTimeDefaultsAndTheAuditorsDefaults() {
        AuditJobConfig config = AuditJobConfig.builder().asOf(AS_OF).build();

        assertThat(config.maxOutOfOrderness()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.allowedLateness()).isEqualTo(Duration.ofHours(1));
        assertThat(config.thresholds()).isEqualTo(AuditThresholds.ofDefaults());
        assertThat(config.calendar()).isEqualTo(BusinessCalendar.alwaysOpen(ZoneOffset.UTC));
        assertThat(config.policy()).isEmpty();
        assertThat(config.customRules()).isEmpty();
        assertThat(config.toBuilder().build()).isEqualTo(config);
    }

    @Test
    void rejectsAMissingPeriodEndWithAHint() {
        assertThatThrownBy(() -> AuditJobConfig.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no asOf").hasMessageContaining("Maybe");
    }

    @Test
    void rejectsACustomRuleThatIsNotDrl() {
        assertThatThrownBy(() -> new AuditJobConfig(AS_OF, AuditThresholds.ofDefaults(),
                BusinessCalendar.alwaysOpen(ZoneOffset.UTC), List.of(),
                List.of(PolicySource.authorityMatrix("limits.csv", "x")), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'limits.csv'")
                .hasMessageContaining("not DRL");
    }

    @Test
    void rejectsNegativeAndSubMillisecondDurations() {
        assertThatThrownBy(() -> AuditJobConfig.builder().asOf(AS_OF).allowedLateness(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowedLateness");
        assertThatThrownBy(() -> AuditJobConfig.builder().asOf(AS_OF).maxOutOfOrderness(Duration.ofNanos(10)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0.00000001S");
    }

    @Test
    void aBrokenCustomRuleFailsWhenTheJobIsCreatedNotInTheTasks() {
        AuditJobConfig config = AuditJobConfig.builder().asOf(AS_OF).customRule("broken.drl", "rule \"x\" when then").build();

        assertThatThrownBy(() -> AuditJob.create(config)).isInstanceOf(PolicyCompilationException.class)
                .hasMessageContaining("broken.drl");
    }
}
