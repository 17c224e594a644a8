package dev.cxkit.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.cxkit.core.internal.Checks;

/**
 * Business hours: a time zone, weekly opening intervals (several per day for split shifts) and
 * holidays. Measures elapsed business time between instants and adds business time to an instant,
 * exactly across daylight-saving changes and year ends. Immutable and thread-safe; build one with
 * {@link #builder(ZoneId)}.
 *
 * <h2>Daylight-saving changes</h2>
 * Each boundary of an opening interval is the <em>first instant at which the local wall clock reads
 * that time or later</em> on that day. So on the Europe/Berlin spring-forward day (02:00 → 03:00) an
 * interval 00:00–06:00 lasts 5 hours, an interval 02:15–02:45 does not exist (0 hours), and on the
 * fall-back day (03:00 → 02:00) 00:00–06:00 lasts 7 hours. Durations are real elapsed time, never
 * wall-clock differences.
 *
 * <h2>Laws</h2>
 * For instants {@code a ≤ b ≤ c} and a non-negative duration {@code d}:
 * <ul>
 *   <li>{@code businessDurationBetween(a, plusBusiness(a, d)) == d};</li>
 *   <li>{@code businessDurationBetween(a, b) + businessDurationBetween(b, c) == businessDurationBetween(a, c)};</li>
 *   <li>{@code businessDurationBetween(b, a) == businessDurationBetween(a, b).negated()}.</li>
 * </ul>
 *
 * <p>Limitation: local dates are assumed never to go backwards, which holds for every zone whose
 * clocks change away from midnight (all of Europe and the Americas today). A zone that falls back
 * across midnight (00:30 → 23:30) could count the repeated evening twice.
 *
 * <p>Cost: both operations walk day by day, so their cost grows with the number of calendar days
 * spanned. Each day's opening windows are worked out once from the zone rules and kept in a small
 * cache of recent days (64 per calendar), so calls about nearby instants, the usual case, skip the
 * zone-rule look-ups.
 */
public final class BusinessCalendar {

    private static final long SECONDS_PER_DAY = 86_400;
    /** Days kept per calendar, by epoch day modulo this power of two: two months of recent days. */
    private static final int CACHED_DAYS = 64;

    /**
     * One local day: where it starts and ends as instants, and its opening windows as instants
     * (open, close, open, close, …), empty on holidays and closed days. Immutable (final fields
     * only), so threads may share days through the cache without locks: a thread sees either a
     * complete day or none.
     */
    private static final class Day {
        final long epochDay;
        final LocalDate date;
        /** The first instant of the day. */
        final Instant start;
        /** The first instant of the next day. */
        final Instant end;
        /** The zone's offset at {@link #start}, for guessing the date of nearby instants. */
        final int offsetSeconds;
        final Instant[] windows;

        Day(LocalDate date, Instant start, Instant end, int offsetSeconds, Instant[] windows) {
            this.epochDay = date.toEpochDay();
            this.date = date;
            this.start = start;
            this.end = end;
            this.offsetSeconds = offsetSeconds;
            this.windows = windows;
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningInterval>> week;
    private final Set<LocalDate> holidays;
    /**
     * Recently used days, computed on first use: a day costs a few zone-rule look-ups to compute,
     * and most calls ask about the same few days. Racy by design (see {@link Day}): two threads
     * may compute the same day, and either copy is right.
     */
    private final Day[] days = new Day[CACHED_DAYS];
    /** The day of the last instant looked up, the first guess for the next one; racy like the cache. */
    private Day lastDay;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
        this.lastDay = day(LocalDate.ofInstant(Instant.EPOCH, zone).toEpochDay());
    }

