package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.OpeningInterval;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The calendar file of docs/audit-files.md#calendar-file, on an Israeli and an Italian desk. */
class BusinessCalendarFileTest {

    private static String resource(String name) {
        try (InputStream in = BusinessCalendarFileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheIsraeliWeekFromSundayToThursday() {
        BusinessCalendar israel = BusinessCalendarFile.parse(resource("israel.calendar"), "israel.calendar");

        assertThat(israel.zone()).isEqualTo(ZoneId.of("Asia/Jerusalem"));
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY)) {
            assertThat(israel.openingHours(day)).as(day.name()).containsExactly(OpeningInterval.of("08:00", "17:00"));
        }
        assertThat(israel.openingHours(DayOfWeek.FRIDAY)).containsExactly(OpeningInterval.of("08:00", "13:00"));
        assertThat(israel.openingHours(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(israel.holidays()).containsExactlyInAnyOrder(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 8),
                LocalDate.of(2026, 9, 12), LocalDate.of(2026, 9, 13));
        // A case solved on Thursday 2026-03-05: Friday is the 1st business day, Sunday the 2nd (Saturday is closed);
        // it closes at 17:00 Israel time (UTC+2 in March) = 15:00 UTC.
        assertThat(israel.endOfNthBusinessDayAfter(LocalDate.of(2026, 3, 5), 2))
                .isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
        // Wednesday 1 April 16:00 + 3 business hours: 1 h on Wednesday, Thursday 2 April is Pesach, Friday opens at 08:00.
        assertThat(israel.plusBusiness(Instant.parse("2026-04-01T13:00:00Z"), Duration.ofHours(3)))
                .isEqualTo(Instant.parse("2026-04-03T07:00:00Z"));
    }

    @Test
    void readsItalianHolidaysEveryYearAndASplitDay() {
        BusinessCalendar italy = BusinessCalendarFile.parse(resource("italy.calendar"), "italy.calendar");

        assertThat(italy.openingHours(DayOfWeek.MONDAY))
                .containsExactly(OpeningInterval.of("09:00", "13:00"), OpeningInterval.of("14:00", "18:00"));
        assertThat(italy.openingHours(DayOfWeek.SATURDAY)).isEmpty();
        // Yearly holidays are listed for 1970-2099: ten a year, plus the two Easter Mondays.
        assertThat(italy.holidays()).hasSize(10 * 130 + 2)
                .contains(LocalDate.of(2026, 4, 25), LocalDate.of(2031, 6, 2), LocalDate.of(2026, 4, 6));
        // Friday 2026-04-24 17:00 + 2 business hours: 1 h on Friday; Saturday 25 April is closed anyway, Monday 27 opens.
        assertThat(italy.plusBusiness(Instant.parse("2026-04-24T15:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-04-27T08:00:00Z"));
        // Thursday 2026-12-24 (a business day): 1st business day after it is Monday 28 December (25, 26 holidays, weekend).
        assertThat(italy.nthBusinessDayAfter(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void namesTheLineAndTheProblemAndSuggestsAFix() {
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = Europe/Rome\nmonday-frday = 09:00-17:00\n", "c.cal"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessage("c.cal:2: unknown setting monday-frday.\nMaybe monday-friday?");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("monday = 09:00-17:00\n", "c.cal"))
                .hasMessageStartingWith("c.cal: zone is missing");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = Europe/Milan\nmonday = 09:00-17:00\n", "c.cal"))
                .hasMessageStartingWith("c.cal:1: zone Europe/Milan is not a time zone.");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday-friday = 09:00-17:00\nfriday = closed\n", "c.cal"))
                .hasMessageStartingWith("c.cal:3: friday is given again (line 2 gave it already).");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday = 9-17\n", "c.cal"))
                .hasMessageStartingWith("c.cal:2: opening hours 9-17 are not HH:MM-HH:MM.");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday = 22:00-06:00\n", "c.cal"))
                .hasMessageStartingWith("c.cal:2: opening hours 22:00-06:00 end before they start.");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday = 09:00-13:00, 12:00-17:00\n", "c.cal"))
                .hasMessageStartingWith("c.cal:2: the opening intervals 09:00-13:00, 12:00-17:00 overlap.");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday = 09:00-17:00\nholiday = 2026-02-30\n", "c.cal"))
                .hasMessageStartingWith("c.cal:3: holiday 2026-02-30 is not a date.");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nsunday = closed\n", "c.cal"))
                .hasMessageStartingWith("c.cal: no day opens");
        assertThatThrownBy(() -> BusinessCalendarFile.parse("zone = UTC\nmonday 09:00-17:00\n", "c.cal"))
                .hasMessageStartingWith("c.cal:2: not a setting");
    }

    @Test
    void aWrappingRangeRunsForwardThroughTheWeek() {
        BusinessCalendar calendar = BusinessCalendarFile.parse("zone = UTC\nfri-mon = 00:00-24:00 # weekend desk\n", "w.cal");

        assertThat(calendar.openingHours(DayOfWeek.FRIDAY)).containsExactly(OpeningInterval.ALL_DAY);
        assertThat(calendar.openingHours(DayOfWeek.SUNDAY)).containsExactly(OpeningInterval.ALL_DAY);
        assertThat(calendar.openingHours(DayOfWeek.MONDAY)).containsExactly(OpeningInterval.ALL_DAY);
        assertThat(calendar.openingHours(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Property(tries = 200)
    void formatThenParseGivesTheSameCalendar(@ForAll("calendars") BusinessCalendar calendar) {
        assertThat(BusinessCalendarFile.parse(BusinessCalendarFile.format(calendar), "round-trip")).isEqualTo(calendar);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Europe/Rome", "Asia/Jerusalem", "America/New_York", "+05:30")
                .map(ZoneId::of);
        Arbitrary<int[]> hours = Arbitraries.integers().between(0, 23).list().ofSize(7).map(list -> list.stream()
                .mapToInt(Integer::intValue).toArray());
        Arbitrary<List<LocalDate>> holidays = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2025, 1, 1)
                .plusDays(d)).list().ofMaxSize(5);
        return Combinators.combine(zones, hours, holidays).as((zone, starts, days) -> {
            BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
            boolean anyOpen = false;
            for (DayOfWeek day : DayOfWeek.values()) {
                int start = starts[day.ordinal()];
                if (start % 5 == 4) {
                    continue; // closed
                }
                anyOpen = true;
                if (start % 3 == 0 && start < 20) {
                    // A split day: two intervals, the second to the end of the day.
                    builder.open(day, LocalTime.of(start, 0), LocalTime.of(start + 2, 30))
                            .open(day, LocalTime.of(start + 3, 0), LocalTime.MIDNIGHT);
                } else {
                    builder.open(day, LocalTime.of(start, 15), LocalTime.MIDNIGHT);
                }
            }
            if (!anyOpen) {
                builder.open(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
            }
            return builder.holidays(days).build();
        });
    }
}
