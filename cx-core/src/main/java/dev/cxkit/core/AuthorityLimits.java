package dev.cxkit.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What each tier may grant on its own authority: per action and tier, the largest single grant an
 * agent may give ({@code allowUpTo}) and an optional cap on what one customer may receive for that
 * action within 30 days. This is cxkit's one model of tier authority: the synthetic generator keeps
 * normal grants within it and labels the rest OVER_AUTHORITY, the escalation router's default
 * authority is its REFUND allowance per tier, and {@link #toAuthorityMatrix()} writes it as the
 * authority-matrix policy the audit's OVER_AUTHORITY check uses by default. A policy (cx-rules) says
 * more (approval bands, approvers, segments, agent caps); this says what a tier may do alone.
 * Immutable and thread-safe; build one with {@link #builder()} or start from {@link #ofDefaults()}.
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

    /**
     * These limits as an authority-matrix CSV (docs/authority-matrix.md) that denies nothing: one row
     * per action and tier, with the cell's {@code allow_up_to} and {@code period_cap} (over
     * {@code P30D}), and an approval band up to 100000 in the row's currency (100 % for percentages)
     * approved by {@code TEAM_LEAD}. A grant beyond a tier's own authority or cap therefore comes out as
     * "needs approval", which is what the audit reports as OVER_AUTHORITY. Rows come in a fixed order:
     * money actions with a cap, then money actions without one, then percentage actions, each in
     * {@link Action} order with tiers ascending; rule ids are the action in lower case with dashes and
     * the tier, such as {@code refund-t1}.
     *
     * @return the CSV text, header first, one line per row, each ending in a line feed
     */
    public String toAuthorityMatrix() {
        StringBuilder csv = new StringBuilder(
                "rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period\n");
        List<Action> order = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (Action action : Action.values()) {
                boolean capped = limits.get(action).values().stream().anyMatch(l -> l.periodCap() != null);
                int of = action.isPercent() ? 2 : capped ? 0 : 1;
                if (of == group) {
                    order.add(action);
                }
            }
        }
        for (Action action : order) {
            for (Tier tier : Tier.values()) {
                Limit limit = limit(action, tier);
                csv.append(action.name().toLowerCase(Locale.ROOT).replace('_', '-')).append('-')
                        .append(tier.name().toLowerCase(Locale.ROOT)).append(',').append(action).append(',').append(tier)
                        .append(",*,");
                if (limit.allowUpTo() instanceof Money money) {
                    int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
                    csv.append(money.amount().toPlainString()).append(',')
                            .append(BigDecimal.valueOf(100_000).setScale(digits).toPlainString()).append(",TEAM_LEAD,")
                            .append(money.currency().getCurrencyCode()).append(',');
                    Money cap = limit.periodCap();
                    csv.append(cap == null ? "," : cap.amount().toPlainString() + ",P30D");
                } else {
                    csv.append(limit.allowUpTo()).append(",100%,TEAM_LEAD,,,");
                }
                csv.append('\n');
            }
        }
        return csv.toString();
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
