package dev.cxkit.kpi.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Priority;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    @Test
    void defaultsPauseResolutionOnPendingAndOnHoldOnly() {
        SlaPolicy policy = SlaPolicy.ofDefaults();

        assertThat(policy.name()).isEqualTo("cxkit-default");
        assertThat(policy.version()).isEqualTo("1");
        assertThat(policy.pauseStatuses(SlaMetric.RESOLUTION)).containsExactlyInAnyOrder(CaseStatus.PENDING, CaseStatus.ON_HOLD);
        assertThat(policy.pauseStatuses(SlaMetric.FIRST_RESPONSE)).isEmpty();
        assertThat(policy.pauseStatuses(SlaMetric.NEXT_REPLY)).isEmpty();
        assertThat(policy.warningLadder()).containsExactly(Percent.of(50), Percent.of(75), Percent.of(90));
        assertThat(policy.target(Priority.URGENT, SlaMetric.FIRST_RESPONSE))
                .contains(SlaTarget.calendarTime(Duration.ofHours(1)));
        assertThat(policy.target(Priority.NORMAL, SlaMetric.PERIODIC_UPDATE)).isEmpty();
    }

    @Test
    void toBuilderRebuildsAnEqualPolicy() {
        SlaPolicy policy = SlaPolicy.ofDefaults();

        assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
        assertThat(policy.toBuilder().version("2").build()).isNotEqualTo(policy);
    }

    @Test
    void businessTimeTargetKeepsItsCalendar() {
        BusinessCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

        SlaTarget target = SlaTarget.businessTime(Duration.ofHours(8), berlin);

        assertThat(target.isCalendarTime()).isFalse();
        assertThat(target.calendar().openingHours(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(SlaTarget.calendarTime(Duration.ofHours(8)).isCalendarTime()).isTrue();
    }

    @Test
    void rejectsZeroTarget() {
        assertThatThrownBy(() -> SlaTarget.calendarTime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SLA target duration (PT0S) must be more than zero")
                .hasMessageContaining("Maybe leave the target out");
    }

    @Test
    void rejectsNegativeTarget() {
        assertThatThrownBy(() -> SlaTarget.calendarTime(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(PT-5M) must be more than zero");
    }

    @Test
    void rejectsTargetLongerThanAYear() {
        assertThatThrownBy(() -> SlaTarget.calendarTime(Duration.ofDays(400)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(PT9600H) is longer than 366 days");
    }

    @Test
    void rejectsLadderThatIsNotStrictlyIncreasing() {
        assertThatThrownBy(() -> SlaPolicy.builder().warningLadder(Percent.of(50), Percent.of(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not strictly increasing: 50% follows 50%");
        assertThatThrownBy(() -> SlaPolicy.builder().warningLadder(Percent.of(75), Percent.of(50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50% follows 75%");
    }

    @Test
    void rejectsLadderLevelsOutsideTheOpenInterval() {
        assertThatThrownBy(() -> SlaPolicy.builder().warningLadder(Percent.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warning level (0%) must be above 0% and below 100%");
        assertThatThrownBy(() -> SlaPolicy.builder().warningLadder(Percent.of(50), Percent.of(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warning level (100%)");
    }

    @Test
    void acceptsEmptyLadder() {
        assertThat(SlaPolicy.builder().warningLadder(List.of()).build().warningLadder()).isEmpty();
    }

    @Test
    void rejectsSolvedAsPauseStatus() {
        assertThatThrownBy(() -> SlaPolicy.builder().pauseStatuses(SlaMetric.RESOLUTION, Set.of(CaseStatus.SOLVED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pause statuses of RESOLUTION contain SOLVED")
                .hasMessageContaining("Maybe you meant PENDING or ON_HOLD?");
    }

    @Test
    void rejectsFirstResponsePausedByNew() {
        SlaPolicy.Builder builder = SlaPolicy.builder().pauseStatuses(SlaMetric.FIRST_RESPONSE, Set.of(CaseStatus.NEW));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FIRST_RESPONSE is paused by NEW");
    }

    @Test
    void rejectsBlankName() {
        assertThatThrownBy(() -> SlaPolicy.builder().name(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SLA policy name must not be blank");
    }

    @Test
    void noTargetRemovesAMetric() {
        SlaPolicy policy = SlaPolicy.ofDefaults().toBuilder().noTarget(Priority.LOW, SlaMetric.NEXT_REPLY).build();

        assertThat(policy.target(Priority.LOW, SlaMetric.NEXT_REPLY)).isEmpty();
        assertThat(policy.target(Priority.NORMAL, SlaMetric.NEXT_REPLY)).isPresent();
    }
}
