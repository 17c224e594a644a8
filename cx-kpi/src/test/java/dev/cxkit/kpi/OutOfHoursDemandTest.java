package dev.cxkit.kpi;

import static dev.cxkit.kpi.CoverageFixture.BERLIN_HOURS;
import static dev.cxkit.kpi.CoverageFixture.abandoned;
import static dev.cxkit.kpi.CoverageFixture.berlin;
import static dev.cxkit.kpi.CoverageFixture.contact;
import static dev.cxkit.kpi.CoverageFixture.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import org.junit.jupiter.api.Test;

class OutOfHoursDemandTest {

    private static double seconds(Duration duration) {
        return duration.toSeconds();
    }

    @Test
    void aContactOneSecondBeforeClosingIsInHoursAndOneAtTheCloseWaitsForTheMorning() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        demand.accept(contact(Channel.PHONE, "2026-03-02T19:59:59").build());
        demand.accept(contact(Channel.PHONE, "2026-03-02T20:00:00").build());

        OutOfHoursDemand.ChannelRow phone = demand.rows().get(0);
        assertThat(phone.inHours().contacts()).isEqualTo(1);
        assertThat(phone.outOfHours().contacts()).isEqualTo(1);
        assertThat(phone.outOfHours().byLocalHour().get(20)).isEqualTo(1);
        assertThat(phone.inHours().byLocalHour().get(19)).isEqualTo(1);
        // Tuesday 08:00 is twelve hours after Monday 20:00.
        assertThat(phone.waitForOpeningMedian().value()).hasValue(seconds(Duration.ofHours(12)));
        assertThat(demand.result().value()).hasValue(0.5);
        assertThat(demand.result().count()).isEqualTo(2);
    }

    @Test
    void aHolidayIsClosedAllDayAndTheWaitRunsToTheNextOpenDay() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        // Good Friday 10:00: closed; Saturday opens at 09:00, 23 hours later.
        demand.accept(contact(Channel.EMAIL, "2026-04-03T10:00:00").build());

        OutOfHoursDemand.ChannelRow email = demand.rows().get(0);
        assertThat(email.outOfHours().contacts()).isEqualTo(1);
        assertThat(email.waitForOpeningMean().value()).hasValue(seconds(Duration.ofHours(23)));
    }

    @Test
    void theWaitAcrossTheSpringForwardNightIsRealElapsedTime() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        // Saturday 28 March 20:00 to Monday 30 March 08:00 reads 36 hours on the wall clock, but the
        // clock skips an hour on Sunday: 35 hours pass.
        demand.accept(contact(Channel.CHAT, "2026-03-28T20:00:00").build());

        assertThat(demand.rows().get(0).waitForOpeningMedian().value()).hasValue(seconds(Duration.ofHours(35)));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleWaits() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        demand.accept(contact(Channel.EMAIL, "2026-03-03T07:00:00").build()); // 1 h before 08:00
        demand.accept(contact(Channel.EMAIL, "2026-03-03T05:00:00").build()); // 3 h
        demand.accept(contact(Channel.EMAIL, "2026-03-03T04:00:00").build()); // 4 h
        demand.accept(contact(Channel.EMAIL, "2026-03-02T22:00:00").build()); // 10 h

        OutOfHoursDemand.ChannelRow email = demand.rows().get(0);
        assertThat(email.waitForOpeningMedian().value()).hasValue(3.5 * 3600);
        assertThat(email.waitForOpeningMean().value()).hasValue(4.5 * 3600);
        assertThat(email.waitForOpeningMedian().count()).isEqualTo(4);
    }

    @Test
    void csatIsTopBoxWhereRatedAndNotRecordedWhereNoOneAnswered() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        demand.accept(rated(contact(Channel.PHONE, "2026-03-02T10:00:00"), 5));
        demand.accept(rated(contact(Channel.PHONE, "2026-03-02T11:00:00"), 3));
        demand.accept(contact(Channel.PHONE, "2026-03-02T21:00:00").build());

        OutOfHoursDemand.ChannelRow phone = demand.rows().get(0);
        assertThat(phone.inHours().csatTopBox().value()).hasValue(0.5);
        assertThat(phone.outOfHours().csatTopBox().isEmpty()).isTrue();
        assertThat(phone.outOfHours().csatTopBox().count()).isZero();
    }

    @Test
    void abandonmentIsMeasuredOnLiveChannelsOnly() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        demand.accept(abandoned(Channel.PHONE, "2026-03-02T20:30:00"));
        demand.accept(contact(Channel.PHONE, "2026-03-02T20:40:00").build());
        demand.accept(contact(Channel.EMAIL, "2026-03-02T20:40:00").build());

        List<OutOfHoursDemand.ChannelRow> rows = demand.rows();
        assertThat(rows).extracting(OutOfHoursDemand.ChannelRow::channel).containsExactly(Channel.PHONE, Channel.EMAIL);
        assertThat(rows.get(0).outOfHours().abandonment().value()).hasValue(0.5);
        assertThat(rows.get(0).inHours().abandonment().isEmpty()).isTrue();
        assertThat(rows.get(1).outOfHours().abandonment().isEmpty()).isTrue();
    }

    @Test
    void aChannelWithItsOwnCalendarIsJudgedByIt() {
        BusinessCalendar roundTheClock = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
        ChannelCalendars calendars = ChannelCalendars.builder(BERLIN_HOURS).channel(Channel.CHAT, roundTheClock).build();
        OutOfHoursDemand demand = OutOfHoursDemand.create(calendars);
        demand.accept(contact(Channel.CHAT, "2026-03-02T23:00:00").build());
        demand.accept(contact(Channel.PHONE, "2026-03-02T23:00:00").build());

        assertThat(demand.rows()).extracting(r -> r.outOfHours().contacts()).containsExactly(1L, 0L);
        assertThat(demand.rows().get(1).zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(calendars.toBuilder().build()).isEqualTo(calendars);
    }

    @Test
    void noContactGivesAnEmptyShareAndNoRows() {
        OutOfHoursDemand demand = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        assertThat(demand.result().isEmpty()).isTrue();
        assertThat(demand.rows()).isEmpty();
    }

    @Test
    void refusesToCombineShardsJudgedByDifferentCalendars() {
        OutOfHoursDemand berlin = OutOfHoursDemand.create(ChannelCalendars.of(BERLIN_HOURS));
        OutOfHoursDemand utc = OutOfHoursDemand.create(ChannelCalendars.of(BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0)).build()));
        assertThatThrownBy(() -> berlin.combine(utc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe");
    }

    @Test
    void nextOpeningOfAClosedInstantIsTheStartOfTheNextWindow() {
        assertThat(OutOfHoursDemand.nextOpening(BERLIN_HOURS, berlin("2026-03-07T14:00:00")))
                .isEqualTo(berlin("2026-03-09T08:00:00"));
    }
}
