package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static dev.cxkit.kpi.ContactFixture.abandoned;
import static dev.cxkit.kpi.ContactFixture.answered;
import static dev.cxkit.kpi.ContactFixture.at;
import static dev.cxkit.kpi.ContactFixture.email;
import static dev.cxkit.kpi.ContactFixture.handled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Case;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import org.junit.jupiter.api.Test;

class TimeKpiTest {

    private static final BusinessCalendar NINE_TO_FIVE_UTC =
            BusinessCalendar.builder(ZoneOffset.UTC).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    @Test
    void ahtAddsTalkHoldAndWrapUpPerHandledContact() {
        var aht = AverageHandleTime.create();
        // (300 + 60 + 30) + (200 + 0 + 10) = 600 s over 2 handled → 300 s; the abandoned one is counted apart
        Stream.of(handled(300, 60, 30), handled(200, 0, 10), abandoned(40)).forEach(aht);

        assertThat(aht.result().value()).hasValue(300.0);
        assertThat(aht.result().count()).isEqualTo(2);
        assertThat(aht.result().unit()).isEqualTo(KpiUnit.SECONDS);
        assertThat(aht.abandonedCount()).isEqualTo(1);
        assertThat(aht.totalHandleTime()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void ahtOfOnlyAbandonedContactsIsEmpty() {
        var aht = AverageHandleTime.create();
        aht.accept(abandoned(10));

        assertThat(aht.result().isEmpty()).isTrue();
        assertThat(aht.abandonedCount()).isEqualTo(1);
    }

    @Test
    void ahtRawEntryRejectsNegativeDurations() {
        assertThatThrownBy(() -> AverageHandleTime.create().acceptHandleTime(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handle time (PT-1S)");
    }

    @Test
    void asaAveragesTheQueueWaitOfAnsweredContacts() {
        var asa = AverageSpeedOfAnswer.create();
        // (10 + 20 + 60) / 3 = 30 s; the abandoned 500 s wait is not part of ASA
        Stream.of(answered(10), answered(20), answered(60), abandoned(500)).forEach(asa);

        assertThat(asa.result().value()).hasValue(30.0);
        assertThat(asa.result().count()).isEqualTo(3);
        assertThat(asa.abandonedCount()).isEqualTo(1);
        assertThat(AverageSpeedOfAnswer.create().result().isEmpty()).isTrue();
        assertThatThrownBy(() -> asa.acceptWait(Duration.ofMillis(-5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstResponseUsesAnswerForLiveAndFirstReplyForWrittenChannels() {
        var frt = FirstResponseTime.create(TimeBasis.calendar());
        Interaction emailWithoutReply = Interaction.builder(InteractionId.of("e-1"), CustomerId.of("c-1"), Channel.EMAIL)
                .queuedAt(T0).endedAt(at(100)).build();
        // phone answered after 20 s, e-mail replied after 100 s → (20 + 100) / 2 = 60 s;
        // an abandoned call and an unanswered e-mail have no response and are counted apart
        Stream.of(answered(20), email(100), abandoned(30), emailWithoutReply).forEach(frt);

        assertThat(frt.result().value()).hasValue(60.0);
        assertThat(frt.result().variant()).isEqualTo("calendar");
        assertThat(frt.withoutResponseCount()).isEqualTo(2);
    }

    @Test
    void firstResponseInBusinessTimeSkipsTheWeekend() {
        Instant fridayFour = Instant.parse("2026-03-06T16:00:00Z");
        Instant mondayTen = Instant.parse("2026-03-09T10:00:00Z");
        Interaction mail = Interaction.builder(InteractionId.of("e-2"), CustomerId.of("c-1"), Channel.EMAIL)
                .queuedAt(fridayFour).answeredAt(mondayTen).firstReplyAt(mondayTen).endedAt(mondayTen).build();
        var business = FirstResponseTime.create(TimeBasis.business(NINE_TO_FIVE_UTC));
        var calendar = FirstResponseTime.create(TimeBasis.calendar());
        business.accept(mail);
        calendar.accept(mail);

        // business: Fri 16–17 (1 h) + Mon 9–10 (1 h) = 7200 s; calendar: Fri 16:00 → Mon 10:00 = 66 h = 237600 s
        assertThat(business.result().value()).hasValue(7200.0);
        assertThat(business.result().variant()).isEqualTo("business");
        assertThat(calendar.result().value()).hasValue(237600.0);
        assertThatThrownBy(() -> business.combine(calendar)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void firstResponseRawEntryAndTimeBasisRejectNegativeTimes() {
        var frt = FirstResponseTime.create(TimeBasis.calendar());

        assertThatThrownBy(() -> frt.acceptResponseTime(Duration.ofSeconds(-2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first response time (PT-2S)");
        assertThatThrownBy(() -> TimeBasis.business(NINE_TO_FIVE_UTC).between(at(10), at(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before its start");
        assertThat(frt.result().isEmpty()).isTrue();
    }

    @Test
    void resolutionTimeMeasuresToFirstOrFinalResolution() {
        // opened T0, solved +1 h, reopened +2 h, solved again +5 h; a second case never resolved
        Case reopened = kase("k-1", event("k-1", 0, CaseStatus.OPEN), event("k-1", 3600, CaseStatus.SOLVED),
                event("k-1", 7200, CaseStatus.OPEN), event("k-1", 18000, CaseStatus.SOLVED));
        Case open = kase("k-2", event("k-2", 0, CaseStatus.NEW));
        var first = ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.calendar());
        var last = ResolutionTime.create(ResolutionPoint.FINAL, TimeBasis.calendar());
        List.of(reopened, open).forEach(c -> {
            first.accept(c);
            last.accept(c);
        });

        // first: 3600 s; final: 18000 s; the open case is counted as unresolved
        assertThat(first.result().value()).hasValue(3600.0);
        assertThat(first.result().variant()).isEqualTo("first/calendar");
        assertThat(last.result().value()).hasValue(18000.0);
        assertThat(last.result().variant()).isEqualTo("final/calendar");
        assertThat(first.unresolvedCount()).isEqualTo(1);
        assertThatThrownBy(() -> first.combine(last)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first/calendar").hasMessageContaining("final/calendar");
    }

    @Test
    void resolutionTimeInBusinessTime() {
        // opened Mon 2026-03-02 16:00Z, solved Tue 10:00Z: business 1 h + 1 h = 7200 s
        Case kase = kase("k-3", new CaseEvent(CaseId.of("k-3"), Instant.parse("2026-03-02T16:00:00Z"), CaseStatus.OPEN, null),
                new CaseEvent(CaseId.of("k-3"), Instant.parse("2026-03-03T10:00:00Z"), CaseStatus.SOLVED, null));
        var time = ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.business(NINE_TO_FIVE_UTC));
        time.accept(kase);

        assertThat(time.result().value()).hasValue(7200.0);
        assertThat(ResolutionTime.create(ResolutionPoint.FINAL, TimeBasis.calendar()).result().isEmpty()).isTrue();
    }

    static CaseEvent event(String caseId, long seconds, CaseStatus status) {
        return new CaseEvent(CaseId.of(caseId), at(seconds), status, null);
    }

    static Case kase(String id, CaseEvent... events) {
        return new Case(CaseId.of(id), List.of(events));
    }
}
