package dev.cxkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cxkit.core.Action;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TestRequestsTest {

    @Test
    void refundHasTheDocumentedDefaults() {
        DecisionRequest request = TestRequests.refund("120.00 EUR").build();

        assertThat(request.action()).isEqualTo(Action.REFUND);
        assertThat(request.amount()).isEqualTo(Money.of("120.00", "EUR"));
        assertThat(request.agentId().value()).isEqualTo(TestRequests.DEFAULT_AGENT);
        assertThat(request.agentTier()).isEqualTo(Tier.T1);
        assertThat(request.customerId().value()).isEqualTo(TestRequests.DEFAULT_CUSTOMER);
        assertThat(request.segment()).isEqualTo(Segment.STANDARD);
        assertThat(request.channel()).isEqualTo(Channel.PHONE);
        assertThat(request.at()).isEqualTo(TestInteractions.EPOCH);
        assertThat(request.grantedToCustomer()).isNull();
        assertThat(request.flags()).isEmpty();
    }

    @Test
    void everyDefaultCanBeChangedInOneLine() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        DecisionRequest request = TestRequests.refund("40.00 EUR").byTier(Tier.T2).byAgent("a-7").forSegment("VIP")
                .forCustomer("c-42").onChannel(Channel.CHAT).at(at).alreadyGrantedToCustomer("130.00 EUR")
                .alreadyGrantedByAgent("380.00 EUR").withFlag("hasOpenComplaint").requestId("r-1").build();

        assertThat(request.agentTier()).isEqualTo(Tier.T2);
        assertThat(request.agentId().value()).isEqualTo("a-7");
        assertThat(request.segment()).isEqualTo(Segment.VIP);
        assertThat(request.customerId().value()).isEqualTo("c-42");
        assertThat(request.channel()).isEqualTo(Channel.CHAT);
        assertThat(request.at()).isEqualTo(at);
        assertThat(request.grantedToCustomer()).isEqualTo(Money.of("130.00", "EUR"));
        assertThat(request.grantedByAgent()).isEqualTo(Money.of("380.00", "EUR"));
        assertThat(request.hasFlag("hasOpenComplaint")).isTrue();
        assertThat(request.requestId()).isEqualTo("r-1");
    }

    @Test
    void percentAndOtherActions() {
        assertThat(TestRequests.discount("15%").build().amount()).isEqualTo(Percent.parse("15"));
        assertThat(TestRequests.credit("20.00 EUR").build().action()).isEqualTo(Action.CREDIT);
        assertThat(TestRequests.request(Action.FEE_WAIVER, "5.00 USD").build().currencyCode()).isEqualTo("USD");
    }

    @Test
    void rejectsAmountsNotWrittenAsMoney() {
        assertThatIllegalArgumentException().isThrownBy(() -> TestRequests.refund("120.00"))
                .withMessageContaining("(120.00)").withMessageContaining("such as 120.00 EUR");
        assertThatIllegalArgumentException().isThrownBy(() -> TestRequests.request(Action.DISCOUNT, "10.00 EUR").build())
                .withMessageContaining("must be a percentage");
    }
}
