package dev.cxkit.kpi.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

import dev.cxkit.core.internal.Checks;

/**
 * The ISO week (Monday to Sunday in a zone) of contact instants, with a one-week cache: data that
 * arrives roughly in time order costs two instant comparisons per lookup and no allocation. Not
 * thread-safe; each accumulator owns one.
 */
public final class ContactWeek {

    private final ZoneId zone;
    private Instant start = Instant.MAX;
    private Instant end = Instant.MIN;
    private Long monday = 0L;
    private String label = "";

    /**
     * Creates a week finder.
     *
     * @param zone the zone whose calendar defines the weeks
     */
    public ContactWeek(ZoneId zone) {
        this.zone = Checks.notNull(zone, "zone");
    }

    /**
     * The week of an instant, as the epoch day of its Monday.
     *
     * @param at the instant
     * @return {@link LocalDate#toEpochDay()} of the Monday starting the week (boxed, cached)
     */
    public Long mondayOf(Instant at) {
        locate(at);
        return monday;
    }

    /**
     * The week of an instant as an ISO label.
     *
     * @param at the instant
     * @return for example {@code 2026-W10}
     */
    public String labelOf(Instant at) {
        locate(at);
        return label;
    }

    private void locate(Instant at) {
        if (!at.isBefore(start) && at.isBefore(end)) {
            return;
        }
        LocalDate date = at.atZone(zone).toLocalDate();
        LocalDate first = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        start = first.atStartOfDay(zone).toInstant();
        end = first.plusWeeks(1).atStartOfDay(zone).toInstant();
        monday = first.toEpochDay();
        label = label(first.toEpochDay());
    }

    /**
     * The ISO label of the week starting on a Monday.
     *
     * @param mondayEpochDay the epoch day of the Monday
     * @return {@code <week-based-year>-W<two-digit week>}, for example {@code 2026-W10}
     */
    public static String label(long mondayEpochDay) {
        LocalDate date = LocalDate.ofEpochDay(mondayEpochDay);
        int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return date.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
}
