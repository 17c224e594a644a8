package dev.cxkit.kpi.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Constraints and conversions for a staffing search: shrinkage (the share of paid time agents are
 * not available for calls: breaks, training, absence), maximum occupancy and, for
 * {@link ErlangA}, maximum probability of abandoning. Immutable and thread-safe; create with
 * {@link #builder()} or {@link #ofDefaults()}.
 *
 * <p>Scheduled agents are {@code ceil(agents / (1 − shrinkage))}, computed in decimal so that
 * 14 agents at 30 % shrinkage give exactly 20, not 21 from a binary rounding error.
 */
public final class StaffingOptions {

    private static final StaffingOptions DEFAULTS = new Builder().build();

    private final double shrinkage;
    private final double maxOccupancy;
    private final double maxAbandonment;

    private StaffingOptions(Builder builder) {
        this.shrinkage = builder.shrinkage;
        this.maxOccupancy = builder.maxOccupancy;
        this.maxAbandonment = builder.maxAbandonment;
    }

    /**
     * No shrinkage, occupancy up to 100 %, any abandonment.
     *
     * @return the default options
     */
    public static StaffingOptions ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from these options.
     *
     * @return a new builder with these values
     */
    public Builder toBuilder() {
        return new Builder().shrinkage(shrinkage).maxOccupancy(maxOccupancy).maxAbandonment(maxAbandonment);
    }

    /**
     * The shrinkage.
     *
     * @return the share of paid time not available for calls, in [0, 1)
     */
    public double shrinkage() {
        return shrinkage;
    }

    /**
     * The maximum occupancy.
     *
     * @return the largest acceptable occupancy, in (0, 1]
     */
    public double maxOccupancy() {
        return maxOccupancy;
    }

    /**
     * The maximum probability of abandoning; used by {@link ErlangA} only (Erlang C has none).
     *
     * @return the largest acceptable share of callers hanging up, in (0, 1]; 1 means no limit
     */
    public double maxAbandonment() {
        return maxAbandonment;
    }

    /**
     * Agents to schedule so that {@code agents} are on the phones after shrinkage.
     *
     * @param agents agents needed on the phones, ≥ 0
     * @return {@code ceil(agents / (1 − shrinkage))}
     * @throws IllegalArgumentException if agents is negative
     */
    public int scheduledAgents(int agents) {
        if (agents < 0) {
            throw new IllegalArgumentException("The agents (" + agents + ") must not be negative.");
        }
        BigDecimal available = BigDecimal.ONE.subtract(BigDecimal.valueOf(shrinkage));
        return BigDecimal.valueOf(agents).divide(available, 0, RoundingMode.CEILING).intValueExact();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof StaffingOptions o && shrinkage == o.shrinkage && maxOccupancy == o.maxOccupancy
                && maxAbandonment == o.maxAbandonment;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(shrinkage) * 31 * 31 + Double.hashCode(maxOccupancy) * 31
                + Double.hashCode(maxAbandonment);
    }

    @Override
    public String toString() {
        return "StaffingOptions[shrinkage=" + shrinkage + ", maxOccupancy=" + maxOccupancy + ", maxAbandonment="
                + maxAbandonment + "]";
    }

    /** Builds {@link StaffingOptions}; each setter validates its value. Not thread-safe. */
    public static final class Builder {

        private double shrinkage = 0.0;
        private double maxOccupancy = 1.0;
        private double maxAbandonment = 1.0;

        private Builder() {
        }

        /**
         * Sets the shrinkage.
         *
         * @param shrinkage share of paid time not available for calls, in [0, 1); default 0
         * @return this builder
         * @throws IllegalArgumentException if outside [0, 1)
         */
        public Builder shrinkage(double shrinkage) {
            this.shrinkage = StaffingChecks.fraction(shrinkage, "shrinkage", true, false);
            return this;
        }

        /**
         * Sets the maximum occupancy; the search then keeps {@code agents ≥ A / maxOccupancy}.
         *
         * @param maxOccupancy in (0, 1]; default 1
         * @return this builder
         * @throws IllegalArgumentException if outside (0, 1]
         */
        public Builder maxOccupancy(double maxOccupancy) {
            this.maxOccupancy = StaffingChecks.fraction(maxOccupancy, "maxOccupancy", false, true);
            return this;
        }

        /**
         * Sets the maximum probability of abandoning, for {@link ErlangA}.
         *
         * @param maxAbandonment in (0, 1]; default 1 (no limit)
         * @return this builder
         * @throws IllegalArgumentException if outside (0, 1]
         */
        public Builder maxAbandonment(double maxAbandonment) {
            this.maxAbandonment = StaffingChecks.fraction(maxAbandonment, "maxAbandonment", false, true);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public StaffingOptions build() {
            return new StaffingOptions(this);
        }
    }
}
