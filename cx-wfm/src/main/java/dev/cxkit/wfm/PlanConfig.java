package dev.cxkit.wfm;

import java.time.Duration;

import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.staffing.ServiceLevelTarget;
import dev.cxkit.kpi.staffing.StaffingOptions;
import dev.cxkit.kpi.staffing.StaffingTarget;
import org.jspecify.annotations.Nullable;

/**
 * How to staff each forecast interval: the queueing model (Erlang C, or Erlang A with a mean
 * patience), the target (service level or average speed of answer, and for Erlang A a maximum
 * probability of abandoning), shrinkage, the occupancy cap, the hourly cost of a scheduled head and
 * a fallback handle time. The same objects as {@code cx staffing} uses for one interval
 * ({@link StaffingTarget}, {@link StaffingOptions}), so a plan row equals that command's answer.
 * Immutable and thread-safe; create with {@link #builder()} or {@link #ofDefaults()}.
 */
public final class PlanConfig {

    private static final PlanConfig DEFAULTS = builder().build();

    private final @Nullable Duration patience;
    private final @Nullable StaffingTarget target;
    private final Duration answerWithin;
    private final StaffingOptions options;
    private final @Nullable Money hourlyRate;
    private final @Nullable Duration defaultAverageHandleTime;

    private PlanConfig(Builder b) {
        this.patience = b.patience;
        this.target = b.target;
        this.answerWithin = b.target != null ? b.target.answerWithin() : b.answerWithin;
        this.options = b.options;
        this.hourlyRate = b.hourlyRate;
        this.defaultAverageHandleTime = b.defaultAverageHandleTime;
    }

    /**
     * Erlang C for 80 % answered within 20 s, no shrinkage, no occupancy cap, no cost.
     *
     * @return the defaults
     */
    public static PlanConfig ofDefaults() {
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
        b.patience = patience;
        b.target = target;
        b.answerWithin = answerWithin;
        b.options = options;
        b.hourlyRate = hourlyRate;
        b.defaultAverageHandleTime = defaultAverageHandleTime;
        return b;
    }

    /**
     * Whether callers hang up in the model (Erlang A) or wait forever (Erlang C).
     *
     * @return {@code true} for Erlang A
     */
    public boolean isErlangA() {
        return patience != null;
    }

    /**
     * The model's id.
     *
     * @return {@code erlang-c} or {@code erlang-a}
     */
    public String model() {
        return patience != null ? "erlang-a" : "erlang-c";
    }

    /**
     * The mean patience of the Erlang A model.
     *
     * @return the patience, or {@code null} for Erlang C
     */
    public @Nullable Duration patience() {
        return patience;
    }

    /**
     * The target per interval.
     *
     * @return the target, or {@code null} when only the abandonment is capped (Erlang A)
     */
    public @Nullable StaffingTarget target() {
        return target;
    }

    /**
     * The threshold T at which service levels are reported (the target's, or the one given with
     * an abandonment-only goal).
     *
     * @return T
     */
    public Duration answerWithin() {
        return answerWithin;
    }

    /**
     * Shrinkage, maximum occupancy and maximum abandonment.
     *
     * @return the options
     */
    public StaffingOptions options() {
        return options;
    }

    /**
     * The cost of one scheduled head for one hour.
     *
     * @return the rate, or {@code null} when no cost is wanted
     */
    public @Nullable Money hourlyRate() {
        return hourlyRate;
    }

    /**
     * The handle time used where the forecast has none.
     *
     * @return the fallback, or {@code null}
     */
    public @Nullable Duration defaultAverageHandleTime() {
        return defaultAverageHandleTime;
    }

    @Override
    public String toString() {
        return "PlanConfig[model=" + model() + (patience != null ? ", patience=" + patience : "") + ", target=" + target
                + ", answerWithin=" + answerWithin + ", options=" + options + ", hourlyRate=" + hourlyRate
                + ", defaultAverageHandleTime=" + defaultAverageHandleTime + "]";
    }

    /** Builds a {@link PlanConfig}; each setter validates its value, {@link #build()} the combination. */
    public static final class Builder {

