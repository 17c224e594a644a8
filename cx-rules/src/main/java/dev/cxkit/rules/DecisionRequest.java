package dev.cxkit.rules;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A question to the policy: may this agent, of this tier, take this action for this amount for this
 * customer, now? Holds ids only, never personal data. Immutable and thread-safe.
 *
 * <p>The already-granted amounts are optional: when one is {@code null} the
 * {@link PolicyEngine} asks its {@link dev.cxkit.rules.spi.GrantLedger} for the period of the
 * deciding rule; when given, it is used as is (the caller has already summed the current period).
 * Percent actions such as {@link Action#DISCOUNT} have no cumulative caps, so their granted amounts
 * must be {@code null}.
 *
 * <p>DRL rules see this record as a fact: {@code DecisionRequest(agentTier == Tier.T1,
 * action == Action.REFUND, segment == Segment.VIP, hasFlag("hasOpenComplaint"))}.
 *
 * @param agentId the agent who would grant
 * @param agentTier the agent's tier
 * @param action what would be granted
 * @param amount how much: money, or a percentage for percent actions; never negative
 * @param customerId the customer who would receive it
 * @param segment the customer's segment
 * @param grantedToCustomer already granted to this customer for this action in the current period,
 *     in the amount's currency; {@code null} to ask the ledger
 * @param grantedByAgent already granted by this agent for this action in the current period, in the
 *     amount's currency; {@code null} to ask the ledger
 * @param channel the channel of the contact
 * @param at when the request is made. {@link Policy#decide} ends a cumulative cap's period here (a
 *     what-if or an audit of past grants); a {@link PolicyEngine} only checks it against its own clock
 *     and decides, logs and records at the clock's instant, so a caller cannot move a cap's window
 * @param requestId an optional caller id for correlating the decision log, or {@code null}
 * @param flags named facts about the case for DRL conditions, for example {@code hasOpenComplaint};
 *     names are letters, digits and underscores
 */
public record DecisionRequest(
        AgentId agentId,
        Tier agentTier,
        Action action,
        Amount amount,
        CustomerId customerId,
        Segment segment,
        @Nullable Money grantedToCustomer,
        @Nullable Money grantedByAgent,
        Channel channel,
        Instant at,
        @Nullable String requestId,
        Map<String, Boolean> flags) {

    private static final Pattern FLAG = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** Validates the fields and their agreement: amount form, currencies, signs. */
    public DecisionRequest {
        Checks.notNull(agentId, "agentId");
        Checks.notNull(agentTier, "agentTier");
        Checks.notNull(action, "action");
        Checks.notNull(amount, "amount");
        Checks.notNull(customerId, "customerId");
        Checks.notNull(segment, "segment");
        Checks.notNull(channel, "channel");
        Checks.notNull(at, "at");
        Checks.notNull(flags, "flags");
        if (requestId != null) {
            Checks.identifier(requestId, "request id");
        }
        if (action.isPercent() != (amount instanceof Percent)) {
            throw new IllegalArgumentException("The amount (" + amount + ") of a " + action + " request must be "
                    + (action.isPercent() ? "a percentage such as 10%." : "money such as 50.00 EUR."));
        }
        if (amount instanceof Money money && money.isNegative()) {
            throw new IllegalArgumentException("The amount (" + amount + ") of a " + action
                    + " request is negative.\nMaybe this is a reversal, which needs no authority?");
        }
        checkGranted(grantedToCustomer, "grantedToCustomer", action, amount);
        checkGranted(grantedByAgent, "grantedByAgent", action, amount);
        TreeMap<String, Boolean> copy = new TreeMap<>();
        flags.forEach((name, value) -> {
            Checks.notNull(name, "flag name");
            if (!FLAG.matcher(name).matches()) {
                throw new IllegalArgumentException("The flag name (" + Checks.abbreviate(name)
                        + ") must be letters, digits and underscores, starting with a letter (e.g. hasOpenComplaint).");
            }
            copy.put(name, Checks.notNull(value, "flag " + name));
        });
        flags = Map.copyOf(copy);
    }

    private static void checkGranted(@Nullable Money granted, String field, Action action, Amount amount) {
        if (granted == null) {
            return;
        }
        if (!(amount instanceof Money money)) {
            throw new IllegalArgumentException("The " + field + " (" + granted + ") must be null for the percent action "
                    + action + ": percent actions have no cumulative caps.");
        }
        if (!granted.currency().equals(money.currency())) {
            throw new IllegalArgumentException("The " + field + " (" + granted + ") is not in the currency of the amount ("
                    + amount + ").\nMaybe convert it first?");
        }
        if (granted.isNegative()) {
            throw new IllegalArgumentException("The " + field + " (" + granted + ") is negative.");
        }
    }

    /**
     * Starts a builder; agent id, tier, action, amount, customer id, segment, channel and instant are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with this request, for variations in tests and retries.
     *
     * @return a builder holding this request's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.agentId = agentId;
        b.agentTier = agentTier;
        b.action = action;
        b.amount = amount;
        b.customerId = customerId;
        b.segment = segment;
        b.grantedToCustomer = grantedToCustomer;
        b.grantedByAgent = grantedByAgent;
        b.channel = channel;
        b.at = at;
        b.requestId = requestId;
        b.flags.putAll(flags);
        return b;
    }

    /**
     * The currency of a money amount.
     *
     * @return the currency, or {@code null} for a percentage
     */
    public @Nullable Currency currency() {
        return amount instanceof Money money ? money.currency() : null;
    }

    /**
     * The ISO 4217 code of a money amount, convenient in DRL ({@code currencyCode == "EUR"}).
     *
     * @return the currency code, or the empty string for a percentage
     */
    public String currencyCode() {
        Currency currency = currency();
        return currency == null ? "" : currency.getCurrencyCode();
    }

    /**
     * Whether a flag is set and true.
     *
     * @param name the flag name, for example {@code hasOpenComplaint}
     * @return {@code true} only if the flag is present and true
     */
    public boolean hasFlag(String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }

    /**
     * Builds a {@link DecisionRequest}; not thread-safe. Each setter checks its argument is not null
     * (except the optional ones); {@link #build()} checks the rest.
     */
    public static final class Builder {
        private @Nullable AgentId agentId;
        private @Nullable Tier agentTier;
        private @Nullable Action action;
        private @Nullable Amount amount;
        private @Nullable CustomerId customerId;
        private @Nullable Segment segment;
        private @Nullable Money grantedToCustomer;
        private @Nullable Money grantedByAgent;
        private @Nullable Channel channel;
        private @Nullable Instant at;
        private @Nullable String requestId;
        private final Map<String, Boolean> flags = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the agent and their tier.
         *
         * @param agentId the agent
         * @param tier the agent's tier
         * @return this builder
         */
        public Builder agent(AgentId agentId, Tier tier) {
            this.agentId = Checks.notNull(agentId, "agentId");
            this.agentTier = Checks.notNull(tier, "agentTier");
            return this;
        }

        /**
         * Sets the action and its amount.
         *
         * @param action what would be granted
         * @param amount money, or a percentage for percent actions
         * @return this builder
         */
        public Builder action(Action action, Amount amount) {
            this.action = Checks.notNull(action, "action");
            this.amount = Checks.notNull(amount, "amount");
            return this;
        }

        /**
         * Sets the customer and their segment.
         *
         * @param customerId the customer
         * @param segment the customer's segment
         * @return this builder
         */
        public Builder customer(CustomerId customerId, Segment segment) {
            this.customerId = Checks.notNull(customerId, "customerId");
            this.segment = Checks.notNull(segment, "segment");
            return this;
        }

        /**
         * Sets what was already granted to the customer in the current period.
         *
         * @param granted the sum, or {@code null} to ask the ledger
         * @return this builder
         */
        public Builder grantedToCustomer(@Nullable Money granted) {
            this.grantedToCustomer = granted;
            return this;
        }

        /**
         * Sets what the agent already granted in the current period.
         *
         * @param granted the sum, or {@code null} to ask the ledger
         * @return this builder
         */
        public Builder grantedByAgent(@Nullable Money granted) {
            this.grantedByAgent = granted;
            return this;
        }

        /**
         * Sets the channel.
         *
         * @param channel the channel of the contact
         * @return this builder
         */
        public Builder channel(Channel channel) {
            this.channel = Checks.notNull(channel, "channel");
            return this;
        }

        /**
         * Sets when the request is made.
         *
         * @param at the instant, usually from an injected {@link java.time.InstantSource}
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = Checks.notNull(at, "at");
            return this;
        }

        /**
         * Sets a caller id for correlating logs.
         *
         * @param requestId the id, or {@code null}
         * @return this builder
         */
        public Builder requestId(@Nullable String requestId) {
            this.requestId = requestId;
            return this;
        }

        /**
         * Sets a named flag for DRL conditions.
         *
         * @param name for example {@code hasOpenComplaint}
         * @param value the flag's value
         * @return this builder
         */
        public Builder flag(String name, boolean value) {
            flags.put(Checks.notNull(name, "flag name"), value);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException naming the first required value that was not set
         * @throws IllegalArgumentException if the values disagree (see the record's checks)
         */
        public DecisionRequest build() {
            return new DecisionRequest(required(agentId, "agentId", "agent"), required(agentTier, "agentTier", "agent"),
                    required(action, "action", "action"), required(amount, "amount", "action"),
                    required(customerId, "customerId", "customer"), required(segment, "segment", "customer"),
                    grantedToCustomer, grantedByAgent, required(channel, "channel", "channel"),
                    required(at, "at", "at"), requestId, flags);
        }

        private static <T> T required(@Nullable T value, String name, String setter) {
            return Objects.requireNonNull(value,
                    () -> "The " + name + " of the request was not set.\nMaybe call the builder's " + setter + "(...)?");
        }
    }
}