    /**
     * Starts a calendar in a zone with no opening hours yet.
     *
     * @param zone the zone whose wall clock the opening hours follow
     * @return a builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    /**
     * A calendar that is always open: business time equals calendar time. Useful where a KPI or an
     * SLA is measured in calendar time but the API asks for a calendar.
     *
     * @param zone the zone (only relevant for reporting)
     * @return a 24/7 calendar without holidays
     */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        Builder builder = builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            builder.open(day, OpeningInterval.ALL_DAY);
        }
        return builder.build();
    }

    /**
     * The zone of the opening hours.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The opening intervals of a weekday, sorted.
     *
     * @param day the weekday
     * @return the intervals, empty if closed
     */
    public List<OpeningInterval> openingHours(DayOfWeek day) {
        return week.get(day);
    }

    /**
     * The holidays, on which the calendar is closed all day.
     *
     * @return the holidays, sorted
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * The local date of an instant in the calendar's zone: the same as
     * {@code LocalDate.ofInstant(instant, zone())}, answered from the cache of recent days.
     *
     * @param instant the instant
     * @return its date on the calendar's wall clock
     */
    public LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return dayContaining(instant).date;
    }

    /**
     * Whether the calendar is open at an instant.
     *
     * @param instant the instant
     * @return {@code true} if the instant lies in an opening interval of its local day
     */
    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant[] windows = dayContaining(instant).windows;
        for (int i = 0; i < windows.length; i += 2) {
            if (!instant.isBefore(windows[i]) && instant.isBefore(windows[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The business time between two instants: how much of {@code [from, to)} falls in opening hours.
     *
     * @param from the start
     * @param to the end
     * @return the business time, negative if {@code to} is before {@code from}
     */
    public Duration businessDurationBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return businessDurationBetween(to, from).negated();
        }
        Day first = dayContaining(from);
        Day last = to.isBefore(first.end) ? first : dayContaining(to);
        long seconds = 0;
        long nanos = 0;
        for (long epochDay = first.epochDay; epochDay <= last.epochDay; epochDay++) {
            Instant[] windows = epochDay == first.epochDay ? first.windows
                    : epochDay == last.epochDay ? last.windows : day(epochDay).windows;
            for (int i = 0; i < windows.length; i += 2) {
                Instant start = windows[i].isAfter(from) ? windows[i] : from;
                Instant end = windows[i + 1].isBefore(to) ? windows[i + 1] : to;
                if (start.isBefore(end)) {
                    seconds += end.getEpochSecond() - start.getEpochSecond();
                    nanos += end.getNano() - start.getNano();
                }
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }

    /**
     * Adds business time to an instant: the earliest instant by which {@code amount} of business time
     * has elapsed since {@code start}. Adding zero returns {@code start} itself, even outside opening
     * hours; adding a positive amount that ends exactly at a closing time returns that closing time.
     *
     * @param start the instant to count from
     * @param amount the business time to add, not negative
     * @return the resulting instant
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public Instant plusBusiness(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Checks.nonNegative(amount, "amount", "plusBusiness");
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        for (long epochDay = dayContaining(start).epochDay; ; epochDay++) {
            Instant[] windows = day(epochDay).windows;
            for (int i = 0; i < windows.length; i += 2) {
                if (!windows[i + 1].isAfter(start)) {
                    continue;
                }
                Instant from = windows[i].isAfter(start) ? windows[i] : start;
                Duration available = Duration.between(from, windows[i + 1]);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /**
     * The {@code n}-th business day after a date, for deadlines such as "by the end of the second
     * business day". A business day is a local day on which the calendar opens: the weekday has
     * opening hours, the day is not a holiday, and not every interval falls into a spring-forward
     * gap. {@code date} itself never counts, whether it is a business day or not. A calendar always
     * has business days ({@link Builder#build()} refuses a week without opening hours), so the
     * answer exists; the search skips holidays and closed weekdays one day at a time.
     *
     * @param date the day to count from
     * @param n how many business days to count, at least 1
     * @return the {@code n}-th business day after {@code date}
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public LocalDate nthBusinessDayAfter(LocalDate date, int n) {
        return nthBusinessDay(date, n, "nthBusinessDayAfter").date;
    }

    /**
     * When the {@code n}-th business day after a date ends: the close of its last opening interval,
     * as the instant defined above (a close of 24:00 is the start of the next day; a close in a
     * spring-forward gap is the end of the gap, the first instant the clock reads that time or later).
     * The audit's follow-up deadline (NO_FOLLOW_UP) and the generator's truth for it are this
     * instant.
     *
     * @param date the day to count from
     * @param n how many business days to count, at least 1
     * @return the end of the last opening interval of {@link #nthBusinessDayAfter(LocalDate, int)}
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Instant endOfNthBusinessDayAfter(LocalDate date, int n) {
        Instant[] windows = nthBusinessDay(date, n, "endOfNthBusinessDayAfter").windows;
        return windows[windows.length - 1];
    }

    private Day nthBusinessDay(LocalDate date, int n, String method) {
        Objects.requireNonNull(date, "date");
        if (n < 1) {
            throw new IllegalArgumentException("The n of " + method + " must be at least 1, but was " + n
                    + ".\nMaybe pass 1 for the next business day?");
        }
        int found = 0;
        for (long epochDay = date.toEpochDay() + 1; ; epochDay++) {
            Day day = day(epochDay);
            if (day.windows.length > 0 && ++found == n) {
                return day;
            }
        }
    }

    /**
     * The local day that holds an instant: the cached day of the guessed date if it holds the
     * instant, else the day of {@link LocalDate#ofInstant}.
     */
    private Day dayContaining(Instant instant) {
        Day recent = lastDay;
        if (!instant.isBefore(recent.start) && instant.isBefore(recent.end)) {
            return recent;
        }
        // The offset of the last day answered is right for all but the instants near a change.
        Day guess = day(Math.floorDiv(instant.getEpochSecond() + recent.offsetSeconds, SECONDS_PER_DAY));
        Day day = !instant.isBefore(guess.start) && instant.isBefore(guess.end) ? guess
                : day(LocalDate.ofInstant(instant, zone).toEpochDay());
        lastDay = day;
        return day;
    }

    /** The day of an epoch day, from the cache or computed and cached. */
    private Day day(long epochDay) {
        Day[] cache = days;
        int slot = (int) (epochDay & (cache.length - 1));
        Day day = cache[slot];
        if (day == null || day.epochDay != epochDay) {
            day = computeDay(LocalDate.ofEpochDay(epochDay));
            cache[slot] = day;
        }
        return day;
    }

    private Day computeDay(LocalDate date) {
        Instant start = firstInstantAtOrAfter(date.atStartOfDay());
        Instant end = firstInstantAtOrAfter(date.plusDays(1).atStartOfDay());
        int offsetSeconds = zone.getRules().getOffset(start).getTotalSeconds();
        List<OpeningInterval> intervals = holidays.contains(date) ? List.of() : week.get(date.getDayOfWeek());
        List<Instant> windows = new ArrayList<>(2 * intervals.size());
        for (OpeningInterval interval : intervals) {
            Instant open = firstInstantAtOrAfter(date.atTime(interval.start()));
            Instant close = interval.endsAtEndOfDay() ? end : firstInstantAtOrAfter(date.atTime(interval.end()));
            if (open.isBefore(close)) {
                windows.add(open);
                windows.add(close);
            }
        }
        return new Day(date, start, end, offsetSeconds, windows.toArray(new Instant[0]));
    }

    /** The first instant at which the local clock reads {@code local} or later. */
    private Instant firstInstantAtOrAfter(LocalDateTime local) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            // In a gap (spring forward): the clock jumps past this time at the transition.
            return rules.getTransition(local).getInstant();
        }
        Instant first = local.toInstant(offsets.get(0));
        for (ZoneOffset offset : offsets) {
            Instant candidate = local.toInstant(offset);
            if (candidate.isBefore(first)) {
                first = candidate;
            }
        }
        return first;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that && zone.equals(that.zone) && week.equals(that.week)
                && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("BusinessCalendar[").append(zone);
        week.forEach((day, intervals) -> {
            if (!intervals.isEmpty()) {
                text.append(", ").append(day.name(), 0, 3).append(' ').append(intervals);
            }
        });
        return text.append(", ").append(holidays.size()).append(" holiday(s)]").toString();
    }

    /** Builds a {@link BusinessCalendar}; not thread-safe. */
    public static final class Builder {
        private final ZoneId zone;
        private final Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, new ArrayList<>());
            }
        }

        /**
         * Adds an opening interval on a weekday; call again for split shifts.
         *
         * @param day the weekday
         * @param interval the interval
         * @return this builder
         * @throws IllegalArgumentException if it overlaps an interval already added for that day
         */
        public Builder open(DayOfWeek day, OpeningInterval interval) {
            Checks.notNull(day, "day");
            Checks.notNull(interval, "interval");
            for (OpeningInterval existing : week.get(day)) {
                if (existing.overlaps(interval)) {
                    throw new IllegalArgumentException("The opening interval " + interval + " on " + day
                            + " overlaps " + existing + ".\nMaybe merge them into one interval?");
                }
            }
            week.get(day).add(interval);
            return this;
        }

        /**
         * Adds an opening interval on a weekday.
         *
         * @param day the weekday
         * @param start opening time
         * @param end closing time; {@code 00:00} for the end of the day
         * @return this builder
         */
        public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
            return open(day, new OpeningInterval(start, end));
        }

        /**
         * Adds the same opening interval on Monday to Friday.
         *
         * @param start opening time
         * @param end closing time
         * @return this builder
         */
        public Builder weekdays(LocalTime start, LocalTime end) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    open(day, start, end);
                }
            }
            return this;
        }

        /**
         * Closes the calendar on a day.
         *
         * @param day the holiday, in the calendar's zone
         * @return this builder
         */
        public Builder holiday(LocalDate day) {
            holidays.add(Checks.notNull(day, "holiday"));
            return this;
        }

        /**
         * Closes the calendar on several days.
         *
         * @param days the holidays
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> days) {
            days.forEach(this::holiday);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         * @throws IllegalStateException if no opening interval was added: such a calendar would never open
         */
        public BusinessCalendar build() {
            Map<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
            boolean anyOpen = false;
            for (Map.Entry<DayOfWeek, List<OpeningInterval>> entry : week.entrySet()) {
                List<OpeningInterval> sorted = new ArrayList<>(entry.getValue());
                Collections.sort(sorted);
                copy.put(entry.getKey(), List.copyOf(sorted));
                anyOpen |= !sorted.isEmpty();
            }
            if (!anyOpen) {
                throw new IllegalStateException("The business calendar in " + zone
                        + " has no opening hours, so it would never open.\nMaybe call weekdays(09:00, 17:00)?");
            }
            return new BusinessCalendar(zone, Collections.unmodifiableMap(copy),
                    Collections.unmodifiableSet(new TreeSet<>(holidays)));
        }
    }
}
