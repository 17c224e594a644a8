package dev.cxkit.kpi;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

import dev.cxkit.core.internal.Checks;

/**
 * The result of a KPI accumulator: which KPI and variant, its value, and how many observations it
 * is based on. Empty input gives an empty value, never a made-up 0 or a division by zero. Immutable.
 *
 * <p>Ids are lowercase and dotted ({@code cx.kpi.fcr}); variants say how it was computed
 * ({@code per-issue/P7D}); dimensions such as channel or team are tags added by the scorecard,
 * never part of the id.
 *
 * @param id the KPI id, for example {@code cx.kpi.fcr}
 * @param variant the variant, for example {@code per-issue/P7D}; empty string for the default
 * @param value the value, empty if there was nothing to measure
 * @param count the number of observations the value is based on (for a rate, its denominator)
 * @param unit the unit of {@code value}
 */
public record KpiValue(String id, String variant, OptionalDouble value, long count, KpiUnit unit) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

    /** Validates the id, the count and that the value is finite. */
    public KpiValue {
        Checks.notNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The KPI id (" + Checks.abbreviate(id)
                    + ") must be lowercase and dotted, such as cx.kpi.fcr.");
        }
        Checks.notNull(variant, "variant");
        Checks.notNull(value, "value");
        Checks.notNull(unit, "unit");
        if (count < 0) {
            throw new IllegalArgumentException("The count (" + count + ") of KPI " + id + " is negative.");
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("The value (" + value.getAsDouble() + ") of KPI " + id + " is not finite.");
        }
    }

    /**
     * A value computed from {@code count} observations.
     *
     * @param id the KPI id
     * @param variant the variant
     * @param value the value
     * @param count the number of observations
     * @param unit the unit
     * @return the KPI value
     */
    public static KpiValue of(String id, String variant, double value, long count, KpiUnit unit) {
        return new KpiValue(id, variant, OptionalDouble.of(value), count, unit);
    }

    /**
     * A KPI with nothing to measure.
     *
     * @param id the KPI id
     * @param variant the variant
     * @param count the observations seen (usually 0; for a rate, its zero denominator)
     * @param unit the unit
     * @return a value whose {@link #value()} is empty
     */
    public static KpiValue empty(String id, String variant, long count, KpiUnit unit) {
        return new KpiValue(id, variant, OptionalDouble.empty(), count, unit);
    }

    /**
     * A ratio {@code numerator / denominator}, empty when the denominator is zero.
     *
     * @param id the KPI id
     * @param variant the variant
     * @param numerator the numerator
     * @param denominator the denominator, the count
     * @return the ratio
     */
    public static KpiValue ratio(String id, String variant, long numerator, long denominator) {
        return denominator == 0 ? empty(id, variant, 0, KpiUnit.RATIO)
                : of(id, variant, (double) numerator / denominator, denominator, KpiUnit.RATIO);
    }

    /**
     * Whether there was anything to measure.
     *
     * @return {@code true} if {@link #value()} is empty
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }
}
