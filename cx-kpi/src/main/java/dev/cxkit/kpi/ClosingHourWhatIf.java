package dev.cxkit.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.OpeningInterval;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.VariantCheck;
import org.jspecify.annotations.Nullable;

/**
 * What-if closing hour, id {@code cx.kpi.coverage}: the share of demand that arrived while its channel
 * was open, and how that share and the number of contacts served on their day would grow if a channel
 * closed later.
 *
 * <p><b>Today.</b> {@link #result()} is {@code contacts that arrived while open / contacts}, a ratio
 * in [0, 1] over all channels (open as {@link BusinessCalendar#isOpen}; each channel by its own
 * calendar, {@link ChannelCalendars#calendarFor}).
 *
 * <p><b>What if.</b> For a channel and a candidate closing time H ({@link #curve}), the contacts
 * <em>gained</em> are those that arrived on a business day of the channel's calendar (a weekday with
 * opening hours that is not a holiday), after that day's last close and before H on the same local
 * day, in the calendar's zone. A day whose last close is at or after H keeps its hours; a day that
 * closes earlier is stretched to H, so a 20:00 candidate also opens a Saturday that closes at 14:00
 * until 20:00. H = {@link LocalTime#MIDNIGHT} stands for 24:00, the end of the day: contacts after
 * midnight belong to the next day and are never gained (closed days and holidays are not opened
 * either). The coverage at H is {@code (contacts arriving while open + gained(H)) / contacts}.
 *
 * <p><b>Assumptions</b> (the answer is an upper bound under them): the arrivals are the ones recorded,
 * so demand would not shift to the new hours, nor would customers who gave up calling in the evening
 * come back; every contact gained would have been answered on the day it came, which presumes enough
 * staff in the added hours. Arrival local times are compared to the minute on the wall clock (a
 * contact at 19:59:59 is before a 20:00 close, one at 20:00:00 is not); on a fall-back night the
 * repeated hour counts in both of its wall-clock readings' minutes.
 *
 * <p>Edge cases: no contact gives an empty share and an empty coverage. Combining adds per-minute
 * counts (1,440 per channel), so shards give exactly the one-pass answer; memory is about 12 KB per
 * channel.
 *
 * <p>Source: docs/kpis.md#what-if-closing-hour; issue 22 and article 001 (customers outside
 * business hours).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ClosingHourWhatIf implements KpiAccumulator<Interaction, ClosingHourWhatIf> {

    /** The KPI id of the coverage share. */
    public static final String ID = "cx.kpi.coverage";

    private static final String VARIANT = "opening-hours";
    private static final int MINUTES_PER_DAY = 1440;

    private final ChannelCalendars calendars;
    private final Map<Channel, PerChannel> channels = new EnumMap<>(Channel.class);

    /** One channel: all contacts, those that arrived while open, and per local minute those after the close. */
    private static final class PerChannel {
        long contacts;
        long open;
        final long[] afterLastClose = new long[MINUTES_PER_DAY];

        void addAll(PerChannel other) {
            contacts += other.contacts;
            open += other.open;
            for (int m = 0; m < MINUTES_PER_DAY; m++) {
                afterLastClose[m] += other.afterLastClose[m];
            }
        }
    }

    private ClosingHourWhatIf(ChannelCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param calendars the opening hours of each channel
     * @return the accumulator
     */
    public static ClosingHourWhatIf create(ChannelCalendars calendars) {
        return new ClosingHourWhatIf(Checks.notNull(calendars, "calendars"));
    }

    /**
     * Adds one contact.
     *
     * @param interaction the contact
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        Channel channel = interaction.channel();
        BusinessCalendar calendar = calendars.calendarFor(channel);
        Instant arrival = interaction.queuedAt();
        PerChannel counts = channels.computeIfAbsent(channel, c -> new PerChannel());
        counts.contacts++;
        if (calendar.isOpen(arrival)) {
            counts.open++;
            return;
        }
        ZonedDateTime local = arrival.atZone(calendar.zone());
        LocalTime lastClose = lastClose(calendar, local.toLocalDate());
        if (lastClose == null || lastClose.equals(LocalTime.MIDNIGHT)) {
            return;
        }
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(lastClose)) {
            counts.afterLastClose[time.getHour() * 60 + time.getMinute()]++;
        }
    }

    /** The last close of a date's opening hours ({@code MIDNIGHT} for 24:00), or null on a closed day. */
    private static @Nullable LocalTime lastClose(BusinessCalendar calendar, LocalDate date) {
        if (calendar.holidays().contains(date)) {
            return null;
        }
        List<OpeningInterval> hours = calendar.openingHours(date.getDayOfWeek());
        if (hours.isEmpty()) {
            return null;
        }
        OpeningInterval last = hours.get(hours.size() - 1);
        return last.endsAtEndOfDay() ? LocalTime.MIDNIGHT : last.end();
    }

    /**
     * Merges another accumulator with the same calendars into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has different calendars
     */
    @Override
    public ClosingHourWhatIf combine(ClosingHourWhatIf other) {
        Checks.notNull(other, "other");
        VariantCheck.requireSame(ID, calendars, other.calendars);
        List<Map.Entry<Channel, PerChannel>> theirs = new ArrayList<>(other.channels.entrySet());
        for (Map.Entry<Channel, PerChannel> entry : theirs) {
            PerChannel copy = new PerChannel();
            copy.addAll(entry.getValue());
            channels.computeIfAbsent(entry.getKey(), c -> new PerChannel()).addAll(copy);
        }
        return this;
    }

    /**
     * The share of all contacts that arrived while their channel was open.
     *
     * @return a ratio with all contacts as the count; empty without contacts
     */
    @Override
    public KpiValue result() {
        long open = 0;
        long all = 0;
        for (PerChannel counts : channels.values()) {
            open += counts.open;
            all += counts.contacts;
        }
        return KpiValue.ratio(ID, VARIANT, open, all);
    }

    /**
     * The channels that had a contact, in {@link Channel} order.
     *
     * @return the channels
     */
    public List<Channel> channels() {
        return List.copyOf(channels.keySet());
    }

    /**
     * The earliest last close of a channel's week: where its curve starts.
     *
     * @param channel the channel
     * @return the earliest closing time over the weekdays with opening hours; {@code MIDNIGHT} when
     *         every open day runs to 24:00
     */
    public LocalTime earliestClose(Channel channel) {
        BusinessCalendar calendar = calendars.calendarFor(Checks.notNull(channel, "channel"));
        @Nullable LocalTime earliest = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> hours = calendar.openingHours(day);
            if (hours.isEmpty() || hours.get(hours.size() - 1).endsAtEndOfDay()) {
                continue;
            }
            LocalTime close = hours.get(hours.size() - 1).end();
            if (earliest == null || close.isBefore(earliest)) {
                earliest = close;
            }
        }
        return earliest == null ? LocalTime.MIDNIGHT : earliest;
    }

    /**
     * The coverage curve of a channel for candidate closing times from its {@link #earliestClose}
     * in steps of one hour up to {@code until} (inclusive; {@code MIDNIGHT} for 24:00).
     *
     * @param channel the channel
     * @param until the last candidate, on the minute; {@code MIDNIGHT} for 24:00
     * @return one point per candidate; empty when {@code until} is before the earliest close
     * @throws IllegalArgumentException if {@code until} is not on a whole minute
     */
    public List<Point> curve(Channel channel, LocalTime until) {
        int last = minuteOf(Checks.notNull(until, "until"), "until");
        List<LocalTime> candidates = new ArrayList<>();
        int first = minuteOf(earliestClose(channel), "earliest close");
        for (int m = first; m <= last; m += 60) {
            candidates.add(m == MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(m / 60, m % 60));
        }
        return curve(channel, candidates);
    }

    /**
     * The coverage curve of a channel for the given candidate closing times.
     *
     * @param channel the channel
     * @param closingTimes the candidates, each on a whole minute; {@code MIDNIGHT} stands for 24:00
     * @return one point per candidate, in the order given
     * @throws IllegalArgumentException if a candidate is not on a whole minute
     */
    public List<Point> curve(Channel channel, List<LocalTime> closingTimes) {
        Checks.notNull(channel, "channel");
        PerChannel counts = channels.getOrDefault(channel, new PerChannel());
        List<Point> points = new ArrayList<>();
        for (LocalTime closing : closingTimes) {
            int end = minuteOf(Checks.notNull(closing, "closing time"), "closing time");
            long gained = 0;
            for (int m = 0; m < end; m++) {
                gained += counts.afterLastClose[m];
            }
            points.add(new Point(closing, gained, KpiValue.ratio(ID, VARIANT + "/close=" + label(closing),
                    counts.open + gained, counts.contacts)));
        }
        return points;
    }

    private static int minuteOf(LocalTime time, String field) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("The " + field + " (" + time + ") is not on a whole minute.\n"
                    + "Maybe round it to " + time.withSecond(0).withNano(0) + "?");
        }
        return time.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : time.getHour() * 60 + time.getMinute();
    }

    /**
     * A closing time as the curve labels it.
     *
     * @param closing the closing time; {@code MIDNIGHT} for 24:00
     * @return for example {@code 20:00} or {@code 24:00}
     */
    public static String label(LocalTime closing) {
        return closing.equals(LocalTime.MIDNIGHT) ? "24:00" : closing.toString();
    }

    /**
     * One point of the coverage curve.
     *
     * @param closingTime the candidate closing time; {@code MIDNIGHT} for 24:00
     * @param gainedContacts contacts that arrived after the real close and before this one on a
     *        business day, which would have been served on the day they came
     * @param coverage {@code (contacts arriving while open + gained) / contacts} of the channel
     */
    public record Point(LocalTime closingTime, long gainedContacts, KpiValue coverage) {

        /** Checks the parts. */
        public Point {
            Checks.notNull(closingTime, "closingTime");
            Checks.notNull(coverage, "coverage");
            if (gainedContacts < 0) {
                throw new IllegalArgumentException("The gainedContacts (" + gainedContacts + ") are negative.");
            }
        }
    }
}
