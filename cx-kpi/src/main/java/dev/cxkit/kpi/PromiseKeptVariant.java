package dev.cxkit.kpi;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;

/**
 * How {@link PromiseKeptRate} is measured: which promises (those due in {@code [from, to)}), when
 * they are judged ({@code asOf}), and whether a promise kept late but within its grace counts as kept.
 * Immutable.
 *
 * @param from start of the period, inclusive
 * @param to end of the period, exclusive
 * @param asOf the instant at which outcomes are evaluated ({@link dev.cxkit.core.Promise#outcomeAt(Instant)})
 * @param withGrace whether {@code KEPT_LATE} (fulfilled after due but within grace) counts as kept
 */
public record PromiseKeptVariant(Instant from, Instant to, Instant asOf, boolean withGrace) {

    /** Validates that the period is not empty. */
    public PromiseKeptVariant {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(asOf, "asOf");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The period [" + from + ", " + to + ") of the promise-kept rate is empty."
                    + "\nMaybe from and to were swapped?");
        }
    }

    /**
     * KEPT and KEPT_LATE count as kept; a promise is judged once its due time plus grace has passed.
     *
     * @param from start of the period, inclusive
     * @param to end of the period, exclusive
     * @param asOf the evaluation instant
     * @return the variant named {@code with-grace}
     */
    public static PromiseKeptVariant withGrace(Instant from, Instant to, Instant asOf) {
        return new PromiseKeptVariant(from, to, asOf, true);
    }

    /**
     * Only KEPT counts as kept; a promise is judged once its due time has passed.
     *
     * @param from start of the period, inclusive
     * @param to end of the period, exclusive
     * @param asOf the evaluation instant
     * @return the variant named {@code without-grace}
     */
    public static PromiseKeptVariant withoutGrace(Instant from, Instant to, Instant asOf) {
        return new PromiseKeptVariant(from, to, asOf, false);
    }

    /**
     * The name used in KPI variants.
     *
     * @return {@code with-grace} or {@code without-grace}
     */
    public String name() {
        return withGrace ? "with-grace" : "without-grace";
    }
}
