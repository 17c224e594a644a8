package dev.cxkit.test;

import dev.cxkit.core.Money;
import dev.cxkit.test.internal.AmountText;
import java.util.Objects;
import org.assertj.core.api.AbstractComparableAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on {@link Money}, written the way amounts appear in policies and reports.
 * Obtain one from {@link CxAssertions#assertThat(Money)}:
 *
 * <pre>{@code
 * assertThat(grant.amount()).isMoney("120.00 EUR");
 * assertThat(total).hasCurrency("EUR").isGreaterThan(Money.of("100.00", "EUR"));
 * }</pre>
 *
 * <p>The comparisons inherited from {@link AbstractComparableAssert} ({@code isGreaterThan},
 * {@code isBetween}, …) use {@link Money#compareTo}, which throws for different currencies: compare
 * amounts of one currency only. Not thread-safe, like every AssertJ assertion object.
 */
public class MoneyAssert extends AbstractComparableAssert<MoneyAssert, Money> {

    /**
     * Creates an assertion on money; prefer {@link CxAssertions#assertThat(Money)}.
     *
     * @param actual the money under test, may be {@code null}
     */
    public MoneyAssert(@Nullable Money actual) {
        super(actual, MoneyAssert.class);
    }

    /**
     * Verifies amount and currency at once.
     *
     * @param expected for example {@code "120.00 EUR"}; {@code "120 EUR"} is the same money
     * @return this assertion
     * @throws IllegalArgumentException if {@code expected} is not money of that form
     * @throws AssertionError if the money differs in amount or currency
     */
    public MoneyAssert isMoney(String expected) {
        Money money = AmountText.money(expected);
        isNotNull();
        if (!actual.equals(money)) {
            failExpecting(money.toString());
        }
        return myself;
    }

    /**
     * Verifies the currency.
     *
     * @param currencyCode for example {@code "EUR"}
     * @return this assertion
     * @throws AssertionError if the currency differs
     */
    public MoneyAssert hasCurrency(String currencyCode) {
        Objects.requireNonNull(currencyCode, "currencyCode");
        isNotNull();
        if (!actual.currency().getCurrencyCode().equals(currencyCode)) {
            failExpecting("money in " + currencyCode);
        }
        return myself;
    }

    /**
     * Verifies that the amount is zero, in any currency.
     *
     * @return this assertion
     * @throws AssertionError if it is not zero
     */
    public MoneyAssert isZero() {
        isNotNull();
        if (!actual.isZero()) {
            failExpecting("zero");
        }
        return myself;
    }

    private void failExpecting(String expectation) {
        failWithMessage(("\nExpecting money: " + expectation + "\nbut it was: " + actual).replace("%", "%%"));
    }
}
