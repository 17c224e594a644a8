package dev.cxkit.kpi;

import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.cxkit.core.internal.Checks;

/**
 * Settings of {@link ContactReasonTrend}: the zone whose calendar defines ISO weeks, and the
 * spike rule {@code count > trailing mean + k × σ and count ≥ minimumCount} over a trailing window
 * of weeks (docs/audit-catalog.md, CONTACT_REASON_SPIKE). Immutable and thread-safe; build with
 * {@link #builder()}.
 *
 * @param zone the zone of the week boundaries (Monday 00:00 local time); default UTC
 * @param trailingWeeks how many preceding weeks form the baseline; at least 2, default 4
 * @param sigmas {@code k}, how many standard deviations above the mean a spike must be; finite and
 *        not negative, default 3
 * @param minimumCount the least weekly count that can be a spike; at least 1, default 10
 */
public record ContactReasonTrendConfig(ZoneId zone, int trailingWeeks, double sigmas, long minimumCount) {

    /** Validates each setting; see the parameters for the ranges. */
    public ContactReasonTrendConfig {
        Checks.notNull(zone, "zone");
        if (trailingWeeks < 2) {
            throw new IllegalArgumentException("The trailingWeeks (" + trailingWeeks
                    + ") must be at least 2 for a standard deviation to mean anything.");
        }
        if (!(sigmas >= 0 && Double.isFinite(sigmas))) {
            throw new IllegalArgumentException("The sigmas (" + sigmas + ") must be finite and not negative.");
        }
        if (minimumCount < 1) {
            throw new IllegalArgumentException("The minimumCount (" + minimumCount + ") must be at least 1.");
        }
    }

    /**
     * The defaults of docs/audit-catalog.md: UTC weeks, 4 trailing weeks, 3 σ, at least 10 contacts.
     *
     * @return the default settings
     */
    public static ContactReasonTrendConfig ofDefaults() {
        return builder().build();
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
     * A builder starting from these settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().zone(zone).trailingWeeks(trailingWeeks).sigmas(sigmas).minimumCount(minimumCount);
    }

    /** Builds a {@link ContactReasonTrendConfig}; not thread-safe. */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private int trailingWeeks = 4;
        private double sigmas = 3.0;
        private long minimumCount = 10;

        private Builder() {
        }

        /**
         * Sets the zone whose calendar defines the weeks.
         *
         * @param value the zone of the week boundaries
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            return this;
        }

        /**
         * Sets how many preceding weeks form the baseline; checked in {@link #build()}.
         *
         * @param value the number of trailing weeks in the baseline, at least 2
         * @return this builder
         */
        public Builder trailingWeeks(int value) {
            this.trailingWeeks = value;
            return this;
        }

        /**
         * Sets how many standard deviations above the mean a spike must be; checked in {@link #build()}.
         *
         * @param value {@code k}, the standard deviations above the mean
         * @return this builder
         */
        public Builder sigmas(double value) {
            this.sigmas = value;
            return this;
        }

        /**
         * Sets the least weekly count that can be a spike; checked in {@link #build()}.
         *
         * @param value the least weekly count that can be a spike, at least 1
         * @return this builder
         */
        public Builder minimumCount(long value) {
            this.minimumCount = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException if a setting is out of range (the message names it)
         */
        public ContactReasonTrendConfig build() {
            return new ContactReasonTrendConfig(zone, trailingWeeks, sigmas, minimumCount);
        }
    }
}
