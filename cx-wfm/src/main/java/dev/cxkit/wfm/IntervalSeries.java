package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Contacts per interval for one queue or channel: a start instant, a fixed interval length and, per
 * interval, the number of contacts that arrived and their average handle time; optionally the agents
 * that were on the phones and the service level achieved (for {@link BackCheck}). Any interval may be
 * missing: a gap in an export is "not recorded", never 0, and forecasts skip it. Immutable and
 * thread-safe.
 *
 * <p>Intervals follow each other without gaps in absolute time: interval {@code i} covers
 * {@code [start + i·interval, start + (i+1)·interval)}. The length must divide a day evenly (15, 30
 * and 60 minutes are the usual ones), so that intervals line up with local days in any zone whose
 * offset is a multiple of the length.
 */
public final class IntervalSeries {

    private final String key;
    private final Instant start;
    private final Duration interval;
    private final double[] contacts;
    private final double[] ahtSeconds;
    private final int[] agents;
    private final double[] serviceLevel;

    private IntervalSeries(String key, Instant start, Duration interval, double[] contacts, double[] ahtSeconds,
            int[] agents, double[] serviceLevel) {
        this.key = Checks.identifier(key, "series key");
        this.start = Checks.notNull(start, "start");
        this.interval = checkInterval(interval);
        this.contacts = contacts;
        this.ahtSeconds = ahtSeconds;
        this.agents = agents;
        this.serviceLevel = serviceLevel;
        for (int i = 0; i < contacts.length; i++) {
            double c = contacts[i];
            if (!Double.isNaN(c) && !(c >= 0 && c < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("The contacts (" + c + ") of interval " + startOf(i) + " in series ("
                        + key + ") must be a finite number ≥ 0, or NaN for not recorded.");
            }
            double a = ahtSeconds[i];
            if (!Double.isNaN(a) && !(a > 0 && a < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("The average handle time (" + a + " s) of interval " + startOf(i)
                        + " in series (" + key + ") must be positive and finite, or NaN for not recorded.");
            }
            if (agents[i] < -1) {
                throw new IllegalArgumentException("The agents (" + agents[i] + ") of interval " + startOf(i)
                        + " in series (" + key + ") must not be negative.");
            }
            double s = serviceLevel[i];
            if (!Double.isNaN(s) && !(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("The service level (" + s + ") of interval " + startOf(i)
                        + " in series (" + key + ") must be a share in [0, 1].\nMaybe it was given in percent?");
            }
        }
    }

    static Duration checkInterval(@Nullable Duration interval) {
        Checks.notNull(interval, "interval");
        long seconds = interval.getSeconds();
        if (interval.getNano() != 0 || seconds < 60 || seconds > 86_400 || seconds % 60 != 0
                || 86_400 % seconds != 0) {
            throw new IllegalArgumentException("The interval (" + interval + ") must be whole minutes that divide a "
                    + "day evenly.\nMaybe PT15M, PT30M or PT1H?");
        }
        return interval;
    }

    /**
     * A series from arrays of equal length, copied.
     *
     * @param key the queue or channel, for example {@code "PHONE"}
     * @param start the start of the first interval
     * @param interval the interval length (whole minutes dividing a day)
     * @param contacts contacts per interval, ≥ 0; {@code NaN} marks a missing interval
     * @param averageHandleTimeSeconds average handle time per interval in seconds, &gt; 0; {@code NaN}
     *        where not recorded (or no contact was handled)
     * @return the series
     * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
     */
    public static IntervalSeries of(String key, Instant start, Duration interval, double[] contacts,
            double[] averageHandleTimeSeconds) {
        Checks.notNull(contacts, "contacts");
        Checks.notNull(averageHandleTimeSeconds, "averageHandleTimeSeconds");
        if (contacts.length != averageHandleTimeSeconds.length) {
            throw new IllegalArgumentException("The contacts (" + contacts.length + " intervals) and the average "
                    + "handle times (" + averageHandleTimeSeconds.length + " intervals) differ in length.");
        }
        int[] agents = new int[contacts.length];
        Arrays.fill(agents, -1);
        double[] sl = new double[contacts.length];
        Arrays.fill(sl, Double.NaN);
        return new IntervalSeries(key, start, interval, contacts.clone(), averageHandleTimeSeconds.clone(), agents, sl);
    }

    /**
     * A builder for a series whose intervals are set one by one, in any order; intervals between
     * the first and the last that are never set are missing.
     *
     * @param key the queue or channel
     * @param interval the interval length
     * @return the builder
     */
    public static Builder builder(String key, Duration interval) {
        return new Builder(Checks.identifier(key, "series key"), checkInterval(interval));
    }

    /**
     * The queue or channel this series counts.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The start of the first interval.
     *
     * @return the start
     */
    public Instant start() {
        return start;
    }

    /**
     * The end of the last interval, exclusive.
     *
     * @return {@code start + size·interval}
     */
    public Instant end() {
        return startOf(contacts.length);
    }

    /**
     * The interval length.
     *
     * @return the length
     */
    public Duration interval() {
        return interval;
    }

    /**
     * The number of intervals, missing ones included.
     *
     * @return the size
     */
    public int size() {
        return contacts.length;
    }

    /**
     * The start of interval {@code i}.
     *
     * @param i the index, 0 ≤ i ≤ size (size gives the end)
     * @return {@code start + i·interval}
     */
    public Instant startOf(int i) {
        return start.plusSeconds(interval.getSeconds() * i);
    }

    /**
     * The index of the interval that contains an instant.
     *
     * @param instant the instant
     * @return the index, negative before the start and ≥ size after the end
     */
    public int indexOf(Instant instant) {
        long seconds = Duration.between(start, instant).getSeconds();
        return (int) Math.floorDiv(seconds, interval.getSeconds());
    }

    /**
     * The contacts that arrived in interval {@code i}.
     *
     * @param i the index
     * @return the count, empty if the interval is missing
     */
    public OptionalDouble contacts(int i) {
        double c = contacts[i];
        return Double.isNaN(c) ? OptionalDouble.empty() : OptionalDouble.of(c);
    }

    /**
     * The average handle time of the contacts of interval {@code i}.
     *
     * @param i the index
     * @return seconds, empty if not recorded
     */
    public OptionalDouble averageHandleTimeSeconds(int i) {
        double a = ahtSeconds[i];
        return Double.isNaN(a) ? OptionalDouble.empty() : OptionalDouble.of(a);
    }

    /**
     * The agents on the phones in interval {@code i}, for back-checks.
     *
     * @param i the index
     * @return the agents, empty if not recorded
     */
    public OptionalInt agents(int i) {
        return agents[i] < 0 ? OptionalInt.empty() : OptionalInt.of(agents[i]);
    }

    /**
     * The service level achieved in interval {@code i}, for back-checks.
     *
     * @param i the index
     * @return the share in [0, 1], empty if not recorded
     */
    public OptionalDouble serviceLevel(int i) {
        double s = serviceLevel[i];
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    /**
     * All contact counts, for numerical code.
     *
     * @return a copy, {@code NaN} where missing
     */
    public double[] contactsOrNaN() {
        return contacts.clone();
    }

    /**
     * All average handle times, for numerical code.
     *
     * @return a copy in seconds, {@code NaN} where not recorded
     */
    public double[] averageHandleTimeSecondsOrNaN() {
        return ahtSeconds.clone();
    }

    /**
     * Whether any interval records the agents on the phones.
     *
     * @return {@code true} if at least one interval has agents
     */
    public boolean hasAgents() {
        for (int a : agents) {
            if (a >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of this series in {@code [from, to)}, clipped to the series.
     *
     * @param from the first instant to keep, on an interval boundary
     * @param to the end, exclusive, on an interval boundary
     * @return the sub-series (possibly empty)
     * @throws IllegalArgumentException if a bound is not on an interval boundary or {@code to < from}
     */
    public IntervalSeries slice(Instant from, Instant to) {
        int a = boundary(from, "from");
        int b = boundary(to, "to");
        if (b < a) {
            throw new IllegalArgumentException("The slice end (" + to + ") is before its start (" + from + ").");
        }
        a = Math.max(0, Math.min(a, size()));
        b = Math.max(a, Math.min(b, size()));
        return new IntervalSeries(key, startOf(a), interval, Arrays.copyOfRange(contacts, a, b),
                Arrays.copyOfRange(ahtSeconds, a, b), Arrays.copyOfRange(agents, a, b),
                Arrays.copyOfRange(serviceLevel, a, b));
    }

    private int boundary(Instant instant, String field) {
        Checks.notNull(instant, field);
        Duration offset = Duration.between(start, instant);
        if (offset.getNano() != 0 || offset.getSeconds() % interval.getSeconds() != 0) {
            throw new IllegalArgumentException("The " + field + " (" + instant + ") is not on an interval boundary of "
                    + "series (" + key + "), which starts at " + start + " with intervals of " + interval + ".");
        }
        long index = offset.getSeconds() / interval.getSeconds();
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, index));
    }

    /**
     * The same intervals under another key.
     *
     * @param newKey the key
     * @return the renamed series
     */
    public IntervalSeries withKey(String newKey) {
        return new IntervalSeries(newKey, start, interval, contacts, ahtSeconds, agents, serviceLevel);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof IntervalSeries o && key.equals(o.key) && start.equals(o.start)
                && interval.equals(o.interval) && Arrays.equals(contacts, o.contacts)
                && Arrays.equals(ahtSeconds, o.ahtSeconds) && Arrays.equals(agents, o.agents)
                && Arrays.equals(serviceLevel, o.serviceLevel);
    }

    @Override
    public int hashCode() {
        return (key.hashCode() * 31 + start.hashCode()) * 31 + Arrays.hashCode(contacts);
    }

    @Override
    public String toString() {
        return "IntervalSeries[key=" + key + ", start=" + start + ", interval=" + interval + ", size=" + size() + "]";
    }

    /**
     * Collects intervals one by one. Not thread-safe.
     */
    public static final class Builder {

        private final String key;
        private final Duration interval;
        private final TreeMap<Instant, Cell> cells = new TreeMap<>();
        private @Nullable Instant from;
        private @Nullable Instant to;

        private static final class Cell {
            double contacts = Double.NaN;
            double aht = Double.NaN;
            int agents = -1;
            double serviceLevel = Double.NaN;
        }

        private Builder(String key, Duration interval) {
            this.key = key;
            this.interval = interval;
        }

        private Cell cell(Instant intervalStart) {
            return cells.computeIfAbsent(Checks.notNull(intervalStart, "interval start"), k -> new Cell());
        }

        /**
         * Sets the contacts and average handle time of the interval starting at an instant.
         *
         * @param intervalStart the interval's start
         * @param contacts contacts that arrived, ≥ 0
         * @param averageHandleTime their average handle time, or {@code null} if not recorded
         * @return this builder
         * @throws IllegalArgumentException if the interval's contacts were already set
         */
        public Builder interval(Instant intervalStart, double contacts, @Nullable Duration averageHandleTime) {
            Cell cell = cell(intervalStart);
            if (!Double.isNaN(cell.contacts)) {
                throw new IllegalArgumentException("The interval " + intervalStart + " of series (" + key
                        + ") is given twice.\nMaybe two rows share a start?");
            }
            if (Double.isNaN(contacts)) {
                throw new IllegalArgumentException("The contacts of interval " + intervalStart + " are NaN."
                        + "\nMaybe leave the interval out: a missing interval is one that is never set.");
            }
            cell.contacts = contacts;
            cell.aht = averageHandleTime == null ? Double.NaN : averageHandleTime.toNanos() / 1e9;
            return this;
        }

        /**
         * Marks an interval as missing (not recorded) while making sure the series covers it; the
         * same as never setting it, except at the edges of the series.
         *
         * @param intervalStart the interval's start
         * @return this builder
         */
        public Builder missing(Instant intervalStart) {
            cell(intervalStart);
            return this;
        }

        /**
         * Sets the agents on the phones in an interval.
         *
         * @param intervalStart the interval's start
         * @param agents agents, ≥ 0
         * @return this builder
         */
        public Builder agents(Instant intervalStart, int agents) {
            if (agents < 0) {
                throw new IllegalArgumentException("The agents (" + agents + ") of interval " + intervalStart
                        + " must not be negative.");
            }
            cell(intervalStart).agents = agents;
            return this;
        }

        /**
         * Sets the service level achieved in an interval.
         *
         * @param intervalStart the interval's start
         * @param share the share answered within the threshold, in [0, 1]
         * @return this builder
         */
        public Builder serviceLevel(Instant intervalStart, double share) {
            cell(intervalStart).serviceLevel = share;
            return this;
        }

        /**
         * Extends the series to cover {@code [from, to)} even where no interval is set (those are
         * missing). Without it the series spans the first to the last interval set.
         *
         * @param from the first interval's start
         * @param to the end, exclusive
         * @return this builder
         */
        public Builder span(Instant from, Instant to) {
            this.from = Checks.notNull(from, "from");
            this.to = Checks.notNull(to, "to");
            return this;
        }

        /**
         * Builds the series.
         *
         * @return the series
         * @throws IllegalArgumentException if an interval start is not a whole number of intervals
         *         from the first, or nothing was set and no span given
         */
        public IntervalSeries build() {
            Instant first = from;
            Instant last = to;
            if (!cells.isEmpty()) {
                Instant firstCell = cells.firstKey();
                Instant endCell = cells.lastKey().plus(interval);
                first = first == null || firstCell.isBefore(first) ? firstCell : first;
                last = last == null || endCell.isAfter(last) ? endCell : last;
            }
            if (first == null || last == null) {
                throw new IllegalArgumentException("The series (" + key + ") has no interval and no span."
                        + "\nMaybe call span(from, to)?");
            }
            long step = interval.getSeconds();
            Duration length = Duration.between(first, last);
            if (length.getNano() != 0 || length.getSeconds() % step != 0) {
                throw new IllegalArgumentException("The span of series (" + key + ") from " + first + " to " + last
                        + " is not a whole number of intervals of " + interval + ".");
            }
            long n = length.getSeconds() / step;
            if (n > 10_000_000) {
                throw new IllegalArgumentException("The series (" + key + ") would have " + n
                        + " intervals; at most 10 000 000 are supported.");
            }
            int size = (int) n;
            double[] contacts = new double[size];
            double[] aht = new double[size];
            int[] agents = new int[size];
            double[] sl = new double[size];
            Arrays.fill(contacts, Double.NaN);
            Arrays.fill(aht, Double.NaN);
            Arrays.fill(agents, -1);
            Arrays.fill(sl, Double.NaN);
            for (Map.Entry<Instant, Cell> e : cells.entrySet()) {
                Duration offset = Duration.between(first, e.getKey());
                if (offset.getNano() != 0 || offset.getSeconds() % step != 0) {
                    throw new IllegalArgumentException("The interval start " + e.getKey() + " of series (" + key
                            + ") is not a whole number of intervals of " + interval + " after " + first
                            + ".\nMaybe the rows mix interval lengths or zones?");
                }
                int i = (int) (offset.getSeconds() / step);
                Cell c = e.getValue();
                contacts[i] = c.contacts;
                aht[i] = c.aht;
                agents[i] = c.agents;
                sl[i] = c.serviceLevel;
            }
            return new IntervalSeries(key, first, interval, contacts, aht, agents, sl);
        }
    }
}
