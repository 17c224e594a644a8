package dev.cxkit.jdbc;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Test data: one small authority matrix, compiled once per JVM, and one-line requests. */
final class Grants {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /**
     * Refunds: T1 alone up to 50.00, customer cap 150.00 in 30 days, no agent cap. Credits: T1 alone up
     * to 20.00, customer cap 60.00 and agent cap 100.00 in 7 days. Discounts: percent, no caps.
     */
    static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period,agent_period_cap
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D,
            credit-t1,CREDIT,T1,*,20.00,100.00,TEAM_LEAD,EUR,60.00,P7D,100.00
            discount-t1,DISCOUNT,T1,*,10%,20%,TEAM_LEAD,,,,
            """;

    private static @Nullable Policy policy;

    private Grants() {
    }

    static synchronized Policy policy() {
        if (policy == null) {
            policy = Policy.builder().version("test-v1").source(PolicySource.authorityMatrix("matrix.csv", MATRIX)).build();
        }
        return policy;
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static DecisionRequest request(@Nullable String requestId, String customer, String agent, Action action,
            Amount amount, Instant at) {
        return DecisionRequest.builder()
                .agent(AgentId.of(agent), Tier.T1)
                .action(action, amount)
                .customer(CustomerId.of(customer), Segment.STANDARD)
                .channel(Channel.PHONE)
                .at(at)
                .requestId(requestId)
                .build();
    }

    static DecisionRequest refund(@Nullable String requestId, String customer, String amountEur) {
        return request(requestId, customer, "a-1", Action.REFUND, eur(amountEur), NOW);
    }
}
