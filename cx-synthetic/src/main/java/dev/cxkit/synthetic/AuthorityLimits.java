package dev.cxkit.synthetic;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.cxkit.core.Action;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The authority matrix the generator keeps normal grants within and that its OVER_AUTHORITY truth
 * applies: per action and tier, the largest single grant an agent may give ({@code allowUpTo}) and
 * an optional cap on what one customer may receive for that action within 30 days. Immutable and
 * thread-safe; build one with {@link #builder()} or start from {@link #ofDefaults()}.
 *
 * <p>Defaults (EUR): REFUND T1 50 / cap 150, T2 200 / 600, T3 1000 / 3000; CREDIT T1 30 / 100,
 * T2 150 / 450, T3 500 / 1500; FEE_WAIVER T1 25 / 75, T2 100 / 300, T3 300 / 900; GOODWILL_GESTURE
 * T1 20 / 60, T2 50 / 150, T3 150 / 450; DISCOUNT T1 10 %, T2 20 %, T3 40 % (no cap); REPLACEMENT
 * T1 50, T2 200, T3 1000 (no cap).
 */
public final class AuthorityLimits {

    /** The window of the cumulative caps. */
    public static final Duration CAP_PERIOD = Duration.ofDays(30);

    /**
     * One cell of the matrix. Immutable.
     *
     * @param allowUpTo the largest single grant allowed; money, or a percentage for DISCOUNT
     * @param periodCap the most one customer may receive for the action within {@link #CAP_PERIOD}, or
     *     {@code null} for no cap; always money
     */
    public record Limit(Amount allowUpTo, @Nullable Money periodCap) {

        /** Validates that the cap is not below the single limit. */
        public Limit {
            Checks.notNull(allowUpTo, "allowUpTo");
            if (periodCap != null) {
                if (!(allowUpTo instanceof Money money)) {
                    throw new IllegalArgumentException("A percentage limit (" + allowUpTo + ") cannot have a money cap ("
                            + periodCap + ").");
                }
                if (periodCap.compareTo(money) < 0) {
                    throw new IllegalArgumentException("The period cap (" + periodCap + ") is below allowUpTo ("
                            + allowUpTo + ").\nMaybe the two were swapped?");
                }
            }
        }
    }

    private final Map<Action, Map<Tier, Limit>> limits;

    private AuthorityLimits(Map<Action, Map<Tier, Limit>> limits) {
        this.limits = limits;
    }

    /**
     * The default matrix described in the class comment.
     *
     * @return the defaults
     */
    public static AuthorityLimits ofDefaults() {
        Builder b = builder();
        money(b, Action.REFUND, "50", "150", "200", "600", "1000", "3000");
        money(b, Action.CREDIT, "30", "100", "150", "450", "500", "1500");
        money(b, Action.FEE_WAIVER, "25", "75", "100", "300", "300", "900");
        money(b, Action.GOODWILL_GESTURE, "20", "60", "50", "150", "150", "450");
        money(b, Action.REPLACEMENT, "50", null, "200", null, "1000", null);
        b.limit(Action.DISCOUNT, Tier.T1, new Limit(new Percent(BigDecimal.TEN), null));
        b.limit(Action.DISCOUNT, Tier.T2, new Limit(new Percent(BigDecimal.valueOf(20)), null));
        b.limit(Action.DISCOUNT, Tier.T3, new Limit(new Percent(BigDecimal.valueOf(40)), null));
        return b.build();
    }

    private static void money(Builder b, Action action, String t1, @Nullable String c1, String t2, @Nullable String c2,
            String t3, @Nullable String c3) {
        b.limit(action, Tier.T1, new Limit(Money.of(t1, "EUR"), c1 == null ? null : Money.of(c1, "EUR")));
        b.limit(action, Tier.T2, new Limit(Money.of(t2, "EUR"), c2 == null ? null : Money.of(c2, "EUR")));
        b.limit(action, Tier.T3, new Limit(Money.of(t3, "EUR"), c3 == null ? null : Money.of(c3, "EUR")));
    }

    /**
     * Starts an empty matrix; {@link Builder#build()} requires a cell for every action and tier.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The limit for an action at a tier.
     *
     * @param action the action
     * @param tier the tier
     * @return the limit
     */
    public Limit limit(Action action, Tier tier) {
        return limits.get(Checks.notNull(action, "action")).get(Checks.notNull(tier, "tier"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthorityLimits that && limits.equals(that.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(limits);
    }

    @Override
    public String toString() {
        return "AuthorityLimits" + limits;
    }

    /** Builds {@link AuthorityLimits}; not thread-safe. */
    public static final class Builder {
        private final Map<Action, Map<Tier, Limit>> limits = new EnumMap<>(Action.class);

        private Builder() {
        }

        /**
         * Sets one cell.
         *
         * @param action the action
         * @param tier the tier
         * @param limit the limit; a percentage exactly for percent actions
         * @return this builder
         * @throws IllegalArgumentException if the limit's form does not fit the action
         */
        public Builder limit(Action action, Tier tier, Limit limit) {
            Checks.notNull(action, "action");
            Checks.notNull(tier, "tier");
            Checks.notNull(limit, "limit");
            if (action.isPercent() != (limit.allowUpTo() instanceof Percent)) {
                throw new IllegalArgumentException("The limit (" + limit.allowUpTo() + ") for " + action + " at " + tier
                        + " must be " + (action.isPercent() ? "a percentage." : "money."));
            }
            if (limit.allowUpTo() instanceof Money money && money.isNegative()) {
                throw new IllegalArgumentException("The limit (" + money + ") for " + action + " at " + tier + " is negative.");
            }
            limits.computeIfAbsent(action, a -> new EnumMap<>(Tier.class)).put(tier, limit);
            return this;
        }

        /**
         * Builds the matrix.
         *
         * @return the matrix
         * @throws IllegalStateException naming the first missing cell
         */
        public AuthorityLimits build() {
            Map<Action, Map<Tier, Limit>> copy = new EnumMap<>(Action.class);
            for (Action action : Action.values()) {
                for (Tier tier : Tier.values()) {
                    Map<Tier, Limit> row = limits.get(action);
                    if (row == null || !row.containsKey(tier)) {
                        throw new IllegalStateException("The authority limits have no cell for " + action + " at " + tier
                                + ".\nMaybe start from AuthorityLimits.ofDefaults()?");
                    }
                }
                copy.put(action, Collections.unmodifiableMap(new EnumMap<>(limits.get(action))));
            }
            return new AuthorityLimits(Collections.unmodifiableMap(copy));
        }
    }
}
