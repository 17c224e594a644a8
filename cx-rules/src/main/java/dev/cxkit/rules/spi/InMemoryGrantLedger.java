package dev.cxkit.rules.spi;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link GrantLedger} that keeps recorded grants in memory: the default, for tests and for single
 * processes. Thread-safe: {@link #record} and the queries may run concurrently. Memory grows with
 * every grant until {@link #forgetUpTo(Instant)} drops old ones.
 */
public final class InMemoryGrantLedger implements GrantLedger {

    private record Entry(Action action, Money amount, Instant at) {
    }

    private final Map<CustomerId, List<Entry>> byCustomer = new ConcurrentHashMap<>();
    private final Map<AgentId, List<Entry>> byAgent = new ConcurrentHashMap<>();

    private InMemoryGrantLedger() {
    }

    /**
     * Creates an empty ledger.
     *
     * @return a ledger with no grants
     */
    public static InMemoryGrantLedger create() {
        return new InMemoryGrantLedger();
    }

    /**
     * Records a grant that was made.
     *
     * @param agent who granted
     * @param customer who received
     * @param action what was granted
     * @param amount how much, not negative
     * @param at when
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public void record(AgentId agent, CustomerId customer, Action action, Money amount, Instant at) {
        Checks.notNull(agent, "agent");
        Checks.notNull(customer, "customer");
        Checks.notNull(action, "action");
        Checks.notNull(amount, "amount");
        Checks.notNull(at, "at");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("The recorded grant amount (" + amount + ") is negative.");
        }
        Entry entry = new Entry(action, amount, at);
        add(byCustomer.computeIfAbsent(customer, k -> new ArrayList<>()), entry);
        add(byAgent.computeIfAbsent(agent, k -> new ArrayList<>()), entry);
    }

    /**
     * Drops every grant made at or before an instant, to bound memory once no period reaches back so far.
     *
     * @param cutoff grants at or before this instant are forgotten
     */
    public void forgetUpTo(Instant cutoff) {
        Checks.notNull(cutoff, "cutoff");
        for (Map<?, List<Entry>> map : List.<Map<?, List<Entry>>>of(byCustomer, byAgent)) {
            for (List<Entry> entries : map.values()) {
                synchronized (entries) {
                    entries.removeIf(e -> !e.at().isAfter(cutoff));
                }
            }
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

    private static void add(List<Entry> entries, Entry entry) {
        synchronized (entries) {
            entries.add(entry);
        }
    }

    private static Money sum(List<Entry> entries, Action action, Currency currency, Instant after, Instant upTo) {
        Money total = Money.zero(currency);
        if (entries == null) {
            return total;
        }
        synchronized (entries) {
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
