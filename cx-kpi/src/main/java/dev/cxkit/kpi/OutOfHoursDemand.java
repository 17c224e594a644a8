package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.LongSamples;
import dev.cxkit.kpi.internal.VariantCheck;

/**
 * Out-of-hours demand, id {@code cx.kpi.out_of_hours}: the share of contacts that arrived while their
 * channel was closed, and for each channel how those contacts fared beside the ones that came in
 * opening hours.
 *
 * <p>A contact arrived <em>out of hours</em> when its channel's calendar
 * ({@link ChannelCalendars#calendarFor}) is not open at {@link Interaction#queuedAt()}
 * ({@link BusinessCalendar#isOpen}: an opening interval includes its start and excludes its end, so a
 * contact at the closing minute is out of hours and one a second before it is in). Holidays and
 * closed weekdays are out of hours all day.
 *
 * <p>Formula: {@code out-of-hours contacts / contacts}, a ratio in [0, 1]; the count is all
 * contacts. Per channel ({@link #rows()}), for in-hours and out-of-hours contacts separately:
 * <ul>
 *   <li>the number of contacts, and per local hour of arrival (0–23 on the channel calendar's wall
 *       clock, so the hours follow daylight-saving changes);</li>
 *   <li>CSAT as the top-box share of the surveys answered ({@link CustomerSatisfaction} with
 *       {@link CsatVariant#topBox()}); empty (not recorded) when none of the contacts has a rating;</li>
 *   <li>the abandonment rate ({@link Abandonment}, short abandons of 5 s or less left out) of live
 *       channels only; a written contact does not wait in a live queue, so for e-mail, social,
 *       messaging and self-service it is empty (not recorded), never 0.</li>
 * </ul>
 * For out-of-hours contacts, the <em>wait for opening</em>: the elapsed (calendar) time from arrival
 * to the next instant the channel's calendar opens, in seconds; its median (the mean of the two
 * middle values for an even count) and mean. The wait is real elapsed time, so a night across a
 * daylight-saving change is an hour shorter or longer.
 *
 * <p>What the data cannot say: the customer's own time zone is not recorded in cxkit's formats, so
 * "when customers in other zones need us" is answered by the local hour of arrival in the calendar's
 * zone, never by a guessed customer zone.
 *
 * <p>Edge cases: no contact gives an empty share; a channel appears in {@link #rows()} once it has a
 * contact. Combining adds counts and keeps every wait exactly, so shard results equal one pass
 * (memory: 8 bytes per out-of-hours contact plus a few hundred bytes per channel).
 *
 * <p>Source: docs/kpis.md#out-of-hours-demand; issue 22 and article 001 (reduced accessibility for
 * customers outside business hours).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them. The calendars are
 * immutable and may be shared.
 */
public final class OutOfHoursDemand implements KpiAccumulator<Interaction, OutOfHoursDemand> {

    /** The KPI id of the out-of-hours share. */
    public static final String ID = "cx.kpi.out_of_hours";
    /** The KPI id of the wait from an out-of-hours arrival to the next opening. */
    public static final String WAIT_ID = "cx.kpi.out_of_hours.wait_for_opening";

    private static final String VARIANT = "opening-hours";
    private static final int IN = 0;
    private static final int OUT = 1;

    private final ChannelCalendars calendars;
    private final Map<Channel, PerChannel> channels = new EnumMap<>(Channel.class);

    /** The counts of one channel: index {@link #IN} for in-hours contacts, {@link #OUT} for the others. */
    private static final class PerChannel {
        final long[] contacts = new long[2];
        final long[][] byHour = new long[2][24];
        final CustomerSatisfaction[] csat = {CustomerSatisfaction.create(CsatVariant.topBox()),
            CustomerSatisfaction.create(CsatVariant.topBox())};
        final Abandonment[] abandonment = {Abandonment.create(), Abandonment.create()};
        /** Milliseconds from each out-of-hours arrival to the next opening. */
        final LongSamples waits = new LongSamples();

        void addAll(PerChannel other) {
            for (int s = IN; s <= OUT; s++) {
                contacts[s] += other.contacts[s];
                for (int h = 0; h < 24; h++) {
                    byHour[s][h] += other.byHour[s][h];
                }
                csat[s].combine(other.csat[s]);
                abandonment[s].combine(other.abandonment[s]);
            }
            waits.addAll(other.waits);
        }
    }

