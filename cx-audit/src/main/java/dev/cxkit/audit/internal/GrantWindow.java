package dev.cxkit.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.rules.spi.GrantLedger;
import org.jspecify.annotations.Nullable;

/**
 * The grants an audit has seen, per customer and per agent, forgotten once they are older than the
 * history: the ledger the policy asks for cumulative caps. Confined to one thread (one run, or one
 * {@code checkContact} call), unlike the {@link GrantLedger} contract's general case.
 */
final class GrantWindow implements GrantLedger {

    private record Entry(Action action, Money amount, Instant at) {
    }

    private record Owner(CustomerId customer, AgentId agent, Instant at) {
    }

    private final Duration history;
    private final Map<CustomerId, ArrayDeque<Entry>> byCustomer = new HashMap<>();
    private final Map<AgentId, ArrayDeque<Entry>> byAgent = new HashMap<>();
    private final ArrayDeque<Owner> order = new ArrayDeque<>();

    GrantWindow(Duration history) {
        this.history = history;
    }

    void record(CustomerId customer, AgentId agent, Action action, Money amount, Instant at) {
        Entry entry = new Entry(action, amount, at);
        byCustomer.computeIfAbsent(customer, k -> new ArrayDeque<>(2)).addLast(entry);
        byAgent.computeIfAbsent(agent, k -> new ArrayDeque<>(4)).addLast(entry);
        order.addLast(new Owner(customer, agent, at));
    }

    /** Forgets grants older than the history before {@code now}. */
    void advance(Instant now) {
        Instant cutoff = now.minus(history);
        while (!order.isEmpty() && order.peekFirst().at().isBefore(cutoff)) {
            Owner old = order.pollFirst();
            forget(byCustomer, old.customer(), cutoff);
            forget(byAgent, old.agent(), cutoff);
        }
    }

    int size() {
        return order.size();
    }

    private static <K> void forget(Map<K, ArrayDeque<Entry>> map, K key, Instant cutoff) {
        ArrayDeque<Entry> entries = map.get(key);
        if (entries == null) {
            return;
        }
        while (!entries.isEmpty() && entries.peekFirst().at().isBefore(cutoff)) {
            entries.pollFirst();
        }
        if (entries.isEmpty()) {
            map.remove(key);
        }
    }

    @Override
    public Money grantedToCustomer(CustomerId customer, Action action, Currency currency, Instant after, Instant upTo) {
        return sum(byCustomer.get(customer), action, currency, after, upTo);
    }

    @Override
    public Money grantedByAgent(AgentId agent, Action action, Currency currency, Instant after, Instant upTo) {
        return sum(byAgent.get(agent), action, currency, after, upTo);
    }

    private static Money sum(@Nullable ArrayDeque<Entry> entries, Action action, Currency currency, Instant after,
            Instant upTo) {
        Money total = Money.zero(currency);
        if (entries != null) {
            for (Entry e : entries) {
                if (e.action() == action && e.amount().currency().equals(currency) && e.at().isAfter(after)
                        && !e.at().isAfter(upTo)) {
                    total = total.plus(e.amount());
                }
            }
        }
        return total;
    }
}
