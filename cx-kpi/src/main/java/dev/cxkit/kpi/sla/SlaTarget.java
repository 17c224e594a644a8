package dev.cxkit.kpi.sla;

import java.time.Duration;
import java.time.ZoneOffset;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.internal.Checks;

/**
 * One SLA target: a duration counted in the opening hours of a calendar. Calendar time (24/7) is
 * {@link BusinessCalendar#alwaysOpen} in UTC, which is what {@link #calendarTime(Duration)} uses.
 * Immutable and thread-safe.
 *
 * @param duration the target, more than zero and at most {@value #MAX_DAYS} days
 * @param calendar the calendar whose opening hours count; closed hours do not count
 */
public record SlaTarget(Duration duration, BusinessCalendar calendar) {

    /** The longest target accepted, in days; longer ones are almost always a unit mix-up. */
    public static final int MAX_DAYS = 366;

    /** The 24/7 calendar of calendar-time targets. */
    public static final BusinessCalendar CALENDAR_TIME = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);

    /** Validates that the duration is positive and not absurdly long. */
    public SlaTarget {
        Checks.notNull(duration, "duration");
        Checks.notNull(calendar, "calendar");
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("The SLA target duration (" + duration
                    + ") must be more than zero.\nMaybe leave the target out to not measure that metric?");
        }
        if (duration.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new IllegalArgumentException("The SLA target duration (" + duration + ") is longer than "
                    + MAX_DAYS + " days.\nMaybe the unit is wrong (minutes instead of seconds)?");
        }
    }

    /**
     * A target in calendar time: every hour of the day counts.
     *
     * @param duration the target, more than zero
     * @return the target
     * @throws IllegalArgumentException if {@code duration} is zero, negative or above {@value #MAX_DAYS} days
     */
    public static SlaTarget calendarTime(Duration duration) {
        return new SlaTarget(duration, CALENDAR_TIME);
    }

    /**
     * A target in business time: only the calendar's opening hours count.
     *
     * @param duration the target, more than zero
     * @param calendar the business hours
     * @return the target
     * @throws IllegalArgumentException if {@code duration} is zero, negative or above {@value #MAX_DAYS} days
     */
    public static SlaTarget businessTime(Duration duration, BusinessCalendar calendar) {
        return new SlaTarget(duration, calendar);
    }

    /**
     * Whether this target counts calendar time (a 24/7 calendar in UTC).
     *
     * @return {@code true} for calendar time, {@code false} for business time
     */
    public boolean isCalendarTime() {
        return calendar.equals(CALENDAR_TIME);
    }
}
