package dev.cxkit.flink;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.flink.internal.EventTimeBounds;
import dev.cxkit.kpi.StandardKpis;

/**
 * The settings of {@link ScorecardJob}. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @param kpis the KPI windows and thresholds, as for {@link StandardKpis} (default
 *        {@link StandardKpis.Config#ofDefaults()}: per-issue FCR over 7 days, T = 20 s, …)
 * @param maxOutOfOrderness how far {@code queuedAt} may run backwards in the input; the watermark
 *        trails the latest {@code queuedAt} by this (default 5 min)
 * @param allowedLateness how far behind the watermark a contact is still counted; later contacts go to
 *        the late output (default 1 h). Results of a week come out one repeat window plus this after
 *        the week ends
 * @param totalAtEndOfInput whether to emit one total over all the input when it ends (bounded input
 *        only: on an endless source it never comes, and it holds every promise and survey until then;
 *        default {@code false})
 */
public record ScorecardJobConfig(StandardKpis.Config kpis, Duration maxOutOfOrderness, Duration allowedLateness,
        boolean totalAtEndOfInput) {

    /** Validates the durations. */
    public ScorecardJobConfig {
        Checks.notNull(kpis, "kpis");
        EventTimeBounds.check(maxOutOfOrderness, allowedLateness, "scorecard job config");
    }

    /**
     * The defaults: standard KPI defaults, 5 min out-of-orderness, 1 h allowed lateness, no total.
     *
     * @return the default settings
     */
    public static ScorecardJobConfig ofDefaults() {
        return builder().build();
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().kpis(kpis).maxOutOfOrderness(maxOutOfOrderness).allowedLateness(allowedLateness)
                .totalAtEndOfInput(totalAtEndOfInput);
    }

    /** Builds a {@link ScorecardJobConfig}; not thread-safe. */
    public static final class Builder {
        private StandardKpis.Config kpis = StandardKpis.Config.ofDefaults();
        private Duration maxOutOfOrderness = EventTimeBounds.DEFAULT_MAX_OUT_OF_ORDERNESS;
        private Duration allowedLateness = EventTimeBounds.DEFAULT_ALLOWED_LATENESS;
        private boolean totalAtEndOfInput;

        private Builder() {
        }

        /**
         * Sets the KPI windows and thresholds.
         *
         * @param value for example {@code StandardKpis.Config.builder().serviceLevelThreshold(Duration.ofSeconds(30)).build()}
         * @return this builder
         */
        public Builder kpis(StandardKpis.Config value) {
            this.kpis = Checks.notNull(value, "kpis");
            return this;
        }

        /**
         * Sets the watermark's out-of-orderness bound.
         *
         * @param value 0 or more, for example 5 min
         * @return this builder
         */
        public Builder maxOutOfOrderness(Duration value) {
            this.maxOutOfOrderness = Checks.notNull(value, "maxOutOfOrderness");
            return this;
        }

        /**
         * Sets the allowed lateness.
         *
         * @param value 0 or more, for example 1 h
         * @return this builder
         */
        public Builder allowedLateness(Duration value) {
            this.allowedLateness = Checks.notNull(value, "allowedLateness");
            return this;
        }

        /**
         * Sets whether a total over all the input is emitted when the input ends.
         *
         * @param value {@code true} for bounded input such as files
         * @return this builder
         */
        public Builder totalAtEndOfInput(boolean value) {
            this.totalAtEndOfInput = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException if a duration is negative
         */
        public ScorecardJobConfig build() {
            return new ScorecardJobConfig(kpis, maxOutOfOrderness, allowedLateness, totalAtEndOfInput);
        }
    }
}
