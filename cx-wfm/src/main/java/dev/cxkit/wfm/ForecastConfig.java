package dev.cxkit.wfm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How to forecast: the candidate methods, the business calendar (zone, opening hours, holidays),
 * holidays that borrow another weekday's pattern, the backtest's origins and horizon, the level of
 * the prediction intervals and the weeks behind the handle-time profile. Immutable and thread-safe;
 * create with {@link #builder()} or {@link #ofDefaults()}.
 *
 * <p>The calendar decides what is forecast as zero: an interval during which the calendar is never
 * open gets 0 contacts, and a holiday of the calendar is closed all day unless
 * {@link Builder#holidayAs} lets it borrow a weekday (say, a bank holiday that runs like a Saturday:
 * Saturday's opening hours and Saturday's profile). Holidays never teach a method anything: their
 * history is left out of every fit.
 */
public final class ForecastConfig {

    private static final ForecastConfig DEFAULTS = builder().build();

    private final List<ForecastMethod> methods;
    private final BusinessCalendar calendar;
    private final Map<LocalDate, DayOfWeek> holidayAs;
    private final int backtestOrigins;
    private final int horizonDays;
    private final double predictionLevel;
    private final int handleTimeWeeks;

    private ForecastConfig(Builder b) {
        List<ForecastMethod> list = new ArrayList<>();
        list.add(new SeasonalNaive());
        for (ForecastMethod m : b.methods) {
            if (list.stream().noneMatch(x -> x.id().equals(m.id()))) {
                list.add(m);
            }
        }
        this.methods = List.copyOf(list);
        this.calendar = b.calendar != null ? b.calendar : BusinessCalendar.alwaysOpen(b.zone);
        this.holidayAs = Collections.unmodifiableMap(new TreeMap<>(b.holidayAs));
        this.backtestOrigins = b.backtestOrigins;
        this.horizonDays = b.horizonDays;
        this.predictionLevel = b.predictionLevel;
        this.handleTimeWeeks = b.handleTimeWeeks;
    }

    /**
     * The three methods, always open in UTC, four weekly backtest origins, 80 % prediction intervals.
     *
     * @return the defaults
     */
    public static ForecastConfig ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this configuration.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.methods = new ArrayList<>(methods);
        b.calendar = calendar;
        b.zone = calendar.zone();
        b.holidayAs = new TreeMap<>(holidayAs);
        b.backtestOrigins = backtestOrigins;
        b.horizonDays = horizonDays;
        b.predictionLevel = predictionLevel;
        b.handleTimeWeeks = handleTimeWeeks;
        return b;
    }

    /**
     * The candidate methods, the seasonal naive baseline first (always present).
     *
     * @return the methods
     */
    public List<ForecastMethod> methods() {
        return methods;
    }

    /**
     * The business calendar.
     *
     * @return the calendar
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Holidays that borrow a weekday's opening hours and pattern.
     *
     * @return holiday → weekday, sorted
     */
    public Map<LocalDate, DayOfWeek> holidayAs() {
        return holidayAs;
    }

    /**
     * The most backtest origins.
     *
     * @return origins, ≥ 1
     */
    public int backtestOrigins() {
        return backtestOrigins;
    }

    /**
     * The days forecast from each backtest origin, and the default forecast length.
     *
     * @return days, ≥ 1
     */
    public int horizonDays() {
        return horizonDays;
    }

    /**
     * The central coverage of the prediction intervals.
     *
     * @return a share in (0, 1)
     */
    public double predictionLevel() {
        return predictionLevel;
    }

    /**
     * The weeks of history behind the handle-time profile.
     *
     * @return weeks, ≥ 1
     */
    public int handleTimeWeeks() {
        return handleTimeWeeks;
    }

    @Override
    public String toString() {
        return "ForecastConfig[methods=" + methods + ", calendar=" + calendar + ", holidayAs=" + holidayAs
                + ", backtestOrigins=" + backtestOrigins + ", horizonDays=" + horizonDays + ", predictionLevel="
                + predictionLevel + ", handleTimeWeeks=" + handleTimeWeeks + "]";
    }

    /** Builds a {@link ForecastConfig}; each setter validates its value. Not thread-safe. */
    public static final class Builder {

        private List<ForecastMethod> methods = new ArrayList<>(ForecastMethod.defaults());
        private @Nullable BusinessCalendar calendar;
        private ZoneId zone = ZoneOffset.UTC;
        private Map<LocalDate, DayOfWeek> holidayAs = new TreeMap<>();
        private int backtestOrigins = 4;
        private int horizonDays = 7;
        private double predictionLevel = 0.8;
        private int handleTimeWeeks = 8;

        private Builder() {
        }

        /**
         * Sets the candidate methods; seasonal naive is added as the baseline if missing.
         *
         * @param value one or more methods, distinct ids
         * @return this builder
         */
        public Builder methods(List<? extends ForecastMethod> value) {
            Checks.notNull(value, "methods");
            List<ForecastMethod> copy = new ArrayList<>();
            for (ForecastMethod m : value) {
                Checks.notNull(m, "method");
                if (copy.stream().anyMatch(x -> x.id().equals(m.id()))) {
                    throw new IllegalArgumentException("The method (" + m.id() + ") is listed twice.");
                }
                copy.add(m);
            }
            this.methods = copy;
            return this;
        }

        /**
         * Sets the business calendar: its zone sets local days and weekdays, its opening hours the
         * closed intervals, its holidays the closed days.
         *
         * @param value the calendar; default always open in the zone (UTC)
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = Checks.notNull(value, "calendar");
            this.zone = value.zone();
            return this;
        }

        /**
         * Sets the zone of an always-open calendar, replacing any calendar set before.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            this.calendar = null;
            return this;
        }

        /**
         * Lets a holiday run like a weekday: that weekday's opening hours and pattern (seasonal naive
         * takes that weekday's last value, the profile its profile). The date counts as a holiday
         * even if the calendar does not list it, so its own history is left out of fits.
         *
         * @param holiday the date
         * @param weekday the weekday it behaves like
         * @return this builder
         */
        public Builder holidayAs(LocalDate holiday, DayOfWeek weekday) {
            holidayAs.put(Checks.notNull(holiday, "holiday"), Checks.notNull(weekday, "weekday"));
            return this;
        }

        /**
         * Sets the most backtest origins (fewer are used when the history is short).
         *
         * @param value in [1, 52]; default 4
         * @return this builder
         */
        public Builder backtestOrigins(int value) {
            if (value < 1 || value > 52) {
                throw new IllegalArgumentException("The backtestOrigins (" + value + ") must be in [1, 52].");
            }
            this.backtestOrigins = value;
            return this;
        }

        /**
         * Sets the days forecast from each backtest origin, which is also the default forecast length.
         *
         * @param value in [1, 366]; default 7
         * @return this builder
         */
        public Builder horizonDays(int value) {
            if (value < 1 || value > 366) {
                throw new IllegalArgumentException("The horizonDays (" + value + ") must be in [1, 366].");
            }
            this.horizonDays = value;
            return this;
        }

        /**
         * Sets the central coverage of the prediction intervals.
         *
         * @param value in (0, 1); default 0.8 (from the 10 % to the 90 % quantile)
         * @return this builder
         */
        public Builder predictionLevel(double value) {
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException("The predictionLevel (" + value + ") must be in (0, 1)."
                        + "\nMaybe 0.8 for 80 %?");
            }
            this.predictionLevel = value;
            return this;
        }

        /**
         * Sets the weeks of history behind the handle-time profile.
         *
         * @param value in [1, 52]; default 8
         * @return this builder
         */
        public Builder handleTimeWeeks(int value) {
            if (value < 1 || value > 52) {
                throw new IllegalArgumentException("The handleTimeWeeks (" + value + ") must be in [1, 52].");
            }
            this.handleTimeWeeks = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public ForecastConfig build() {
            return new ForecastConfig(this);
        }
    }
}