        private @Nullable Duration patience;
        private @Nullable StaffingTarget target = ServiceLevelTarget.of(0.8, Duration.ofSeconds(20));
        private Duration answerWithin = Duration.ofSeconds(20);
        private StaffingOptions options = StaffingOptions.ofDefaults();
        private @Nullable Money hourlyRate;
        private @Nullable Duration defaultAverageHandleTime;

        private Builder() {
        }

        /**
         * Uses Erlang C (callers wait forever); the default.
         *
         * @return this builder
         */
        public Builder erlangC() {
            this.patience = null;
            return this;
        }

        /**
         * Uses Erlang A (callers hang up after an exponential patience).
         *
         * @param averagePatience the mean patience, &gt; 0
         * @return this builder
         */
        public Builder erlangA(Duration averagePatience) {
            Checks.notNull(averagePatience, "averagePatience");
            if (averagePatience.isNegative() || averagePatience.isZero()) {
                throw new IllegalArgumentException("The averagePatience (" + averagePatience + ") must be positive.");
            }
            this.patience = averagePatience;
            return this;
        }

        /**
         * Sets the target: a {@code ServiceLevelTarget} or an {@code AverageSpeedOfAnswerTarget}.
         *
         * @param value the target; default 80 % within 20 s
         * @return this builder
         */
        public Builder target(StaffingTarget value) {
            this.target = Checks.notNull(value, "target");
            this.answerWithin = value.answerWithin();
            return this;
        }

        /**
         * Staffs for a maximum probability of abandoning only (Erlang A): the fewest agents whose
         * abandonment is at most the share. Replaces any service-level or ASA target.
         *
         * @param maxShare the largest acceptable share of callers hanging up, in (0, 1)
         * @param reportWithin the threshold T at which to report the service level
         * @return this builder
         */
        public Builder abandonmentTarget(double maxShare, Duration reportWithin) {
            if (!(maxShare > 0 && maxShare < 1)) {
                throw new IllegalArgumentException("The maximum abandonment (" + maxShare + ") must be in (0, 1)."
                        + "\nMaybe 0.05 for 5 %?");
            }
            Checks.notNull(reportWithin, "reportWithin");
            this.options = options.toBuilder().maxAbandonment(maxShare).build();
            this.target = null;
            this.answerWithin = reportWithin;
            return this;
        }

        /**
         * Sets shrinkage, maximum occupancy and maximum abandonment at once.
         *
         * @param value the options
         * @return this builder
         */
        public Builder options(StaffingOptions value) {
            this.options = Checks.notNull(value, "options");
            return this;
        }

        /**
         * Sets the shrinkage.
         *
         * @param value share of paid time not on the phones, in [0, 1)
         * @return this builder
         */
        public Builder shrinkage(double value) {
            this.options = options.toBuilder().shrinkage(value).build();
            return this;
        }

        /**
         * Sets the occupancy cap.
         *
         * @param value in (0, 1]
         * @return this builder
         */
        public Builder maxOccupancy(double value) {
            this.options = options.toBuilder().maxOccupancy(value).build();
            return this;
        }

        /**
         * Sets the cost of one scheduled head for one hour.
         *
         * @param value a non-negative amount
         * @return this builder
         */
        public Builder hourlyRate(Money value) {
            Checks.notNull(value, "hourlyRate");
            if (value.isNegative()) {
                throw new IllegalArgumentException("The hourly rate (" + value + ") must not be negative.");
            }
            this.hourlyRate = value;
            return this;
        }

        /**
         * Sets the handle time used where the forecast has none (a history without handle times).
         *
         * @param value a positive duration
         * @return this builder
         */
        public Builder defaultAverageHandleTime(Duration value) {
            Checks.notNull(value, "defaultAverageHandleTime");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("The defaultAverageHandleTime (" + value + ") must be positive.");
            }
            this.defaultAverageHandleTime = value;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException if an abandonment target is set without Erlang A
         */
        public PlanConfig build() {
            if (options.maxAbandonment() < 1 && patience == null) {
                throw new IllegalArgumentException("A maximum abandonment (" + options.maxAbandonment()
                        + ") needs callers who hang up.\nMaybe call erlangA(patience)?");
            }
            if (target == null && options.maxAbandonment() >= 1) {
                throw new IllegalArgumentException("The plan has neither a target nor a maximum abandonment.");
            }
            return new PlanConfig(this);
        }
    }
}
