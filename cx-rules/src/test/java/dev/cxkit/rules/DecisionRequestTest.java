package dev.cxkit.rules;

import static dev.cxkit.rules.Fixtures.eur;
import static dev.cxkit.rules.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Tier;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionRequestTest {

    @Test
    void rejectsAmountFormThatDoesNotFitTheAction() {
        assertThatThrownBy(() -> request(Tier.T1, Action.REFUND, Percent.parse("10%")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The amount (10%) of a REFUND request must be money such as 50.00 EUR.");
        assertThatThrownBy(() -> request(Tier.T1, Action.DISCOUNT, eur("10.00")).build())
                .hasMessage("The amount (10.00 EUR) of a DISCOUNT request must be a percentage such as 10%.");
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> request(Tier.T1, Action.REFUND, eur("-1.00")).build())
                .hasMessageStartingWith("The amount (-1.00 EUR) of a REFUND request is negative.");
        assertThatThrownBy(() -> request(Tier.T1, Action.REFUND, eur("1.00")).grantedByAgent(eur("-0.01")).build())
                .hasMessage("The grantedByAgent (-0.01 EUR) is negative.");
    }

    @Test
    void rejectsGrantedAmountsThatCannotBeAddedToTheAmount() {
        assertThatThrownBy(() -> request(Tier.T1, Action.REFUND, eur("1.00"))
                .grantedToCustomer(Money.of("5.00", "USD")).build())
                .hasMessage("The grantedToCustomer (5.00 USD) is not in the currency of the amount (1.00 EUR).\n"
                        + "Maybe convert it first?");
        assertThatThrownBy(() -> request(Tier.T1, Action.DISCOUNT, Percent.parse("5%"))
                .grantedToCustomer(eur("5.00")).build())
                .hasMessage("The grantedToCustomer (5.00 EUR) must be null for the percent action DISCOUNT: "
                        + "percent actions have no cumulative caps.");
    }

    @Test
    void rejectsFlagNamesThatDrlCannotUse() {
        assertThatThrownBy(() -> request(Tier.T1, Action.REFUND, eur("1.00")).flag("open complaint", true).build())
                .hasMessageStartingWith("The flag name (open complaint) must be letters, digits and underscores");
    }

    @Test
    void namesTheMissingValueAndTheSetterToCall() {
        assertThatThrownBy(() -> DecisionRequest.builder().action(Action.REFUND, eur("1.00")).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("The agentId of the request was not set.\nMaybe call the builder's agent(...)?");
    }

    @Test
    void copiesFlagsAndAnswersAbsentFlagsWithFalse() {
        Map<String, Boolean> flags = new HashMap<>(Map.of("hasOpenComplaint", true, "isFraudSuspected", false));
        DecisionRequest built = request(Tier.T1, Action.REFUND, eur("1.00")).build();
        DecisionRequest request = new DecisionRequest(AgentId.of("a-1"), Tier.T1, Action.REFUND, eur("1.00"),
                built.customerId(), built.segment(), null, null, built.channel(), built.at(), null, flags);
        flags.clear();

        assertThat(request.flags()).hasSize(2);
        assertThat(request.hasFlag("hasOpenComplaint")).isTrue();
        assertThat(request.hasFlag("isFraudSuspected")).isFalse();
        assertThat(request.hasFlag("neverSet")).isFalse();
        assertThat(request.currencyCode()).isEqualTo("EUR");
        assertThat(request.toBuilder().build()).isEqualTo(request);
    }

    @Test
    void percentRequestsHaveNoCurrency() {
        DecisionRequest discount = request(Tier.T1, Action.DISCOUNT, Percent.parse("5%")).build();

        assertThat(discount.currency()).isNull();
        assertThat(discount.currencyCode()).isEmpty();
    }
}
