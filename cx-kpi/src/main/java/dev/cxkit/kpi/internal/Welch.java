package dev.cxkit.kpi.internal;

import dev.cxkit.kpi.Comparison;
import dev.cxkit.kpi.KpiUnit;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's t interval for the difference of two means, shared by the group and the period
 * comparisons.
 */
public final class Welch {

    private Welch() {
    }

    /**
     * Compares two groups' moments.
     *
     * @param measure the measure id
     * @param unit the unit
     * @param firstName the baseline group's name
     * @param first its moments
     * @param firstNotRecorded its contacts without the measure
     * @param secondName the other group's name
     * @param second its moments
     * @param secondNotRecorded its contacts without the measure
     * @param confidence the confidence level in (0, 1)
     * @return the comparison, or why none could be made
     */
    public static Comparison compare(String measure, KpiUnit unit, String firstName, Moments first,
            long firstNotRecorded, String secondName, Moments second, long secondNotRecorded, double confidence) {
        Comparison.Group a = group(firstName, first, firstNotRecorded);
        Comparison.Group b = group(secondName, second, secondNotRecorded);
        for (Comparison.Group g : new Comparison.Group[] {a, b}) {
            if (g.count() < 2) {
                return new Comparison.NotCompared(measure, a, b, "fewer than 2 contacts with " + measure
                        + " in \"" + g.name() + "\" (" + g.count() + ")");
            }
        }
        double va = first.sampleVariance() / first.count();
        double vb = second.sampleVariance() / second.count();
        double se = Math.sqrt(va + vb);
        double difference = second.mean() - first.mean();
        if (!(se > 0)) {
            return new Comparison.NotCompared(measure, a, b, "no variation of " + measure
                    + " within either group, so no interval can be given");
        }
        double df = (va + vb) * (va + vb)
                / (va * va / (first.count() - 1) + vb * vb / (second.count() - 1));
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
        return new Comparison.Compared(measure, unit, a, b, difference, difference - t * se, difference + t * se,
                confidence, df);
    }

    private static Comparison.Group group(String name, Moments moments, long notRecorded) {
        return new Comparison.Group(name, moments.count(), moments.count() == 0 ? Double.NaN : moments.mean(),
                notRecorded);
    }
}
