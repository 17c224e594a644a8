package dev.cxkit.synthetic.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.Spike;
import dev.cxkit.synthetic.internal.Arrival.Kind;

import org.jspecify.annotations.Nullable;

/**
 * When contacts arrive: each day's new contacts (deterministic volumes per channel and reason on
 * a weekly and intraday curve, random times, the configured spikes) and the contacts planned by
 * earlier ones (repeats, case follow-ups, reopens), merged in time order. Draws from the
 * simulation's random source. Not thread-safe.
 */
final class Arrivals {

    private final GeneratorConfig config;
    private final SplittableRandom random;
    private final BusinessCalendar calendar;
    private final ZoneId zone;
    private final Instant periodEnd;
    private final ContactReason[] reasons;
    private final double[] reasonWeights;
    private final Channel[] mixChannels;
    private final double[] mixCumulative;
    private final boolean[] slotFullyOpen = new boolean[96];
    private final double[] channelCarry = new double[Channel.values().length];
    private final double[] reasonCarry;
    private final PriorityQueue<Arrival> planned = new PriorityQueue<>(
            (a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
    private long plannedSeq;

    Arrivals(GeneratorConfig config, SplittableRandom random, ContactReason[] reasons, double[] reasonWeights) {
        this.config = config;
        this.random = random;
        this.calendar = config.calendar();
        this.zone = config.zone();
        this.periodEnd = config.periodEnd();
        this.reasons = reasons;
        this.reasonWeights = reasonWeights;
        this.reasonCarry = new double[reasons.length];
        List<Channel> channels = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0;
        for (Channel channel : Channel.values()) {
            double share = config.demand().channelMix().get(channel);
            if (share > 0) {
                sum += share;
                channels.add(channel);
                cumulative.add(sum);
            }
        }
        mixChannels = channels.toArray(new Channel[0]);
        mixCumulative = cumulative.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The next planned contact if it is queued before {@code end}, without taking it. */
    @Nullable Arrival plannedBefore(Instant end) {
        Arrival plan = planned.peek();
        return plan != null && plan.at().isBefore(end) ? plan : null;
    }

    /** Takes the next planned contact. */
    Arrival takePlanned() {
        return planned.remove();
    }

    /** A sequence number for ordering things planned at the same instant. */
    long nextSeq() {
        return plannedSeq++;
    }

    static boolean arrivesOnlyWhenOpen(Channel channel) {
        return channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.SELF_SERVICE;
    }

    /** Relative volume by weekday (Monday busiest); each row averages 1 over the week. */
    private static double weekdayWeight(DayOfWeek day, boolean liveOnly) {
        double[] live = {1.30, 1.15, 1.10, 1.05, 1.00, 0.40, 0.0};
        double[] written = {1.25, 1.10, 1.05, 1.00, 0.95, 0.45, 0.30};
        double[] row = liveOnly ? live : written;
        double sum = Arrays.stream(row).sum();
        return row[day.getValue() - 1] * 7.0 / sum;
    }

    /** Intraday curve: peaks late morning and early afternoon; quiet at night. */
    private static double intraday(double hour, boolean liveOnly) {
        double curve = 0.25 + Math.exp(-Math.pow(hour - 11.0, 2) / (2 * 1.3 * 1.3))
                + 0.85 * Math.exp(-Math.pow(hour - 14.5, 2) / (2 * 1.5 * 1.5));
        if (!liveOnly && (hour < 7.0 || hour >= 22.0)) {
            curve = 0.08;
        }
        return curve;
    }

    List<Arrival> newOn(LocalDate day) {
        long weekIndex = (day.toEpochDay() - config.startDate().with(DayOfWeek.MONDAY).toEpochDay()) / 7;
        int slots = 96;
        Instant[] slotStart = new Instant[slots + 1];
        double[] liveCum = new double[slots];
        double[] writtenCum = new double[slots];
        double live = 0;
        double written = 0;
        for (int s = 0; s <= slots; s++) {
            slotStart[s] = s == slots ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : day.atTime(LocalTime.ofSecondOfDay(s * 900L)).atZone(zone).toInstant();
        }
        for (int s = 0; s < slots; s++) {
            double hour = s / 4.0 + 0.125;
            Instant middle = slotStart[s].plusSeconds(450);
            if (calendar.isOpen(middle)) {
                live += intraday(hour, true);
            }
            // A slot whose business time is its whole length is open throughout: no need to ask the
            // calendar again for each arrival sampled in it.
            slotFullyOpen[s] = calendar.businessDurationBetween(slotStart[s], slotStart[s + 1])
                    .equals(Duration.between(slotStart[s], slotStart[s + 1]));
            written += intraday(hour, false);
            liveCum[s] = live;
            writtenCum[s] = written;
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            double share = config.demand().channelMix().get(channel);
            boolean onlyOpen = arrivesOnlyWhenOpen(channel);
            if (share == 0 || (onlyOpen && live == 0)) {
                continue;
            }
            channelCarry[channel.ordinal()] += config.demand().contactsPerDay() * share * weekdayWeight(day.getDayOfWeek(), onlyOpen);
            int n = (int) Math.floor(channelCarry[channel.ordinal()]);
            channelCarry[channel.ordinal()] -= n;
            for (int i = 0; i < n; i++) {
                channels.add(channel);
            }
        }
        int total = channels.size();
        List<Integer> reasonList = new ArrayList<>();
        for (int r = 0; r < reasons.length; r++) {
            // A fortnightly billing cycle: reasons alternate ±8 % week by week, so that the trailing
            // weeks of every reason have a spread and chance alone rarely looks like a spike.
            double wobble = 1.0 + (((weekIndex + r) % 2 == 0) ? 0.08 : -0.08);
            double factor = 1.0;
            for (Spike spike : config.demand().spikes()) {
                if (spike.reason().equals(reasons[r]) && spike.week() == weekIndex) {
                    factor = spike.factor();
                }
            }
            reasonCarry[r] += total * reasonWeights[r] * wobble * factor;
            int n = (int) Math.floor(reasonCarry[r]);
            reasonCarry[r] -= n;
            for (int i = 0; i < n; i++) {
                reasonList.add(r);
            }
        }
        for (int i = reasonList.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer tmp = reasonList.get(i);
            reasonList.set(i, reasonList.get(j));
            reasonList.set(j, tmp);
        }
        while (channels.size() < reasonList.size()) {
            channels.add(sampleChannel());
        }
        List<Arrival> result = new ArrayList<>(channels.size());
        for (int i = 0; i < channels.size(); i++) {
            Channel channel = channels.get(i);
            boolean onlyOpen = arrivesOnlyWhenOpen(channel);
            if (onlyOpen && live == 0) {
                channel = Channel.EMAIL;
                onlyOpen = false;
            }
            int reason = i < reasonList.size() ? reasonList.get(i) : sampleReason();
            Instant at = sampleTime(onlyOpen ? liveCum : writtenCum, slotStart, onlyOpen);
            result.add(new Arrival(at, i, Kind.NEW, channel, reason, random.nextInt(config.demand().customers()), null));
        }
        result.sort((a, b) -> a.at().equals(b.at()) ? Long.compare(a.seq(), b.seq()) : a.at().compareTo(b.at()));
        return result;
    }

    private Instant sampleTime(double[] cumulative, Instant[] slotStart, boolean onlyOpen) {
        double total = cumulative[cumulative.length - 1];
        for (int attempt = 0; attempt < 50; attempt++) {
            double u = random.nextDouble() * total;
            int s = Arrays.binarySearch(cumulative, u);
            s = s >= 0 ? s : -s - 1;
            s = Math.min(s, cumulative.length - 1);
            long span = Duration.between(slotStart[s], slotStart[s + 1]).getSeconds();
            if (span <= 0) {
                continue;
            }
            Instant at = slotStart[s].plusSeconds(random.nextLong(span));
            if (!onlyOpen || slotFullyOpen[s] || calendar.isOpen(at)) {
                return at;
            }
        }
        // Dense opening hours make this unreachable in practice; fall back to a surely open instant.
        return openAtOrAfter(slotStart[0]);
    }

    Instant openAtOrAfter(Instant at) {
        Instant result = calendar.isOpen(at) ? at : calendar.plusBusiness(at, Duration.ofSeconds(1));
        return calendar.isOpen(result) ? result : calendar.plusBusiness(result, Duration.ofSeconds(1));
    }

    Channel sampleChannel() {
        double u = random.nextDouble() * mixCumulative[mixCumulative.length - 1];
        for (int i = 0; i < mixChannels.length; i++) {
            if (u < mixCumulative[i]) {
                return mixChannels[i];
            }
        }
        return mixChannels[mixChannels.length - 1];
    }

    private int sampleReason() {
        double u = random.nextDouble();
        double sum = 0;
        for (int r = 0; r < reasons.length; r++) {
            sum += reasonWeights[r];
            if (u < sum) {
                return r;
            }
        }
        return reasons.length - 1;
    }

    void plan(Instant at, Kind kind, Channel channel, int reason, int customer, @Nullable CaseId caseId) {
        Instant when = arrivesOnlyWhenOpen(channel) ? openAtOrAfter(at) : at;
        if (when.isBefore(periodEnd)) {
            planned.add(new Arrival(when, plannedSeq++, kind, channel, reason, customer, caseId));
        }
    }
}
