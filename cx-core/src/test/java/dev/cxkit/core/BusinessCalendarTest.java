package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Examples for {@link BusinessCalendar}. Expected instants are written with the offset that is in
 * force at that local time (Berlin +01:00 winter / +02:00 summer, New York −05:00 / −04:00), so each
 * expectation can be checked by hand against the 2026 transition dates:
 * Berlin 2026-03-29 02:00→03:00 and 2026-10-25 03:00→02:00; New York 2026-03-08 02:00→03:00 and
 * 2026-11-01 02:00→01:00.
 */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId UTC = ZoneOffset.UTC;

    /** Berlin, Monday to Friday 09:00–17:00, closed on a few public holidays. */
    private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(List.of(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 5, 1)))
            .build();

    /** New York, Monday to Friday 09:00–12:00 and 13:00–17:00. */
    private static final BusinessCalendar NEW_YORK_SPLIT = BusinessCalendar.builder(NEW_YORK)
            .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static BusinessCalendar everyDay(ZoneId zone, String start, String end) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.open(day, OpeningInterval.of(start, end));
        }
        return builder.build();
    }

    private static Duration businessDay(BusinessCalendar calendar, LocalDate day) {
        return calendar.businessDurationBetween(day.atStartOfDay(calendar.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }

    // --- daylight-saving changes ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}: 00:00–06:00 lasts {2} h")
    @CsvSource({
        "Europe/Berlin,    2026-03-29, 5",
        "Europe/Berlin,    2026-10-25, 7",
        "America/New_York, 2026-03-08, 5",
        "America/New_York, 2026-11-01, 7",
        "Europe/Berlin,    2026-03-28, 6",
        "America/New_York, 2026-11-02, 6"})
    void nightIntervalFollowsTheWallClock(String zone, LocalDate day, long hours) {
        assertThat(businessDay(everyDay(ZoneId.of(zone), "00:00", "06:00"), day)).isEqualTo(Duration.ofHours(hours));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Europe/Berlin,    2026-03-29",
        "Europe/Berlin,    2026-10-25",
        "America/New_York, 2026-03-08",
        "America/New_York, 2026-11-01"})
    void officeDayIsEightHoursOnTransitionDays(String zone, LocalDate day) {
        assertThat(businessDay(everyDay(ZoneId.of(zone), "09:00", "17:00"), day)).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void berlinNightIsMeasuredInRealTime() {
        BusinessCalendar nights = everyDay(BERLIN, "00:00", "06:00");

        // 23:00Z → 04:00Z and 22:00Z → 05:00Z
        assertThat(nights.businessDurationBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")))
                .isEqualTo(Duration.ofHours(5));
        assertThat(nights.businessDurationBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")))
                .isEqualTo(Duration.ofHours(7));
    }

    @Test
    void intervalInsideTheSpringGapDoesNotExist() {
        BusinessCalendar gap = everyDay(BERLIN, "02:15", "02:45");

        assertThat(businessDay(gap, LocalDate.of(2026, 3, 29))).isZero();
        assertThat(gap.isOpen(at("2026-03-29T03:00+02:00"))).isFalse();
        assertThat(businessDay(gap, LocalDate.of(2026, 3, 28))).isEqualTo(Duration.ofMinutes(30));
        // In autumn 02:15–02:45 happens twice; the first occurrence (+02:00) counts.
        assertThat(businessDay(gap, LocalDate.of(2026, 10, 25))).isEqualTo(Duration.ofMinutes(30));
        assertThat(gap.isOpen(at("2026-10-25T02:30+02:00"))).isTrue();
        assertThat(gap.isOpen(at("2026-10-25T02:30+01:00"))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} has {2} h")
    @CsvSource({
        "Europe/Berlin,    2026-03-29, 23",
        "Europe/Berlin,    2026-10-25, 25",
        "America/New_York, 2026-03-08, 23",
        "America/New_York, 2026-11-01, 25",
        "UTC,              2026-03-29, 24"})
    void alwaysOpenCalendarCountsRealElapsedTime(String zone, LocalDate day, long hours) {
        assertThat(businessDay(BusinessCalendar.alwaysOpen(ZoneId.of(zone)), day)).isEqualTo(Duration.ofHours(hours));
    }

    @Test
    void alwaysOpenAcrossTheTransitionNightEqualsElapsedTime() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen(BERLIN);
        Instant saturdayNoon = at("2026-03-28T12:00+01:00");
        Instant sundayNoon = at("2026-03-29T12:00+02:00");

        assertThat(always.businessDurationBetween(saturdayNoon, sundayNoon)).isEqualTo(Duration.ofHours(23));
        // 24 business hours later the wall clock reads 13:00
        assertThat(always.plusBusiness(saturdayNoon, Duration.ofHours(24))).isEqualTo(at("2026-03-29T13:00+02:00"));
    }

    @Test
    void plusBusinessAcrossTheChange() {
        BusinessCalendar nights = everyDay(BERLIN, "00:00", "06:00");

        assertThat(nights.plusBusiness(at("2026-03-29T00:00+01:00"), Duration.ofHours(5)))
                .isEqualTo(at("2026-03-29T06:00+02:00"));
        // the sixth hour is the first hour of the next night
        assertThat(nights.plusBusiness(at("2026-03-29T00:00+01:00"), Duration.ofHours(6)))
                .isEqualTo(at("2026-03-30T01:00+02:00"));
        assertThat(nights.plusBusiness(at("2026-10-25T00:00+02:00"), Duration.ofHours(7)))
                .isEqualTo(at("2026-10-25T06:00+01:00"));
        // New York, 09–17 daily: Saturday 16:00 EST + 2 h → Sunday 10:00 EDT
        assertThat(everyDay(NEW_YORK, "09:00", "17:00").plusBusiness(at("2026-03-07T16:00-05:00"),
                Duration.ofHours(2))).isEqualTo(at("2026-03-08T10:00-04:00"));
    }

    // --- holidays, weekends, split shifts ------------------------------------------------------

    @Test
    void holidayIsClosedAllDay() {
        assertThat(BERLIN_OFFICE.isOpen(at("2026-05-01T12:00+02:00"))).isFalse();
        assertThat(businessDay(BERLIN_OFFICE, LocalDate.of(2026, 5, 1))).isZero();
        assertThat(BERLIN_OFFICE.holidays()).hasSize(4).first().isEqualTo(LocalDate.of(2025, 12, 25));
    }

    @Test
    void durationSpanningAHolidaySkipsIt() {
        // Thu 30 Apr 8 h, Fri 1 May holiday, weekend, Mon 4 May 8 h
        assertThat(BERLIN_OFFICE.businessDurationBetween(at("2026-04-30T09:00+02:00"), at("2026-05-04T17:00+02:00")))
                .isEqualTo(Duration.ofHours(16));
        assertThat(BERLIN_OFFICE.plusBusiness(at("2026-04-30T16:00+02:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-05-04T10:00+02:00"));
    }

    @Test
    void yearEndSkipsNewYearsDay() {
        // Wed 31 Dec 16:00 + 1 h = 17:00; the second hour falls on Fri 2 Jan (1 Jan is a holiday)
        assertThat(BERLIN_OFFICE.plusBusiness(at("2025-12-31T16:00+01:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-01-02T10:00+01:00"));
        assertThat(BERLIN_OFFICE.businessDurationBetween(at("2025-12-31T12:00+01:00"), at("2026-01-02T12:00+01:00")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void weekendIsClosed() {
        // Fri 16:00 + 2 h: one hour on Friday, one on Monday
        assertThat(BERLIN_OFFICE.plusBusiness(at("2026-03-06T16:00+01:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-09T10:00+01:00"));
        // Fri 12:00–17:00 (5 h) + Mon 09:00–12:00 (3 h)
        assertThat(BERLIN_OFFICE.businessDurationBetween(at("2026-03-06T12:00+01:00"), at("2026-03-09T12:00+01:00")))
                .isEqualTo(Duration.ofHours(8));
        assertThat(BERLIN_OFFICE.isOpen(at("2026-03-07T12:00+01:00"))).isFalse();
    }

    @Test
    void splitShiftSkipsTheLunchBreak() {
        assertThat(NEW_YORK_SPLIT.plusBusiness(at("2026-03-02T11:30-05:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-02T13:30-05:00"));
        assertThat(NEW_YORK_SPLIT.plusBusiness(at("2026-03-02T12:15-05:00"), Duration.ofMinutes(30)))
                .isEqualTo(at("2026-03-02T13:30-05:00"));
        // 3 h + 4 h
        assertThat(businessDay(NEW_YORK_SPLIT, LocalDate.of(2026, 3, 2))).isEqualTo(Duration.ofHours(7));
        assertThat(NEW_YORK_SPLIT.openingHours(DayOfWeek.MONDAY))
                .containsExactly(OpeningInterval.of("09:00", "12:00"), OpeningInterval.of("13:00", "17:00"));
        assertThat(NEW_YORK_SPLIT.openingHours(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void addingZeroReturnsStartEvenWhenClosed() {
        Instant saturday = at("2026-03-07T10:00+01:00");

        assertThat(BERLIN_OFFICE.plusBusiness(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void addingBeforeOpeningCountsFromOpening() {
        assertThat(BERLIN_OFFICE.plusBusiness(at("2026-03-02T07:00+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-02T10:00+01:00"));
    }

    @Test
    void endingExactlyAtClosingReturnsTheClosingTime() {
        assertThat(BERLIN_OFFICE.plusBusiness(at("2025-12-24T16:00+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2025-12-24T17:00+01:00"));
        // One nanosecond more lands after Christmas (25/26 holidays) and the weekend.
        assertThat(BERLIN_OFFICE.plusBusiness(at("2025-12-24T16:00+01:00"), Duration.ofHours(1).plusNanos(1)))
                .isEqualTo(at("2025-12-29T09:00+01:00").plusNanos(1));
    }

    @Test
    void isOpenIncludesStartAndExcludesEnd() {
        Instant opening = at("2026-03-02T09:00+01:00");
        Instant closing = at("2026-03-02T17:00+01:00");

        assertThat(BERLIN_OFFICE.isOpen(opening)).isTrue();
        assertThat(BERLIN_OFFICE.isOpen(opening.minusNanos(1))).isFalse();
        assertThat(BERLIN_OFFICE.isOpen(closing)).isFalse();
        assertThat(BERLIN_OFFICE.isOpen(closing.minusNanos(1))).isTrue();
        assertThat(NEW_YORK_SPLIT.isOpen(at("2026-03-02T12:00-05:00"))).isFalse();
        assertThat(NEW_YORK_SPLIT.isOpen(at("2026-03-02T13:00-05:00"))).isTrue();
    }

    @Test
    void allDaySaturdayRunsToMidnight() {
        BusinessCalendar saturdays = BusinessCalendar.builder(BERLIN)
                .open(DayOfWeek.SATURDAY, OpeningInterval.of("00:00", "24:00"))
                .build();

        assertThat(businessDay(saturdays, LocalDate.of(2026, 3, 7))).isEqualTo(Duration.ofHours(24));
        assertThat(saturdays.isOpen(at("2026-03-08T00:00+01:00").minusNanos(1))).isTrue();
        assertThat(saturdays.isOpen(at("2026-03-08T00:00+01:00"))).isFalse();
        // Saturday 23:00 + 2 h: one hour left this Saturday, the next one on the following Saturday
        assertThat(saturdays.plusBusiness(at("2026-03-07T23:00+01:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-14T01:00+01:00"));
    }

    @Test
    void reversedRangeGivesNegativeDuration() {
        assertThat(BERLIN_OFFICE.businessDurationBetween(at("2026-03-02T17:00+01:00"), at("2026-03-02T09:00+01:00")))
                .isEqualTo(Duration.ofHours(-8));
    }

    @Test
    void rejectsNegativeAmount() {
        assertThatThrownBy(() -> BERLIN_OFFICE.plusBusiness(Instant.EPOCH, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount (PT-1H)")
                .hasMessageContaining("negative");
    }

    // --- n-th business day -----------------------------------------------------------------------

    @Test
    void nthBusinessDaySkipsTheWeekendAndHolidays() {
        // Thursday 2025-12-25 and Friday 2025-12-26 are holidays, then the weekend.
        LocalDate wednesday = LocalDate.of(2025, 12, 24);

        assertThat(BERLIN_OFFICE.nthBusinessDayAfter(wednesday, 1)).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(BERLIN_OFFICE.nthBusinessDayAfter(wednesday, 2)).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(BERLIN_OFFICE.endOfNthBusinessDayAfter(wednesday, 2)).isEqualTo(at("2025-12-30T17:00+01:00"));
    }

    @Test
    void theDateItselfNeverCounts() {
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate saturday = LocalDate.of(2026, 3, 7);

        assertThat(BERLIN_OFFICE.nthBusinessDayAfter(monday, 1)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(BERLIN_OFFICE.nthBusinessDayAfter(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aSplitShiftDayEndsAtItsLastClose() {
        // Friday 2026-03-06 → Monday 03-09 (New York already on summer time since 03-08).
        assertThat(NEW_YORK_SPLIT.endOfNthBusinessDayAfter(LocalDate.of(2026, 3, 6), 1))
                .isEqualTo(at("2026-03-09T17:00-04:00"));
    }

    @Test
    void aCloseOf24IsTheStartOfTheNextDay() {
        BusinessCalendar evenings = everyDay(BERLIN, "18:00", "24:00");

        // The night of the fall-back change still ends at the next midnight, one hour later in UTC.
        assertThat(evenings.endOfNthBusinessDayAfter(LocalDate.of(2026, 10, 24), 1))
                .isEqualTo(at("2026-10-26T00:00+01:00"));
    }

    @Test
    void aCloseInTheSpringGapIsTheEndOfTheGap() {
        BusinessCalendar nights = everyDay(BERLIN, "00:00", "02:30");

        // On 2026-03-29 the clock jumps from 02:00 to 03:00 at 01:00Z, never reading 02:30.
        assertThat(nights.endOfNthBusinessDayAfter(LocalDate.of(2026, 3, 28), 1)).isEqualTo(at("2026-03-29T03:00+02:00"));
        assertThat(nights.endOfNthBusinessDayAfter(LocalDate.of(2026, 3, 29), 1)).isEqualTo(at("2026-03-30T02:30+02:00"));
    }

    @Test
    void aDayWhoseOnlyIntervalFallsInTheSpringGapIsNoBusinessDay() {
        BusinessCalendar gap = everyDay(BERLIN, "02:15", "02:45");

        assertThat(gap.nthBusinessDayAfter(LocalDate.of(2026, 3, 28), 1)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void rejectsFewerThanOneBusinessDay() {
        assertThatThrownBy(() -> BERLIN_OFFICE.nthBusinessDayAfter(LocalDate.of(2026, 3, 2), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The n of nthBusinessDayAfter must be at least 1, but was 0")
                .hasMessageContaining("Maybe pass 1");
        assertThatThrownBy(() -> BERLIN_OFFICE.endOfNthBusinessDayAfter(LocalDate.of(2026, 3, 2), -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The n of endOfNthBusinessDayAfter must be at least 1, but was -2");
    }

    // --- building ------------------------------------------------------------------------------

    @Test
    void builderRejectsOverlappingIntervals() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN)
                .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));

        assertThatThrownBy(() -> builder.open(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11:00–13:00 on MONDAY overlaps 09:00–12:00")
                .hasMessageContaining("Maybe merge them");
        assertThatThrownBy(() -> builder.open(DayOfWeek.MONDAY, OpeningInterval.ALL_DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("00:00–24:00 on MONDAY overlaps 09:00–12:00");
    }

    @Test
    void builderAcceptsTouchingIntervals() {
        BusinessCalendar calendar = BusinessCalendar.builder(UTC)
                .open(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0))
                .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .build();

        assertThat(businessDay(calendar, LocalDate.of(2026, 3, 2))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void builderRejectsAnEmptyWeek() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(BERLIN).holiday(LocalDate.of(2026, 1, 1));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in Europe/Berlin has no opening hours")
                .hasMessageContaining("Maybe call weekdays(09:00, 17:00)?");
    }

    @Test
    void equalCalendarsAreEqual() {
        BusinessCalendar again = BusinessCalendar.builder(NEW_YORK)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                .build();

        assertThat(again).isEqualTo(NEW_YORK_SPLIT).hasSameHashCodeAs(NEW_YORK_SPLIT);
        assertThat(again).isNotEqualTo(BusinessCalendar.alwaysOpen(NEW_YORK));
    }

    @Test
    void intervalRejectsReversedAndExplainsMidnight() {
        assertThatThrownBy(() -> new OpeningInterval(LocalTime.of(22, 0), LocalTime.of(6, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("22:00–06:00 is empty or reversed")
                .hasMessageContaining("Split it into 22:00–00:00 and 00:00–06:00 on the next day");
    }

    @Test
    void intervalRejectsEmpty() {
        assertThatThrownBy(() -> OpeningInterval.of("09:00", "09:00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("09:00–09:00 is empty or reversed");
    }

    @Test
    void intervalEndingAtMidnightRunsToTheEndOfTheDay() {
        OpeningInterval lateShift = OpeningInterval.of("22:00", "24:00");

        assertThat(lateShift).isEqualTo(OpeningInterval.of("22:00", "00:00"));
        assertThat(lateShift.endsAtEndOfDay()).isTrue();
        assertThat(lateShift).hasToString("22:00–24:00");
        assertThat(OpeningInterval.ALL_DAY.overlaps(lateShift)).isTrue();
        assertThat(OpeningInterval.of("20:00", "22:00").overlaps(lateShift)).isFalse();
    }
}
