package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Counts interactions into {@link IntervalSeries}, one per group (the channel by default, or any key
 * function such as the team or a queue name). Feed it any stream of interactions, in any order:
 * {@code InteractionReader.jsonLines(options).read(path, aggregator::accept)}. Not thread-safe; one
 * aggregator per thread, then {@link #combine}.
 *
 * <p>Per interval and group:
 * <ul>
 * <li><b>contacts</b>: interactions whose {@link Interaction#queuedAt() queuedAt} falls in the
 * interval (arrivals, abandoned ones included: they are demand);</li>
 * <li><b>average handle time</b>: the mean of talk + hold + after-contact work over the
 * <em>answered</em> interactions that arrived in the interval, in seconds; not recorded when none
 * was answered, none carried a handle time, or all of them show zero (a file that leaves talk, hold
 * and wrap-up at their default), never a 0 s handle time to staff with;</li>
 * <li><b>service level</b> (only when {@link Builder#answerWithin} is set): answered within the
 * threshold over all arrivals, abandoned ones counted as not answered in time (the catalogue's
 * formula 3, the same definition as {@code ErlangA}'s service level).</li>
 * </ul>
 * Each series covers whole local days in the aggregator's zone, from the first to the last day with
 * an arrival (or the span set with {@link Builder#span}); intervals without arrivals count 0, since
 * every interaction was seen. Intervals start at multiples of the length after local midnight.
 */
public final class IntervalAggregator {

    private final Duration interval;
    private final ZoneId zone;
    private final Function<Interaction, String> keyFunction;
    private final Predicate<Interaction> filter;
    private final @Nullable Duration answerWithin;
    private final @Nullable LocalDate firstDay;
    private final @Nullable LocalDate lastDay;
    /** Per key, per absolute interval index: arrivals, answered, handle seconds, answered in time. */
    private final Map<String, Map<Long, double[]>> groups = new TreeMap<>();
    private long rejectedOutsideSpan;

    private IntervalAggregator(Builder b) {
        this.interval = b.interval;
        this.zone = b.zone;
        this.keyFunction = b.keyFunction;
        this.filter = b.filter;
        this.answerWithin = b.answerWithin;
        this.firstDay = b.firstDay;
        this.lastDay = b.lastDay;
    }

    /**
     * An aggregator with half-hour intervals, grouped by channel, in UTC.
     *
     * @return a new aggregator
     */
    public static IntervalAggregator create() {
        return builder().build();
    }

    /**
     * A builder starting from half-hour intervals, grouped by channel, in UTC.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Counts one interaction.
     *
     * @param interaction the interaction
     */
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        if (!filter.test(interaction)) {
            return;
        }
        Instant at = interaction.queuedAt();
        if (firstDay != null && lastDay != null) {
            LocalDate day = LocalDate.ofInstant(at, zone);
            if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
                rejectedOutsideSpan++;
                return;
            }
        }
        String key = Objects.requireNonNull(keyFunction.apply(interaction), "key function returned null");
        long index = absoluteIndex(at);
        double[] cell = groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(index, k -> new double[4]);
        cell[0]++;
        if (!interaction.isAbandoned()) {
            Duration handleTime = interaction.handleTime();
            // A contact whose handle time is not recorded counts as a contact but not in the AHT.
            if (handleTime != null) {
                cell[1]++;
                cell[2] += handleTime.toNanos() / 1e9;
            }
            Duration wait = interaction.queueWait();
            if (answerWithin != null && wait != null && wait.compareTo(answerWithin) <= 0) {
                cell[3]++;
            }
        }
    }

    /**
     * Interval index in absolute time. Intervals start at multiples of the length after local
     * midnight; the shift is the zone's offset modulo the length, which does not change when clocks
     * move by an hour and the length divides an hour (or is a multiple of it).
     */
    private long absoluteIndex(Instant at) {
        long shift = Math.floorMod(zone.getRules().getOffset(at).getTotalSeconds(), interval.getSeconds());
        return Math.floorDiv(at.getEpochSecond() + shift, interval.getSeconds());
    }

    private Instant startOfIndex(long index) {
        Instant approximate = Instant.ofEpochSecond(index * interval.getSeconds());
        long shift = Math.floorMod(zone.getRules().getOffset(approximate).getTotalSeconds(), interval.getSeconds());
        return approximate.minusSeconds(shift);
    }

    /**
     * Adds another aggregator's counts to this one (same configuration), for example from another
     * thread.
     *
     * @param other an aggregator built from the same builder settings
     * @return this aggregator
     */
    public IntervalAggregator combine(IntervalAggregator other) {
        Checks.notNull(other, "other");
        if (!other.interval.equals(interval) || !other.zone.equals(zone)) {
            throw new IllegalArgumentException("Cannot combine aggregators with different intervals or zones ("
                    + interval + " " + zone + " and " + other.interval + " " + other.zone + ").");
        }
        other.groups.forEach((key, cells) -> {
            Map<Long, double[]> mine = groups.computeIfAbsent(key, k -> new TreeMap<>());
            cells.forEach((index, cell) -> {
                double[] target = mine.computeIfAbsent(index, k -> new double[4]);
                for (int i = 0; i < 4; i++) {
                    target[i] += cell[i];
                }
            });
        });
        rejectedOutsideSpan += other.rejectedOutsideSpan;
        return this;
    }

    /**
     * Interactions that were skipped because they arrived outside the span.
     *
     * @return the count
     */
    public long outsideSpan() {
        return rejectedOutsideSpan;
    }

    /**
     * The series, one per key, sorted by key.
     *
     * @return the series; empty if nothing was accepted and no span was set
     */
    public List<IntervalSeries> result() {
        List<IntervalSeries> result = new ArrayList<>();
        for (Map.Entry<String, Map<Long, double[]>> group : groups.entrySet()) {
            TreeMap<Long, double[]> cells = (TreeMap<Long, double[]>) group.getValue();
            long step = interval.getSeconds();
            LocalDate first = firstDay != null ? firstDay : LocalDate.ofInstant(startOfIndex(cells.firstKey()), zone);
            LocalDate last = lastDay != null ? lastDay : LocalDate.ofInstant(startOfIndex(cells.lastKey()), zone);
            Instant from = first.atStartOfDay(zone).toInstant();
            Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
            int size = (int) (Duration.between(from, to).getSeconds() / step);
            double[] contacts = new double[size];
            double[] aht = new double[size];
            Arrays.fill(aht, Double.NaN);
            double[] sl = new double[size];
            Arrays.fill(sl, Double.NaN);
            for (int i = 0; i < size; i++) {
                double[] cell = cells.get(absoluteIndex(from.plusSeconds(i * step)));
                if (cell == null) {
                    continue;
                }
                contacts[i] = cell[0];
                // An interval whose answered contacts all show zero handle time (a file that leaves talk,
                // hold and wrap-up at their default of 0) has no handle time to plan with: not recorded.
                aht[i] = cell[1] > 0 && cell[2] > 0 ? cell[2] / cell[1] : Double.NaN;
                if (answerWithin != null && cell[0] > 0) {
                    sl[i] = cell[3] / cell[0];
                }
            }
            IntervalSeries.Builder builder = IntervalSeries.builder(group.getKey(), interval).span(from, to);
            for (int i = 0; i < size; i++) {
                Instant at = from.plusSeconds(i * step);
                builder.interval(at, contacts[i], Double.isNaN(aht[i]) ? null : Duration.ofNanos(Math.round(aht[i] * 1e9)));
                if (!Double.isNaN(sl[i])) {
                    builder.serviceLevel(at, sl[i]);
                }
            }
            result.add(builder.build());
        }
        return result;
    }

    /** Builds an {@link IntervalAggregator}; each setter validates its value. Not thread-safe. */
    public static final class Builder {

        private Duration interval = Duration.ofMinutes(30);
        private ZoneId zone = ZoneOffset.UTC;
        private Function<Interaction, String> keyFunction = i -> i.channel().name();
        private Predicate<Interaction> filter = i -> true;
        private @Nullable Duration answerWithin;
        private @Nullable LocalDate firstDay;
        private @Nullable LocalDate lastDay;

        private Builder() {
        }

        /**
         * Sets the interval length.
         *
         * @param value whole minutes dividing a day; default 30 minutes
         * @return this builder
         */
        public Builder interval(Duration value) {
            this.interval = IntervalSeries.checkInterval(value);
            return this;
        }

        /**
         * Sets the zone whose local days and wall-clock intervals the series follow.
         *
         * @param value the zone; default UTC
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            return this;
        }

        /**
         * Groups by a key, for example {@code i -> i.team() == null ? "none" : i.team().value()}.
         *
         * @param value the key function, never returning {@code null}; default the channel name
         * @return this builder
         */
        public Builder groupBy(Function<Interaction, String> value) {
            this.keyFunction = Checks.notNull(value, "groupBy");
            return this;
        }

        /**
         * Counts only interactions that pass a filter, for example live channels only.
         *
         * @param value the filter; default all
         * @return this builder
         */
        public Builder filter(Predicate<Interaction> value) {
            this.filter = Checks.notNull(value, "filter");
            return this;
        }

        /**
         * Also measures the service level per interval at this threshold.
         *
         * @param value the threshold T, ≥ 0
         * @return this builder
         */
        public Builder answerWithin(Duration value) {
            Checks.notNull(value, "answerWithin");
            if (value.isNegative()) {
                throw new IllegalArgumentException("The answerWithin (" + value + ") must not be negative.");
            }
            this.answerWithin = value;
            return this;
        }

        /**
         * Fixes the local days the series cover; arrivals outside are skipped and counted in
         * {@link IntervalAggregator#outsideSpan()}.
         *
         * @param first the first local day
         * @param last the last local day, inclusive
         * @return this builder
         */
        public Builder span(LocalDate first, LocalDate last) {
            Checks.notNull(first, "first");
            Checks.notNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("The last day (" + last + ") is before the first (" + first + ").");
            }
            this.firstDay = first;
            this.lastDay = last;
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return a new, empty aggregator
         */
        public IntervalAggregator build() {
            return new IntervalAggregator(this);
        }
    }
}