    private OutOfHoursDemand(ChannelCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * Creates an empty accumulator.
     *
     * @param calendars the opening hours of each channel
     * @return the accumulator
     */
    public static OutOfHoursDemand create(ChannelCalendars calendars) {
        return new OutOfHoursDemand(Checks.notNull(calendars, "calendars"));
    }

    /**
     * The next instant at which a calendar opens, for an instant at which it is closed.
     *
     * @param calendar the calendar
     * @param closedAt an instant at which the calendar is closed
     * @return the start of the next opening window
     */
    static Instant nextOpening(BusinessCalendar calendar, Instant closedAt) {
        // One nanosecond of business time after a closed instant ends one nanosecond after the next
        // opening (plusBusiness skips closed time), so this is exact and follows holidays and DST.
        return calendar.plusBusiness(closedAt, Duration.ofNanos(1)).minusNanos(1);
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
        int slice = calendar.isOpen(arrival) ? IN : OUT;
        PerChannel counts = channels.computeIfAbsent(channel, c -> new PerChannel());
        counts.contacts[slice]++;
        counts.byHour[slice][arrival.atZone(calendar.zone()).getHour()]++;
        counts.csat[slice].accept(interaction);
        if (channel.isLive()) {
            counts.abandonment[slice].accept(interaction);
        }
        if (slice == OUT) {
            counts.waits.add(Duration.between(arrival, nextOpening(calendar, arrival)).toMillis());
        }
    }

    /**
     * Merges another accumulator with the same calendars into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has different calendars
     */
    @Override
    public OutOfHoursDemand combine(OutOfHoursDemand other) {
        Checks.notNull(other, "other");
        VariantCheck.requireSame(ID, calendars, other.calendars);
        if (other == this) {
            for (PerChannel counts : channels.values()) {
                PerChannel copy = new PerChannel();
                copy.addAll(counts);
                counts.addAll(copy);
            }
            return this;
        }
        other.channels.forEach((channel, counts) ->
                channels.computeIfAbsent(channel, c -> new PerChannel()).addAll(counts));
        return this;
    }

    /**
     * The share of all contacts that arrived while their channel was closed.
     *
     * @return a ratio with all contacts as the count; empty without contacts
     */
    @Override
    public KpiValue result() {
        long out = 0;
        long all = 0;
        for (PerChannel counts : channels.values()) {
            out += counts.contacts[OUT];
            all += counts.contacts[IN] + counts.contacts[OUT];
        }
        return KpiValue.ratio(ID, VARIANT, out, all);
    }

    /**
     * The calendars this accumulator judges by.
     *
     * @return the calendars
     */
    public ChannelCalendars calendars() {
        return calendars;
    }

    /**
     * One row per channel that had a contact, in {@link Channel} order.
     *
     * @return the rows
     */
    public List<ChannelRow> rows() {
        List<ChannelRow> rows = new ArrayList<>();
        channels.forEach((channel, counts) -> rows.add(row(channel, counts)));
        return rows;
    }

    private ChannelRow row(Channel channel, PerChannel counts) {
        ZoneId zone = calendars.calendarFor(channel).zone();
        LongSamples waits = counts.waits;
        KpiValue median = waits.count() == 0 ? KpiValue.empty(WAIT_ID + ".median", VARIANT, 0, KpiUnit.SECONDS)
                : KpiValue.of(WAIT_ID + ".median", VARIANT, waits.median().orElseThrow() / 1000.0, waits.count(),
                        KpiUnit.SECONDS);
        KpiValue mean = waits.count() == 0 ? KpiValue.empty(WAIT_ID + ".mean", VARIANT, 0, KpiUnit.SECONDS)
                : KpiValue.of(WAIT_ID + ".mean", VARIANT, waits.sum() / 1000.0 / waits.count(), waits.count(),
                        KpiUnit.SECONDS);
        return new ChannelRow(channel, zone, slice(counts, IN, channel), slice(counts, OUT, channel), median, mean);
    }

    private static Slice slice(PerChannel counts, int s, Channel channel) {
        KpiValue abandonment = channel.isLive() ? counts.abandonment[s].result()
                : KpiValue.empty(Abandonment.ID, "not-live", 0, KpiUnit.RATIO);
        return new Slice(counts.contacts[s], Arrays.stream(counts.byHour[s]).boxed().toList(),
                counts.csat[s].result(), abandonment);
    }

    /**
     * The contacts of one channel that arrived in, or out of, opening hours.
     *
     * @param contacts how many
     * @param byLocalHour how many per hour of arrival on the calendar's wall clock, 24 entries (index
     *        0 is 00:00–00:59)
     * @param csatTopBox the top-box CSAT share among their answered surveys; empty when none was rated
     * @param abandonment their abandonment rate; empty for written channels and when there is no live
     *        contact
     */
    public record Slice(long contacts, List<Long> byLocalHour, KpiValue csatTopBox, KpiValue abandonment) {

        /** Checks the parts and copies the list. */
        public Slice {
            if (contacts < 0) {
                throw new IllegalArgumentException("The contacts (" + contacts + ") of a slice are negative.");
            }
            byLocalHour = List.copyOf(byLocalHour);
            if (byLocalHour.size() != 24) {
                throw new IllegalArgumentException("The byLocalHour list has " + byLocalHour.size()
                        + " entries, not 24.");
            }
            Checks.notNull(csatTopBox, "csatTopBox");
            Checks.notNull(abandonment, "abandonment");
        }
    }

    /**
     * In-hours and out-of-hours contacts of one channel side by side.
     *
     * @param channel the channel
     * @param zone the zone of the channel's calendar, in which the hours of arrival are counted
     * @param inHours the contacts that arrived while the channel was open
     * @param outOfHours the contacts that arrived while it was closed
     * @param waitForOpeningMedian the median wait of out-of-hours contacts for the next opening, in
     *        seconds; empty without out-of-hours contacts
     * @param waitForOpeningMean the mean of that wait, in seconds; empty likewise
     */
    public record ChannelRow(Channel channel, ZoneId zone, Slice inHours, Slice outOfHours,
            KpiValue waitForOpeningMedian, KpiValue waitForOpeningMean) {

        /** Checks that no part is missing. */
        public ChannelRow {
            Checks.notNull(channel, "channel");
            Checks.notNull(zone, "zone");
            Checks.notNull(inHours, "inHours");
            Checks.notNull(outOfHours, "outOfHours");
            Checks.notNull(waitForOpeningMedian, "waitForOpeningMedian");
            Checks.notNull(waitForOpeningMean, "waitForOpeningMean");
        }

        /**
         * The share of this channel's contacts that arrived out of hours.
         *
         * @return a ratio over the channel's contacts; empty without contacts
         */
        public KpiValue outOfHoursShare() {
            return KpiValue.ratio(ID, VARIANT, outOfHours.contacts(), inHours.contacts() + outOfHours.contacts());
        }
    }
}
