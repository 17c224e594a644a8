package dev.cxkit.wfm.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.OpeningInterval;

/**
 * A series laid out on the local wall clock: one row of {@code slots} cells per local day, from the
 * day of the first interval to the last day to forecast. Seasonal methods index cells by (effective
 * weekday, slot of day), so clock changes do not shift the weekly pattern by an hour. On the
 * spring-forward day the skipped wall-clock hour has no interval (its cells stay missing); on the
 * fall-back day the repeated hour's two intervals share one cell, which holds their mean (a rate, so
 * the two intervals each get the cell's forecast back).
 *
 * <p>Holidays of the calendar are excluded from training (their cells are missing in
 * {@link #training}) and forecast by the holiday rule: closed (zero) unless they borrow another
 * weekday, in which case they use that weekday's profile and opening hours.
 */
public final class SeasonGrid {

    private final ZoneId zone;
    private final long lengthSeconds;
    private final int slots;
    private final LocalDate firstDay;
    private final int days;
    /** Actual values per cell, NaN where missing; holidays kept (for scoring). */
    private final double[] actual;
    /** Values to learn from: actual, with holidays removed. */
    private final double[] training;
    /** AHT per cell in seconds (NaN where not recorded). */
    private final double[] aht;
    /** Effective weekday (0 = Monday) per day. */
    private final int[] weekday;
    /** Whether each cell is open in the calendar (after the holiday rule). */
    private final boolean[] open;
    /** Whether each day is a holiday. */
    private final boolean[] holiday;
    /** The cell after the last interval of the series. */
    private final int historyEnd;

    private SeasonGrid(ZoneId zone, long lengthSeconds, LocalDate firstDay, int days, double[] actual,
            double[] training, double[] aht, int[] weekday, boolean[] open, boolean[] holiday, int historyEnd) {
        this.zone = zone;
        this.lengthSeconds = lengthSeconds;
        this.slots = (int) (86_400 / lengthSeconds);
        this.firstDay = firstDay;
        this.days = days;
        this.actual = actual;
        this.training = training;
        this.aht = aht;
        this.weekday = weekday;
        this.open = open;
        this.holiday = holiday;
        this.historyEnd = historyEnd;
    }

