package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws stated in the Javadoc of {@link BusinessCalendar}, checked on calendars that cover
 * holidays, split shifts, an always-open week, an all-day Saturday and intervals around the
 * daylight-saving changes, with instants over 2025–2027. Instants are sometimes snapped to whole
 * half-hours so that they often land exactly on interval boundaries, and sometimes drawn from the two
 * days around a daylight-saving change.
 */
class BusinessCalendarPropertiesTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2028-01-01T00:00:00Z");
    private static final Duration MAX_AMOUNT = Duration.ofHours(300);

    /** The daylight-saving changes of Berlin and New York in 2025–2027. */
    private static final List<Instant> TRANSITIONS = transitions(ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"));

    /** Berlin office hours with German national holidays 2025–2027. */
    static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29", "2025-06-09",
                    "2025-10-03", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01",
                    "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26", "2027-01-01", "2027-03-26",
                    "2027-03-29", "2027-05-06", "2027-05-17", "2027-10-03", "2027-12-25"))
            .build();

    /** New York split shifts, plus a Sunday night shift across the 02:00 transitions. */
    static final BusinessCalendar NEW_YORK_SPLIT = newYorkSplit();

    /** A new instance of {@link #NEW_YORK_SPLIT}, with a cache of its own. */
    static BusinessCalendar newYorkSplit() {
        return BusinessCalendar.builder(ZoneId.of("America/New_York"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                .open(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(3, 30))
                .holidays(dates("2025-07-04", "2025-12-25", "2026-07-03", "2026-12-25", "2027-07-05", "2027-12-24"))
                .build();
    }

    static final BusinessCalendar ALWAYS_UTC = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);

    /** Berlin: all-day Saturday, Sunday night across the transitions, weekday nights touching midnight. */
    static final BusinessCalendar BERLIN_NIGHTS = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .open(DayOfWeek.SATURDAY, OpeningInterval.of("00:00", "24:00"))
            .open(DayOfWeek.SUNDAY, OpeningInterval.of("00:00", "06:00"))
            .weekdays(LocalTime.of(22, 0), LocalTime.MIDNIGHT)
            .weekdays(LocalTime.MIDNIGHT, LocalTime.of(2, 30))
            .holiday(LocalDate.of(2026, 12, 25))
            .build();

    private static List<Instant> transitions(ZoneId... zones) {
        List<Instant> result = new ArrayList<>();
        for (ZoneId zone : zones) {
            for (ZoneOffsetTransition t = zone.getRules().nextTransition(FROM); t.getInstant().isBefore(TO);
                    t = zone.getRules().nextTransition(t.getInstant())) {
                result.add(t.getInstant());
            }
        }
        return List.copyOf(result);
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(BERLIN_OFFICE, NEW_YORK_SPLIT, ALWAYS_UTC, BERLIN_NIGHTS);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> any = Combinators
                .combine(Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Instant> halfHours = Arbitraries.longs()
                .between(FROM.getEpochSecond() / 1800, TO.getEpochSecond() / 1800)
                .map(n -> Instant.ofEpochSecond(n * 1800));
        Arbitrary<Instant> nearTransitions = Combinators
                .combine(Arbitraries.of(TRANSITIONS), Arbitraries.longs().between(-2 * 86_400, 2 * 86_400),
                        Arbitraries.of(0, 1, 999_999_999))
                .as((transition, seconds, nanos) -> transition.plusSeconds(seconds).plusNanos(nanos));
        return Arbitraries.frequencyOf(
                Tuple.of(2, any),
                Tuple.of(1, halfHours),
                Tuple.of(1, nearTransitions));
    }

    @Provide
    Arbitrary<Duration> amounts() {
        Arbitrary<Duration> any = Arbitraries.longs().between(0, MAX_AMOUNT.toNanos()).map(Duration::ofNanos);
        Arbitrary<Duration> halfHours = Arbitraries.longs().between(0, MAX_AMOUNT.toMinutes() / 30)
                .map(n -> Duration.ofMinutes(30 * n));
        return Arbitraries.oneOf(any, halfHours);
    }

    @Property(tries = 300)
    void plusBusinessRoundTrips(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("amounts") Duration amount) {
        Instant end = calendar.plusBusiness(start, amount);

        assertThat(calendar.businessDurationBetween(start, end)).isEqualTo(amount);
    }

    @Property(tries = 300)
    void plusBusinessNeverGoesBack(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant start,
            @ForAll("amounts") Duration amount) {
        Instant end = calendar.plusBusiness(start, amount);

        assertThat(end).isAfterOrEqualTo(start);
        // and it is the earliest such instant: a nanosecond earlier not all of it has elapsed
        if (!amount.isZero()) {
            assertThat(calendar.businessDurationBetween(start, end.minusNanos(1))).isLessThan(amount);
        }
    }

    @Property(tries = 300)
    void durationsAddUpOverASplitPoint(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant x, @ForAll("instants") Instant y, @ForAll("instants") Instant z) {
        Instant[] sorted = {x, y, z};
        Arrays.sort(sorted);
        Instant a = sorted[0];
        Instant b = sorted[1];
        Instant c = sorted[2];

        assertThat(calendar.businessDurationBetween(a, b).plus(calendar.businessDurationBetween(b, c)))
                .isEqualTo(calendar.businessDurationBetween(a, c));
    }

    @Property(tries = 300)
    void durationIsAntisymmetric(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a,
            @ForAll("instants") Instant b) {
        assertThat(calendar.businessDurationBetween(b, a)).isEqualTo(calendar.businessDurationBetween(a, b).negated());
    }

    @Property(tries = 300)
    void businessDurationNeverExceedsElapsedTime(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Duration business = calendar.businessDurationBetween(a, b).abs();

        assertThat(business).isLessThanOrEqualTo(Duration.between(a, b).abs());
    }

    @Property(tries = 300)
    void alwaysOpenCalendarMeasuresElapsedTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
            @ForAll("amounts") Duration amount) {
        assertThat(ALWAYS_UTC.businessDurationBetween(a, b)).isEqualTo(Duration.between(a, b));
        assertThat(ALWAYS_UTC.plusBusiness(a, amount)).isEqualTo(a.plus(amount));
        BusinessCalendar alwaysBerlin = BusinessCalendar.alwaysOpen(ZoneId.of("Europe/Berlin"));
        assertThat(alwaysBerlin.businessDurationBetween(a, b)).isEqualTo(Duration.between(a, b));
    }

    @Property(tries = 300)
    void isOpenAgreesWithDuration(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant at) {
        // open at t ⇔ the nanosecond [t, t+1ns) is business time
        boolean openNanosecond = calendar.businessDurationBetween(at, at.plusNanos(1)).equals(Duration.ofNanos(1));

        assertThat(calendar.isOpen(at)).isEqualTo(openNanosecond);
    }

    @Property(tries = 300)
    void dateOfIsTheWallClockDate(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant at) {
        assertThat(calendar.dateOf(at)).isEqualTo(LocalDate.ofInstant(at, calendar.zone()));
    }

    /**
     * The calendar keeps recent days in a cache; its answers must equal those worked out from the zone
     * rules for every day, as the class Javadoc defines them. The shared calendars have served the
     * other properties in between, so the cache holds days from anywhere in 2025–2027.
     */
    @Property(tries = 500)
    void durationEqualsTheDayByDayDefinition(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;

        assertThat(calendar.businessDurationBetween(from, to)).isEqualTo(byDefinition(calendar, from, to));
    }

    /**
     * The n-th business day and its end, against a day-by-day search with the zone rules: a business
     * day has an opening interval that is not empty on the wall clock, and ends at its latest close.
     */
    @Property(tries = 300)
    void nthBusinessDayEqualsTheDayByDayDefinition(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant at, @ForAll @IntRange(min = 1, max = 12) int n) {
        ZoneId zone = calendar.zone();
        LocalDate date = LocalDate.ofInstant(at, zone);
        LocalDate day = date;
        Instant end = null;
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            end = null;
            if (!calendar.holidays().contains(day)) {
                for (OpeningInterval interval : calendar.openingHours(day.getDayOfWeek())) {
                    Instant open = firstAtOrAfter(day.atTime(interval.start()), zone);
                    Instant close = firstAtOrAfter(interval.endsAtEndOfDay() ? day.plusDays(1).atStartOfDay()
                            : day.atTime(interval.end()), zone);
                    if (open.isBefore(close) && (end == null || close.isAfter(end))) {
                        end = close;
                    }
                }
            }
            if (end != null) {
                found++;
            }
        }

        assertThat(calendar.nthBusinessDayAfter(date, n)).isEqualTo(day);
        assertThat(calendar.endOfNthBusinessDayAfter(date, n)).isEqualTo(end);
    }

    /** Business time of {@code [from, to)}, from the zone rules day by day, without any cache. */
    private static Duration byDefinition(BusinessCalendar calendar, Instant from, Instant to) {
        ZoneId zone = calendar.zone();
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(LocalDate.ofInstant(to, zone));
                day = day.plusDays(1)) {
            if (calendar.holidays().contains(day)) {
                continue;
            }
            for (OpeningInterval interval : calendar.openingHours(day.getDayOfWeek())) {
                Instant open = firstAtOrAfter(day.atTime(interval.start()), zone);
                Instant close = firstAtOrAfter(interval.endsAtEndOfDay() ? day.plusDays(1).atStartOfDay()
                        : day.atTime(interval.end()), zone);
                Instant start = open.isAfter(from) ? open : from;
                Instant end = close.isBefore(to) ? close : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** The first instant at which the wall clock of {@code zone} reads {@code local} or later. */
    private static Instant firstAtOrAfter(java.time.LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return zone.getRules().getTransition(local).getInstant();
        }
        // In an overlap (fall back) the clock reads local twice; the earlier reading counts.
        return offsets.stream().map(local::toInstant).min(Instant::compareTo).orElseThrow();
    }
}
