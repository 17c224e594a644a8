package dev.cxkit.assist.promise;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.internal.Checks;

/**
 * The rules of a {@link PromiseGuard}: one {@link PromiseRule} per {@link PromiseKind}, a horizon and
 * a safety margin on capacity hints. Immutable and thread-safe; create with {@link #ofDefaults()} or
 * {@link #builder()}.
 *
 * <h2>Defaults</h2>
 * <table>
 *   <caption>Default rule per kind</caption>
 *   <tr><th>kind</th><th>basis</th><th>minimum lead</th><th>max promise</th><th>round to</th><th>closed hours</th></tr>
 *   <tr><td>CALLBACK</td><td>business hours</td><td>0</td><td>8 h (one 09–17 business day)</td><td>15 min</td><td>adjust</td></tr>
 *   <tr><td>FOLLOW_UP</td><td>business hours</td><td>0</td><td>24 h (the audit's e-mail reply limit)</td><td>1 h</td><td>adjust</td></tr>
 *   <tr><td>REFUND</td><td>business days</td><td>5 days</td><td>none</td><td>1 day</td><td>—</td></tr>
 *   <tr><td>FIX_BY</td><td>business days</td><td>0</td><td>none</td><td>1 day</td><td>—</td></tr>
 *   <tr><td>HOLD_DURATION</td><td>calendar</td><td>0</td><td>5 min (28 % of callers hang up after 5 min on hold)</td><td>30 s</td><td>—</td></tr>
 *   <tr><td>TRANSFER_DURATION</td><td>calendar</td><td>0</td><td>5 min</td><td>30 s</td><td>—</td></tr>
 * </table>
 * Horizon: 30 days of calendar time. Capacity margin: 0 %, so an expected wait of 2 min adjusts a
 * "30 seconds" hold to exactly 2 min; raise it to build in slack (25 % turns 2 min into 2 min 30 s).
 */
public final class PromiseGuardConfig {

    private static final PromiseGuardConfig DEFAULTS = builder().build();

    private final Map<PromiseKind, PromiseRule> rules;
    private final Duration maxHorizon;
    private final int capacityMarginPercent;

    private PromiseGuardConfig(Builder builder) {
        this.rules = Collections.unmodifiableMap(new EnumMap<>(builder.rules));
        this.maxHorizon = builder.maxHorizon;
        this.capacityMarginPercent = builder.capacityMarginPercent;
    }

    /**
     * The documented defaults (see the class description).
     *
     * @return the default configuration
     */
    public static PromiseGuardConfig ofDefaults() {
        return DEFAULTS;
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
     * A builder starting from this configuration.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.rules.putAll(rules);
        builder.maxHorizon = maxHorizon;
        builder.capacityMarginPercent = capacityMarginPercent;
        return builder;
    }

    /**
     * The rule of a kind.
     *
     * @param kind the kind
     * @return its rule
     */
    public PromiseRule rule(PromiseKind kind) {
        return rules.get(Checks.notNull(kind, "kind"));
    }

    /**
     * The latest a promise may fall due, as calendar time after it is made.
     *
     * @return the horizon, positive
     */
    public Duration maxHorizon() {
        return maxHorizon;
    }

    /**
     * The margin added to capacity hints: {@code delay × (100 + margin) / 100}.
     *
     * @return the margin in percent, 0–1000
     */
    public int capacityMarginPercent() {
        return capacityMarginPercent;
    }

    @Override
    public String toString() {
        return "PromiseGuardConfig[rules=" + rules + ", maxHorizon=" + maxHorizon + ", capacityMarginPercent="
                + capacityMarginPercent + "]";
    }

    /**
     * Builds a {@link PromiseGuardConfig}; setters validate their argument, {@link #build()} the
     * cross-field rules. Not thread-safe.
     */
    public static final class Builder {
        private final Map<PromiseKind, PromiseRule> rules = new EnumMap<>(PromiseKind.class);
        private Duration maxHorizon = Duration.ofDays(30);
        private int capacityMarginPercent;

        private Builder() {
            rules.put(PromiseKind.CALLBACK,
                    PromiseRule.businessHours(Duration.ofHours(8), Duration.ofMinutes(15), ClosedHours.ADJUST));
            rules.put(PromiseKind.FOLLOW_UP,
                    PromiseRule.businessHours(Duration.ofHours(24), Duration.ofHours(1), ClosedHours.ADJUST));
            rules.put(PromiseKind.REFUND, PromiseRule.businessDays(5));
            rules.put(PromiseKind.FIX_BY, PromiseRule.businessDays(0));
            rules.put(PromiseKind.HOLD_DURATION, PromiseRule.calendar(Duration.ofMinutes(5), Duration.ofSeconds(30)));
            rules.put(PromiseKind.TRANSFER_DURATION,
                    PromiseRule.calendar(Duration.ofMinutes(5), Duration.ofSeconds(30)));
        }

        /**
         * Replaces the rule of a kind.
         *
         * @param kind the kind
         * @param rule its rule
         * @return this builder
         */
        public Builder rule(PromiseKind kind, PromiseRule rule) {
            rules.put(Checks.notNull(kind, "kind"), Checks.notNull(rule, "rule"));
            return this;
        }

        /**
         * Sets the horizon (default 30 days).
         *
         * @param value positive calendar time
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxHorizon(Duration value) {
            Checks.notNull(value, "maxHorizon");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("The maxHorizon (" + value + ") must be positive.");
            }
            this.maxHorizon = value;
            return this;
        }

        /**
         * Sets the margin on capacity hints (default 0).
         *
         * @param percent 0–1000
         * @return this builder
         * @throws IllegalArgumentException if outside 0–1000
         */
        public Builder capacityMarginPercent(int percent) {
            this.capacityMarginPercent = Checks.inRange(percent, 0, 1000, "capacity margin percent",
                    "the promise guard");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws IllegalStateException if a calendar-time rule's maximum promise exceeds the horizon
         *     (its limit could never be reached) or a minimum lead reaches past the horizon
         */
        public PromiseGuardConfig build() {
            for (Map.Entry<PromiseKind, PromiseRule> entry : rules.entrySet()) {
                PromiseRule rule = entry.getValue();
                if (rule.minimumLead().compareTo(maxHorizon) > 0) {
                    throw new IllegalStateException("The minimum lead (" + rule.minimumLead() + ") of "
                            + entry.getKey() + " is beyond the horizon (" + maxHorizon
                            + "), so every such promise would be refused.\nMaybe raise maxHorizon?");
                }
                Duration max = rule.maxPromise();
                if (rule.basis() == PromiseClock.CALENDAR && max != null && max.compareTo(maxHorizon) > 0) {
                    throw new IllegalStateException("The maxPromise (" + max + ") of " + entry.getKey()
                            + " is beyond the horizon (" + maxHorizon + ").\nMaybe lower it to the horizon?");
                }
            }
            return new PromiseGuardConfig(this);
        }
    }
}
