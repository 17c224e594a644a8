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
 * spanned (about a microsecond per day).
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningInterval>> week;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> week, Set<LocalDate> holidays) {
        this.zone = zone;
        this.week = week;
        this.holidays = holidays;
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
     * Whether the calendar is open at an instant.
     *
     * @param instant the instant
     * @return {@code true} if the instant lies in an opening interval of its local day
     */
    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDate day = LocalDate.ofInstant(instant, zone);
        for (Instant[] window : windows(day)) {
            if (!instant.isBefore(window[0]) && instant.isBefore(window[1])) {
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
        long seconds = 0;
        long nanos = 0;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] window : windows(day)) {
                Instant start = window[0].isAfter(from) ? window[0] : from;
                Instant end = window[1].isBefore(to) ? window[1] : to;
                if (start.isBefore(end)) {
                    Duration overlap = Duration.between(start, end);
                    seconds += overlap.getSeconds();
                    nanos += overlap.getNano();
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
        for (LocalDate day = LocalDate.ofInstant(start, zone); ; day = day.plusDays(1)) {
            for (Instant[] window : windows(day)) {
                if (!window[1].isAfter(start)) {
                    continue;
                }
                Instant from = window[0].isAfter(start) ? window[0] : start;
                Duration available = Duration.between(from, window[1]);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /**
     * The opening windows of a local day as instants; empty on holidays and closed days.
     */
    private List<Instant[]> windows(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<OpeningInterval> intervals = week.get(day.getDayOfWeek());
        if (intervals.isEmpty()) {
            return List.of();
        }
        List<Instant[]> result = new ArrayList<>(intervals.size());
        for (OpeningInterval interval : intervals) {
            Instant start = firstInstantAtOrAfter(day.atTime(interval.start()));
            Instant end = firstInstantAtOrAfter(
                    interval.endsAtEndOfDay() ? day.plusDays(1).atStartOfDay() : day.atTime(interval.end()));
            if (start.isBefore(end)) {
                result.add(new Instant[] {start, end});
            }
        }
        return result;
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
