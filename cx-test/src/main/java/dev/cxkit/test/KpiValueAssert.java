package dev.cxkit.test;

import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.test.internal.FailureText;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link KpiValue}. Obtain one from {@link CxAssertions#assertThat(KpiValue)}:
 *
 * <pre>{@code
 * assertThat(fcr.result())
 *         .hasId("cx.kpi.fcr")
 *         .hasVariant("7d")
 *         .hasValueCloseTo(0.83, within(0.005))
 *         .hasCount(120);
 * }</pre>
 *
 * <p>Every failure message shows the whole value: id, variant, value (raw and formatted in its
 * unit), count and unit. An empty value (nothing to measure, for example a zero denominator) has no
 * number: {@link #isEmpty()} checks for it and every value assertion fails on it.
 *
 * <p>Not thread-safe, like every AssertJ assertion object: use one per assertion chain.
 */
public class KpiValueAssert extends AbstractAssert<KpiValueAssert, KpiValue> {

    /**
     * Creates an assertion on a KPI value; prefer {@link CxAssertions#assertThat(KpiValue)}.
     *
     * @param actual the value under test, may be {@code null} (every assertion but {@code isNull()} then fails)
     */
    public KpiValueAssert(@Nullable KpiValue actual) {
        super(actual, KpiValueAssert.class);
    }

    /**
     * Verifies the KPI id.
     *
     * @param id the expected id, for example {@code "cx.kpi.fcr"}
     * @return this assertion
     * @throws AssertionError if the id differs
     */
    public KpiValueAssert hasId(String id) {
        Objects.requireNonNull(id, "id");
        isNotNull();
        if (!actual.id().equals(id)) {
            failExpecting("id " + id);
        }
        return myself;
    }

    /**
     * Verifies the variant.
     *
     * @param variant the expected variant, for example {@code "7d"}; the empty string for none
     * @return this assertion
     * @throws AssertionError if the variant differs
     */
    public KpiValueAssert hasVariant(String variant) {
        Objects.requireNonNull(variant, "variant");
        isNotNull();
        if (!actual.variant().equals(variant)) {
            failExpecting("variant \"" + variant + "\"");
        }
        return myself;
    }

    /**
     * Verifies the unit.
     *
     * @param unit the expected unit
     * @return this assertion
     * @throws AssertionError if the unit differs
     */
    public KpiValueAssert hasUnit(KpiUnit unit) {
        Objects.requireNonNull(unit, "unit");
        isNotNull();
        if (actual.unit() != unit) {
            failExpecting("unit " + unit);
        }
        return myself;
    }

    /**
     * Verifies how many observations the value is based on (for ratios, the denominator).
     *
     * @param count the expected count
     * @return this assertion
     * @throws AssertionError if the count differs
     */
    public KpiValueAssert hasCount(long count) {
        isNotNull();
        if (actual.count() != count) {
            failExpecting("count " + count);
        }
        return myself;
    }

    /**
     * Verifies that the value is empty: there was nothing to measure.
     *
     * @return this assertion
     * @throws AssertionError if the value has a number
     */
    public KpiValueAssert isEmpty() {
        isNotNull();
        if (!actual.isEmpty()) {
            failExpecting("an empty value (nothing to measure)");
        }
        return myself;
    }

    /**
     * Verifies that the value has a number.
     *
     * @return this assertion
     * @throws AssertionError if the value is empty
     */
    public KpiValueAssert isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            failExpecting("a value (not empty)");
        }
        return myself;
    }

    /**
     * Verifies the value exactly. Use it only for values that are exact in binary, such as counts
     * or ratios like 0.5; otherwise use {@link #hasValueCloseTo(double, Offset)}.
     *
     * @param expected the expected value, in the KPI's unit (a ratio is 0–1, not a percentage)
     * @return this assertion
     * @throws AssertionError if the value is empty or differs
     */
    public KpiValueAssert hasValue(double expected) {
        isNotNull();
        if (actual.isEmpty() || Double.compare(actual.value().getAsDouble(), expected) != 0) {
            failExpecting("value " + expected);
        }
        return myself;
    }

    /**
     * Verifies the value within an absolute tolerance, for example
     * {@code hasValueCloseTo(0.83, within(0.005))}.
     *
     * @param expected the expected value, in the KPI's unit (a ratio is 0–1, not a percentage)
     * @param offset the tolerance: {@code |actual - expected| <= offset}, or {@code <} for a strict
     *     offset ({@code byLessThan})
     * @return this assertion
     * @throws AssertionError if the value is empty or further than {@code offset} from {@code expected}
     */
    public KpiValueAssert hasValueCloseTo(double expected, Offset<Double> offset) {
        Objects.requireNonNull(offset, "offset");
        isNotNull();
        double difference = actual.isEmpty() ? Double.NaN : Math.abs(actual.value().getAsDouble() - expected);
        boolean close = offset.strict ? difference < offset.value : difference <= offset.value;
        if (!close) {
            failExpecting("value " + expected + " within " + offset.value);
        }
        return myself;
    }

    /**
     * The value's number, for assertions this class does not offer.
     *
     * @return the number
     * @throws AssertionError if the value is empty
     */
    public double value() {
        isNotEmpty();
        return actual.value().getAsDouble();
    }

    private void failExpecting(String expectation) {
        String message = "\nExpecting a KPI value: " + expectation + "\nbut it was:\n" + FailureText.describe(actual);
        // failWithMessage formats with String.format; a formatted ratio such as 83.0 % must not be read as a conversion.
        failWithMessage(message.replace("%", "%%"));
    }
}
