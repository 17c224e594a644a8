package dev.cxkit.test;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.test.internal.AmountText;
import java.time.Instant;
import java.util.Objects;

/**
 * Policy requests in one line, with defaults for everything a test does not care about:
 *
 * <pre>{@code
 * DecisionRequest r = TestRequests.refund("120.00 EUR").byTier(Tier.T1).forSegment(Segment.VIP).build();
 * DecisionRequest d = TestRequests.discount("15%").byTier(Tier.T2).build();
 * DecisionRequest c = TestRequests.refund("40.00 EUR").alreadyGrantedToCustomer("130.00 EUR").build();
 * }</pre>
 *
 * <p>Defaults: agent {@value #DEFAULT_AGENT} of tier T1, customer {@value #DEFAULT_CUSTOMER} of
 * segment STANDARD, channel PHONE, at {@link TestInteractions#EPOCH}, no granted amounts (the
 * policy or engine decides where they come from), no flags. Amounts are written as
 * {@code "120.00 EUR"} or {@code "10%"}. Stateless and thread-safe; the builders it returns are not.
 */
public final class TestRequests {

    /** The agent of every request unless {@link Builder#byAgent} says otherwise. */
    public static final String DEFAULT_AGENT = "a-test";

    /** The customer of every request unless {@link Builder#forCustomer} says otherwise. */
    public static final String DEFAULT_CUSTOMER = "c-test";

    private TestRequests() {
    }

    /**
     * A refund request.
     *
     * @param amount for example {@code "120.00 EUR"}
     * @return a builder with the defaults
     * @throws IllegalArgumentException if {@code amount} is not money written as {@code "120.00 EUR"}
     */
    public static Builder refund(String amount) {
        return request(Action.REFUND, AmountText.money(amount));
    }

    /**
     * A credit request.
     *
     * @param amount for example {@code "20.00 EUR"}
     * @return a builder with the defaults
     * @throws IllegalArgumentException if {@code amount} is not money written as {@code "20.00 EUR"}
     */
    public static Builder credit(String amount) {
        return request(Action.CREDIT, AmountText.money(amount));
    }

    /**
     * A discount request (a percent action).
     *
     * @param percent for example {@code "10%"}
     * @return a builder with the defaults
     * @throws IllegalArgumentException if {@code percent} is not a percentage in 0–100
     */
    public static Builder discount(String percent) {
        return request(Action.DISCOUNT, Percent.parse(percent));
    }

    /**
     * A request for any action.
     *
     * @param action the action
     * @param amount {@code "120.00 EUR"} for money actions, {@code "10%"} for percent actions
     * @return a builder with the defaults
     * @throws IllegalArgumentException if {@code amount} is not an amount; whether it suits the
     *     action is checked by {@link Builder#build()}
     */
    public static Builder request(Action action, String amount) {
        return request(action, AmountText.parse(amount));
    }

    /**
     * A request for any action and amount.
     *
     * @param action the action
     * @param amount money for money actions, a percentage for percent actions
     * @return a builder with the defaults
     */
    public static Builder request(Action action, Amount amount) {
        return new Builder(DecisionRequest.builder()
                .agent(AgentId.of(DEFAULT_AGENT), Tier.T1)
                .action(action, amount)
                .customer(CustomerId.of(DEFAULT_CUSTOMER), Segment.STANDARD)
                .channel(Channel.PHONE)
                .at(TestInteractions.EPOCH));
    }

    /**
     * Builds a {@link DecisionRequest} from the defaults and what a test changes. Not thread-safe.
     */
    public static final class Builder {

        private final DecisionRequest.Builder request;
        private AgentId agentId = AgentId.of(DEFAULT_AGENT);
        private Tier tier = Tier.T1;
        private CustomerId customerId = CustomerId.of(DEFAULT_CUSTOMER);
        private Segment segment = Segment.STANDARD;

        private Builder(DecisionRequest.Builder request) {
            this.request = request;
        }

        /**
         * Sets the agent's tier.
         *
         * @param tier the tier
         * @return this builder
         */
        public Builder byTier(Tier tier) {
            this.tier = Objects.requireNonNull(tier, "tier");
            request.agent(agentId, tier);
            return this;
        }

        /**
         * Sets the agent.
         *
         * @param agentId for example {@code "a-7"}
         * @return this builder
         */
        public Builder byAgent(String agentId) {
            this.agentId = AgentId.of(agentId);
            request.agent(this.agentId, tier);
            return this;
        }

        /**
         * Sets the customer's segment.
         *
         * @param segment for example {@link Segment#VIP}
         * @return this builder
         */
        public Builder forSegment(Segment segment) {
            this.segment = Objects.requireNonNull(segment, "segment");
            request.customer(customerId, segment);
            return this;
        }

        /**
         * Sets the customer's segment by name.
         *
         * @param segment for example {@code "VIP"}
         * @return this builder
         */
        public Builder forSegment(String segment) {
            return forSegment(Segment.of(segment));
        }

        /**
         * Sets the customer.
         *
         * @param customerId for example {@code "c-42"}
         * @return this builder
         */
        public Builder forCustomer(String customerId) {
            this.customerId = CustomerId.of(customerId);
            request.customer(this.customerId, segment);
            return this;
        }

        /**
         * Sets the channel.
         *
         * @param channel the channel
         * @return this builder
         */
        public Builder onChannel(Channel channel) {
            request.channel(channel);
            return this;
        }

        /**
         * Sets when the request is made.
         *
         * @param at the instant
         * @return this builder
         */
        public Builder at(Instant at) {
            request.at(at);
            return this;
        }

        /**
         * States what the customer already received for this action in the current period.
         *
         * @param granted for example {@code "130.00 EUR"}, in the request's currency
         * @return this builder
         * @throws IllegalArgumentException if {@code granted} is not money written as {@code "130.00 EUR"}
         */
        public Builder alreadyGrantedToCustomer(String granted) {
            request.grantedToCustomer(AmountText.money(granted));
            return this;
        }

        /**
         * States what the agent already granted for this action in the current period.
         *
         * @param granted for example {@code "380.00 EUR"}, in the request's currency
         * @return this builder
         * @throws IllegalArgumentException if {@code granted} is not money written as {@code "380.00 EUR"}
         */
        public Builder alreadyGrantedByAgent(String granted) {
            request.grantedByAgent(AmountText.money(granted));
            return this;
        }

        /**
         * Sets a flag true, for DRL conditions such as {@code hasFlag("hasOpenComplaint")}.
         *
         * @param name the flag name
         * @return this builder
         */
        public Builder withFlag(String name) {
            request.flag(name, true);
            return this;
        }

        /**
         * Sets a caller id for the decision log.
         *
         * @param requestId the id
         * @return this builder
         */
        public Builder requestId(String requestId) {
            request.requestId(requestId);
            return this;
        }

        /**
         * Builds the request; the builder can be changed and built again.
         *
         * @return the request
         * @throws IllegalArgumentException if the values disagree, for example a money amount for a
         *     percent action or granted amounts in another currency
         */
        public DecisionRequest build() {
            return request.build();
        }
    }
}
