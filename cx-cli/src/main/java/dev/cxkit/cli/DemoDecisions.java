package dev.cxkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;

/**
 * The demo's five empowerment decisions across tiers, against the policy shipped with the
 * examples ({@code policy/authority.csv}, the docs/authority-matrix.md matrix extended to more actions and
 * tiers, plus {@code policy/vip-complaint.drl}).
 */
final class DemoDecisions {

    /** One demo request, what it shows, and the decision. */
    record Example(String story, DecisionRequest request, Decision decision) {
    }

    private DemoDecisions() {
    }

    static Policy policy() {
        return Policy.builder()
                .source(PolicySource.authorityMatrix("authority.csv", resource("policy/authority.csv")))
                .source(PolicySource.drl("vip-complaint.drl", resource("policy/vip-complaint.drl")))
                .build();
    }

    static List<Example> run(Policy policy, Instant at) {
        return List.of(
                example(policy, "T1 refunds 40 EUR to a standard customer", Tier.T1, Action.REFUND, eur("40.00"),
                        Segment.STANDARD, eur("0.00"), false, at),
                example(policy, "T1 refunds 120 EUR: over the T1 limit", Tier.T1, Action.REFUND, eur("120.00"),
                        Segment.STANDARD, eur("0.00"), false, at),
                example(policy, "T2 credits 600 EUR: over any approval limit", Tier.T2, Action.CREDIT, eur("600.00"),
                        Segment.STANDARD, eur("0.00"), false, at),
                example(policy, "T1 refunds 40 EUR after 130 EUR this month: cumulative cap", Tier.T1, Action.REFUND,
                        eur("40.00"), Segment.STANDARD, eur("130.00"), false, at),
                example(policy, "T1 refunds 180 EUR to a VIP with an open complaint: 2x modifier", Tier.T1, Action.REFUND,
                        eur("180.00"), Segment.VIP, eur("0.00"), true, at),
                example(policy, "T2 gives a 15 % discount", Tier.T2, Action.DISCOUNT, Percent.parse("15%"),
                        Segment.STANDARD, null, false, at));
    }

    private static Example example(Policy policy, String story, Tier tier, Action action, Amount amount,
            Segment segment, Money granted, boolean openComplaint, Instant at) {
        DecisionRequest request = DecisionRequest.builder()
                .agent(AgentId.of("demo-" + tier.name().toLowerCase(java.util.Locale.ROOT)), tier)
                .action(action, amount)
                .customer(CustomerId.of("demo-customer"), segment)
                .grantedToCustomer(granted)
                .channel(Channel.PHONE)
                .at(at)
                .flag("hasOpenComplaint", openComplaint)
                .build();
        return new Example(story, request, policy.decide(request));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static String resource(String name) {
        try (InputStream in = DemoDecisions.class.getResourceAsStream("/dev/cxkit/cli/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The cx-cli jar lacks its resource " + name + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
