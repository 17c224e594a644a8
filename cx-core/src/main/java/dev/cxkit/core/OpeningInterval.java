package dev.cxkit.core;

import java.time.LocalTime;

import dev.cxkit.core.internal.Checks;

/**
 * One opening interval within a day, in local wall-clock time: from {@code start} (inclusive) to
 * {@code end} (exclusive). An {@code end} of {@link LocalTime#MIDNIGHT} means the end of the day, so
 * {@code 00:00–00:00} is the whole day and {@code 22:00–00:00} the last two hours. Immutable.
 *
 * @param start opening time
 * @param end closing time; {@code 00:00} for the end of the day
 */
public record OpeningInterval(LocalTime start, LocalTime end) implements Comparable<OpeningInterval> {

    /** The whole day. */
    public static final OpeningInterval ALL_DAY = new OpeningInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Validates that the interval is not empty or reversed. */
    public OpeningInterval {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        if (!endsAtMidnight(end) && !start.isBefore(end)) {
            throw new IllegalArgumentException("The opening interval " + start + "–" + end
                    + " is empty or reversed: start must be before end.\n"
                    + "Maybe it spans midnight? Split it into " + start + "–00:00 and 00:00–" + end + " on the next day.");
        }
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /**
     * Creates an interval from {@code "09:00"} and {@code "17:30"}.
     *
     * @param start opening time, ISO local time
     * @param end closing time, ISO local time; {@code "00:00"} or {@code "24:00"} for the end of the day
     * @return the interval
     */
    public static OpeningInterval of(String start, String end) {
        return new OpeningInterval(LocalTime.parse(start), "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    }

    /**
     * Whether the interval runs to the end of the day.
     *
     * @return {@code true} if {@code end} is midnight
     */
    public boolean endsAtEndOfDay() {
        return endsAtMidnight(end);
    }

    /**
     * Whether two intervals of the same day share any time.
     *
     * @param other another interval
     * @return {@code true} if they overlap
     */
    public boolean overlaps(OpeningInterval other) {
        return start.isBefore(other.endOrMax()) && other.start.isBefore(endOrMax());
    }

    private LocalTime endOrMax() {
        return endsAtEndOfDay() ? LocalTime.MAX : end;
    }

    @Override
    public int compareTo(OpeningInterval other) {
        return start.compareTo(other.start);
    }

    /** Returns {@code "09:00–17:30"}, with {@code 24:00} for the end of the day. */
    @Override
    public String toString() {
        return start + "–" + (endsAtEndOfDay() ? "24:00" : end.toString());
    }
}
