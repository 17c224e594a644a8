package dev.cxkit.kpi;

import java.util.Objects;

/**
 * The outcome of comparing one measure between two groups of contacts: either {@link Compared}
 * with the difference and its confidence interval, or {@link NotCompared} with the reason (a
 * group too small, no variation). A result, never an exception.
 *
 * <p>Source: docs/kpis.md#comparisons.
 */
public sealed interface Comparison permits Comparison.Compared, Comparison.NotCompared {

    /**
     * The measure compared.
     *
     * @return its id, for example {@code csat-top-box}
     */
    String measure();

    /**
     * The first group, the baseline.
     *
     * @return its figures
     */
    Group first();

    /**
     * The second group.
     *
     * @return its figures
     */
    Group second();

    /**
     * One group's figures.
     *
     * @param name the group's name
     * @param count the contacts that carried the measure
     * @param mean their mean, {@link Double#NaN} when {@code count} is 0
     * @param notRecorded the contacts of the group that did not carry the measure
     */
    record Group(String name, long count, double mean, long notRecorded) {

        /** Checks the counts. */
        public Group {
            Objects.requireNonNull(name, "name");
            if (count < 0 || notRecorded < 0) {
                throw new IllegalArgumentException("The counts of group " + name + " are negative.");
            }
        }
    }

    /**
     * A difference with its confidence interval, by Welch's t interval for two means (unequal
     * variances, Welch–Satterthwaite degrees of freedom). For a 0/1 measure the means are shares
     * and the interval is the usual large-sample interval for a difference of two proportions.
     *
     * @param measure the measure id
     * @param unit the unit of the means and the difference
     * @param first the baseline group
     * @param second the other group
     * @param difference second mean − first mean
     * @param low the lower bound of the interval
     * @param high the upper bound of the interval
     * @param confidence the confidence level, for example 0.95
     * @param degreesOfFreedom the Welch–Satterthwaite degrees of freedom
     */
    record Compared(String measure, KpiUnit unit, Group first, Group second, double difference, double low,
            double high, double confidence, double degreesOfFreedom) implements Comparison {

        /** Checks that the interval holds the difference. */
        public Compared {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            if (!(low <= difference && difference <= high)) {
                throw new IllegalArgumentException("The interval [" + low + ", " + high
                        + "] does not hold the difference " + difference + ".");
            }
        }

        /**
         * Whether the change is beyond noise: the interval excludes 0.
         *
         * @return {@code true} if 0 lies outside [low, high]
         */
        public boolean beyondNoise() {
            return low > 0 || high < 0;
        }
    }

    /**
     * No comparison could be made.
     *
     * @param measure the measure id
     * @param first the baseline group
     * @param second the other group
     * @param reason why, for example {@code fewer than 2 contacts in "a cue not acknowledged"}
     */
    record NotCompared(String measure, Group first, Group second, String reason) implements Comparison {

        /** Checks the parts. */
        public NotCompared {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
