package dev.cxkit.rules.spi;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.PolicyEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GrantLedger} that keeps recorded grants in memory: the default ledger of a
 * {@link PolicyEngine}, for tests and for single processes (nothing survives a restart; cx-jdbc keeps
 * grants in a database). Thread-safe: {@link #record}, {@link #decideAndRecord} and the queries may
 * run concurrently. Memory grows with every grant until {@link #forgetUpTo(Instant)} drops old ones.
 */
public final class InMemoryGrantLedger implements RecordingGrantLedger {

    private record Entry(Action action, Money amount, Instant at) {
    }

    /** A decided request id: what was asked, what was answered, when. */
    private record First(DecisionRequest request, Decision decision) {
    }

    private final Map<CustomerId, List<Entry>> byCustomer = new ConcurrentHashMap<>();
    private final Map<AgentId, List<Entry>> byAgent = new ConcurrentHashMap<>();
    private final Map<String, First> byRequestId = new ConcurrentHashMap<>();
    // One lock for every decideAndRecord: an in-memory decision takes microseconds, so serialising them
    // costs little, and it cannot deadlock the way per-customer and per-agent locks taken in turn could.
    private final ReentrantLock grantLock = new ReentrantLock();

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
     * {@inheritDoc}
     *
     * <p>In order, under this ledger's lock: return the first decision if the request id was decided
     * before (a retry counts once); otherwise {@linkplain PolicyEngine#stamp stamp} the request with the
     * engine's instant, decide it with the engine's current policy against this ledger, write it to the
     * engine's {@link DecisionLog}, and record the grant at the engine's instant if it is allowed money.
     * The engine's own ledger is not consulted, so an engine built over another ledger still counts
     * this one.
     *
     * @throws IllegalArgumentException if the request states granted amounts, its instant is outside
     *     the engine's tolerance, or its request id was first used for another customer, agent, action
     *     or amount
     */
    @Override
    public Decision decideAndRecord(PolicyEngine engine, DecisionRequest request) {
        Checks.notNull(engine, "engine");
        Checks.notNull(request, "request");
        if (request.grantedToCustomer() != null || request.grantedByAgent() != null) {
            throw new IllegalArgumentException("The request " + describe(request) + " states granted amounts (customer "
                    + request.grantedToCustomer() + ", agent " + request.grantedByAgent()
                    + ").\nMaybe leave them null: decideAndRecord sums the ledger itself, under a lock.");
        }
        grantLock.lock();
        try {
            String requestId = request.requestId();
            @Nullable First first = requestId == null ? null : byRequestId.get(requestId);
            if (first != null) {
                requireSameGrant(first.request(), request);
                return first.decision();
            }
            DecisionRequest live = engine.stamp(request);
            Decision decision = engine.policy().decide(live, this);
            engine.decisionLog().record(live, decision);
            if (decision instanceof Allowed && live.amount() instanceof Money money) {
                record(live.agentId(), live.customerId(), live.action(), money, live.at());
            }
            if (requestId != null) {
                byRequestId.put(requestId, new First(live, decision));
            }
            return decision;
        } finally {
            grantLock.unlock();
        }
    }

    private static void requireSameGrant(DecisionRequest first, DecisionRequest retry) {
        if (!first.customerId().equals(retry.customerId()) || !first.agentId().equals(retry.agentId())
                || first.action() != retry.action() || !first.amount().equals(retry.amount())) {
            throw new IllegalArgumentException("The request id (" + retry.requestId() + ") was first used for "
                    + describe(first) + ", not " + describe(retry) + ".\nMaybe give each new grant its own request id?");
        }
    }

    private static String describe(DecisionRequest r) {
        return (r.requestId() == null ? "" : r.requestId() + ": ") + r.action() + " of " + r.amount() + " to customer "
                + r.customerId() + " by agent " + r.agentId();
    }

    /**
     * Drops every grant made at or before an instant, and the request ids of decisions made then, to
     * bound memory once no period reaches back so far.
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
        byRequestId.values().removeIf(first -> !first.request().at().isAfter(cutoff));
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
