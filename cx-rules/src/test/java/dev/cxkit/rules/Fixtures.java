package dev.cxkit.rules;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;

/** Shared test data: the policy files under src/test/resources and one-line requests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** The engines' clock in tests: stands still at {@link #NOW}. */
    static final InstantSource CLOCK = InstantSource.fixed(NOW);

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PolicySource matrix(String resourceName) {
        return PolicySource.authorityMatrix(resourceName, resource(resourceName));
    }

    static PolicySource drl(String resourceName) {
        return PolicySource.drl(resourceName, resource(resourceName));
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A T1 refund request by agent a-1 for standard customer c-1 by phone at {@link #NOW}. */
    static DecisionRequest.Builder request(Tier tier, Action action, Amount amount) {
        return DecisionRequest.builder()
                .agent(AgentId.of("a-1"), tier)
                .action(action, amount)
                .customer(CustomerId.of("c-1"), Segment.STANDARD)
                .channel(Channel.PHONE)
                .at(NOW);
    }

    static DecisionRequest refund(Tier tier, String eur) {
        return request(tier, Action.REFUND, eur(eur)).build();
    }
}
