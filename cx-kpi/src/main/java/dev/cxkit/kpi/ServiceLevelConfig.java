package dev.cxkit.kpi;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;

/**
 * How {@link ServiceLevel} is computed: the answer threshold T, the formula, the short-abandon
 * threshold S and whether short abandons are removed from the offered contacts altogether.
 * Immutable; build one with {@link #builder()} or take {@link #ofDefaults()}.
 *
 * @param threshold T: answered (or abandoned) with a queue wait ≤ T counts as within; default 20 s
 * @param formula which of the five formulas; default {@link ServiceLevelFormula#FORMULA3}
 * @param shortAbandon S: an abandon with a queue wait ≤ S is a short abandon; default 5 s
 * @param excludeShortAbandons whether short abandons are removed from offered (and from every
 *     abandon count); default {@code false}
 */
public record ServiceLevelConfig(Duration threshold, ServiceLevelFormula formula, Duration shortAbandon,
        boolean excludeShortAbandons) {

    /** Default answer threshold, the common "80 % within 20 seconds" target. */
    public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(20);
    /** Default short-abandon threshold. */
    public static final Duration DEFAULT_SHORT_ABANDON = Duration.ofSeconds(5);

    /** Validates the thresholds and that S ≤ T. */
    public ServiceLevelConfig {
        Checks.nonNegative(threshold, "threshold", "service level config");
        Checks.notNull(formula, "formula");
        Checks.nonNegative(shortAbandon, "shortAbandon", "service level config");
        if (shortAbandon.compareTo(threshold) > 0) {
            throw new IllegalArgumentException("The shortAbandon (" + shortAbandon + ") of service level config is "
                    + "longer than its threshold (" + threshold + "); a short abandon must also be within the threshold."
                    + "\nMaybe the two values were swapped?");
        }
    }

    /**
     * The defaults: T = 20 s, formula 3, S = 5 s, short abandons kept in offered.
     *
     * @return the default config
     */
    public static ServiceLevelConfig ofDefaults() {
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
     * A builder pre-filled with this config.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().threshold(threshold).formula(formula).shortAbandon(shortAbandon)
                .excludeShortAbandons(excludeShortAbandons);
    }

    /** Builds a {@link ServiceLevelConfig}; not thread-safe. */
    public static final class Builder {
        private Duration threshold = DEFAULT_THRESHOLD;
        private ServiceLevelFormula formula = ServiceLevelFormula.FORMULA3;
        private Duration shortAbandon = DEFAULT_SHORT_ABANDON;
        private boolean excludeShortAbandons;

        private Builder() {
        }

        /**
         * Sets the answer threshold T.
         *
         * @param value T, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder threshold(Duration value) {
            this.threshold = Checks.nonNegative(value, "threshold", "service level config");
            return this;
        }

        /**
         * Sets the formula used by {@link ServiceLevel#result()}.
         *
         * @param value the formula
         * @return this builder
         */
        public Builder formula(ServiceLevelFormula value) {
            this.formula = Checks.notNull(value, "formula");
            return this;
        }

        /**
         * Sets the short-abandon threshold S.
         *
         * @param value S, not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder shortAbandon(Duration value) {
            this.shortAbandon = Checks.nonNegative(value, "shortAbandon", "service level config");
            return this;
        }

        /**
         * Sets whether short abandons are removed from offered altogether (off by default).
         *
         * @param value whether short abandons are removed from offered
         * @return this builder
         */
        public Builder excludeShortAbandons(boolean value) {
            this.excludeShortAbandons = value;
            return this;
        }

        /**
         * Builds the config.
         *
         * @return the config
         * @throws IllegalArgumentException if the short-abandon threshold is longer than T
         */
        public ServiceLevelConfig build() {
            return new ServiceLevelConfig(threshold, formula, shortAbandon, excludeShortAbandons);
        }
    }
}
