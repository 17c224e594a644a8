package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.internal.Checks;

/**
 * How an elapsed time is measured by time KPIs such as {@link FirstResponseTime} and
 * {@link ResolutionTime}: in calendar time (every second counts) or in business time (only the
 * seconds inside a {@link BusinessCalendar}'s opening hours count, exactly across daylight-saving
 * changes). Immutable and thread-safe.
 */
public sealed interface TimeBasis permits TimeBasis.Calendar, TimeBasis.Business {

    /**
     * Calendar time: {@code to − from}.
     *
     * @return the variant named {@code calendar}
     */
    static TimeBasis calendar() {
        return new Calendar();
    }

    /**
     * Business time through a calendar.
     *
     * @param calendar the opening hours and holidays
     * @return the variant named {@code business}
     */
    static TimeBasis business(BusinessCalendar calendar) {
        return new Business(calendar);
    }

    /**
     * The elapsed time between two instants.
     *
     * @param from the start
     * @param to the end, not before {@code from}
     * @return the elapsed calendar or business time, never negative
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    Duration between(Instant from, Instant to);

    /**
     * The name used in KPI variants.
     *
     * @return {@code calendar} or {@code business}
     */
    String name();

    /** Calendar time. */
    record Calendar() implements TimeBasis {
        @Override
        public Duration between(Instant from, Instant to) {
            requireOrdered(from, to);
            return Duration.between(from, to);
        }

        @Override
        public String name() {
            return "calendar";
        }
    }

    /**
     * Business time.
     *
     * @param calendar the opening hours and holidays
     */
    record Business(BusinessCalendar calendar) implements TimeBasis {
        /** Validates the calendar. */
        public Business {
            Checks.notNull(calendar, "calendar");
        }

        @Override
        public Duration between(Instant from, Instant to) {
            requireOrdered(from, to);
            return calendar.businessDurationBetween(from, to);
        }

        @Override
        public String name() {
            return "business";
        }
    }

    private static void requireOrdered(Instant from, Instant to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notBefore(to, "end", from, "start", "measured time");
    }
}