    /**
     * Lays out a series.
     *
     * @param start first interval's start
     * @param lengthSeconds interval length
     * @param contacts contacts per interval (NaN missing)
     * @param aht AHT per interval (NaN not recorded)
     * @param until the end of the forecast period (exclusive), at or after the series end
     * @param calendar opening hours, holidays and zone
     * @param holidayAs weekday each listed holiday borrows; other holidays are closed
     * @return the grid
     */
    public static SeasonGrid of(Instant start, long lengthSeconds, double[] contacts, double[] aht, Instant until,
            BusinessCalendar calendar, Map<LocalDate, DayOfWeek> holidayAs) {
        ZoneId zone = calendar.zone();
        int slots = (int) (86_400 / lengthSeconds);
        LocalDate firstDay = LocalDate.ofInstant(start, zone);
        Instant seriesEnd = start.plusSeconds(lengthSeconds * contacts.length);
        Instant last = until.isAfter(seriesEnd) ? until : seriesEnd;
        LocalDate lastDay = LocalDate.ofInstant(last.minusSeconds(1), zone);
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
        int cells = days * slots;
        double[] actual = new double[cells];
        double[] ahtCells = new double[cells];
        double[] weight = new double[cells];
        Arrays.fill(actual, Double.NaN);
        Arrays.fill(ahtCells, Double.NaN);
        int[] weekday = new int[days];
        boolean[] holiday = new boolean[days];
        boolean[][] openByWeekday = new boolean[7][];
        for (DayOfWeek d : DayOfWeek.values()) {
            openByWeekday[d.getValue() - 1] = openSlots(calendar.openingHours(d), slots, lengthSeconds);
        }
        boolean[] open = new boolean[cells];
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            DayOfWeek borrowed = holidayAs.get(date);
            boolean isHoliday = borrowed != null || calendar.holidays().contains(date);
            holiday[d] = isHoliday;
            DayOfWeek effective = borrowed != null ? borrowed : date.getDayOfWeek();
            weekday[d] = effective.getValue() - 1;
            if (!isHoliday || borrowed != null) {
                System.arraycopy(openByWeekday[weekday[d]], 0, open, d * slots, slots);
            }
        }
        int historyEnd = 0;
        for (int i = 0; i < contacts.length; i++) {
            int cell = cellOf(start.plusSeconds(lengthSeconds * i), zone, firstDay, slots, lengthSeconds);
            if (cell < 0 || cell >= cells) {
                continue;
            }
            historyEnd = Math.max(historyEnd, cell + 1);
            double c = contacts[i];
            if (Double.isNaN(c)) {
                continue;
            }
            if (Double.isNaN(actual[cell])) {
                actual[cell] = c;
                weight[cell] = 1;
            } else {
                // The repeated hour of a fall-back: keep the mean.
                actual[cell] = (actual[cell] * weight[cell] + c) / (weight[cell] + 1);
                weight[cell]++;
            }
            if (!Double.isNaN(aht[i])) {
                ahtCells[cell] = Double.isNaN(ahtCells[cell]) ? aht[i] : (ahtCells[cell] + aht[i]) / 2;
            }
        }
        double[] training = actual.clone();
        for (int d = 0; d < days; d++) {
            if (holiday[d]) {
                Arrays.fill(training, d * slots, (d + 1) * slots, Double.NaN);
            }
        }
        return new SeasonGrid(zone, lengthSeconds, firstDay, days, actual, training, ahtCells, weekday, open, holiday,
                historyEnd);
    }

    private static boolean[] openSlots(List<OpeningInterval> intervals, int slots, long lengthSeconds) {
        boolean[] result = new boolean[slots];
        for (OpeningInterval o : intervals) {
            long from = o.start().toSecondOfDay();
            long to = o.endsAtEndOfDay() ? 86_400 : o.end().toSecondOfDay();
            for (int s = 0; s < slots; s++) {
                long a = s * lengthSeconds;
                long b = a + lengthSeconds;
                if (a < to && from < b) {
                    result[s] = true;
                }
            }
        }
        return result;
    }

    private static int cellOf(Instant instant, ZoneId zone, LocalDate firstDay, int slots, long lengthSeconds) {
        ZonedDateTime local = instant.atZone(zone);
        long day = ChronoUnit.DAYS.between(firstDay, local.toLocalDate());
        int slot = (int) (local.toLocalTime().toSecondOfDay() / lengthSeconds);
        return (int) (day * slots + slot);
    }

    /**
     * The cell of an instant.
     *
     * @param instant an instant inside the grid
     * @return the cell index, possibly outside the grid
     */
    public int cellOf(Instant instant) {
        return cellOf(instant, zone, firstDay, slots, lengthSeconds);
    }

    /**
     * The start of a cell on the wall clock, as an instant (for cells the clock skips: the instant
     * after the gap).
     *
     * @param cell the cell
     * @return its start
     */
    public Instant startOf(int cell) {
        LocalDate date = firstDay.plusDays(cell / slots);
        LocalTime time = LocalTime.ofSecondOfDay((cell % slots) * lengthSeconds);
        return date.atTime(time).atZone(zone).toInstant();
    }

    /** @return cells per day */
    public int slots() {
        return slots;
    }

    /** @return number of days */
    public int days() {
        return days;
    }

    /** @return number of cells */
    public int cells() {
        return days * slots;
    }

    /** @return the cell after the last history interval */
    public int historyEnd() {
        return historyEnd;
    }

    /** @return actual values, NaN where missing (not a copy) */
    public double[] actual() {
        return actual;
    }

    /** @return values to learn from, NaN where missing or a holiday (not a copy) */
    public double[] training() {
        return training;
    }

    /** @return AHT in seconds per cell, NaN where not recorded (not a copy) */
    public double[] aht() {
        return aht;
    }

    /**
     * The effective weekday of a cell's day.
     *
     * @param cell the cell
     * @return 0 for Monday … 6 for Sunday
     */
    public int weekdayOf(int cell) {
        return weekday[cell / slots];
    }

    /**
     * The position of a cell in the week: {@code weekday·slots + slot}.
     *
     * @param cell the cell
     * @return the position in [0, 7·slots)
     */
    public int weekPosition(int cell) {
        return weekday[cell / slots] * slots + cell % slots;
    }

    /**
     * Whether a cell is open.
     *
     * @param cell the cell
     * @return {@code true} if the calendar is open during some of it
     */
    public boolean isOpen(int cell) {
        return open[cell];
    }

    /**
     * Whether a cell's day is a holiday.
     *
     * @param cell the cell
     * @return {@code true} on holidays
     */
    public boolean isHoliday(int cell) {
        return holiday[cell / slots];
    }
}
