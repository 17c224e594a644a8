package dev.cxkit.rules.internal.drools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.cxkit.rules.PolicyCompilationException;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled rule base and a pool of reusable stateful sessions that fire rules over a small batch
 * of facts at a time. Each session holds <em>resident</em> facts for its whole life: shared
 * read-only parameters (such as thresholds) and its own result collector, which the rules call and
 * the caller drains after each firing. A call inserts its batch, fires, drains, and deletes the
 * batch again, so the session is empty of per-call facts when it goes back to the pool. Keeping the
 * collector resident, rather than inserting one per call, spares every rule's join memory an insert
 * and a delete per call.
 *
 * <p>The same objects can also be bound to globals, for rules that want them without a join: a
 * rule whose only pattern is a per-call fact is an alpha-node test and a terminal node, while each
 * extra pattern on a resident fact adds a join node that every per-call fact passes (about 15 % of
 * the audit's per-contact time). Each session binds the named read-only globals and its own
 * collector under the collector's global name, wherever the rules declare them. The collector is
 * per session, so results still never cross calls or threads.
 *
 * <p>Thread-safe: each call borrows its own session. A session that failed, ran away, or was left
 * with extra facts (a rule inserted its own) is disposed instead of reused.
 */
public final class FactSessionPool {

    /** A rule failed, or the rules kept firing past the limit. */
    public static final class FiringException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final @Nullable String ruleName;
        private final boolean runaway;

        FiringException(String message, @Nullable String ruleName, boolean runaway, @Nullable Throwable cause) {
            super(message, cause);
            this.ruleName = ruleName;
            this.runaway = runaway;
        }

        /**
         * The rule that was firing when it failed.
         *
         * @return the rule name, or {@code null} if no rule had fired yet
         */
        public @Nullable String ruleName() {
            return ruleName;
        }

        /**
         * Whether the rules fired more often than allowed, rather than throwing.
         *
         * @return {@code true} for a runaway
         */
        public boolean isRunaway() {
            return runaway;
        }
    }

    /** A session and the listener that remembers which rule fires, for error messages. */
    private static final class PooledSession extends DefaultAgendaEventListener {
        final KieSession session;
        final Object collector;
        @Nullable String lastRule;

        PooledSession(KieBase kieBase, List<Object> resident, Map<String, Object> globals, Object collector,
                @Nullable String collectorGlobal) {
            this.session = DroolsRuleBase.newPooledSession(kieBase);
            this.collector = collector;
            session.addEventListener(this);
            for (Object fact : resident) {
                session.insert(fact);
            }
            session.insert(collector);
            globals.forEach(session::setGlobal);
            if (collectorGlobal != null) {
                session.setGlobal(collectorGlobal, collector);
            }
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            lastRule = event.getMatch().getRule().getName();
        }
    }

    private final KieBase kieBase;
    private final List<Object> resident;
    private final Map<String, Object> globals;
    private final Supplier<?> collectors;
    private final @Nullable String collectorGlobal;
    private final BlockingQueue<PooledSession> pool;

    private FactSessionPool(KieBase kieBase, List<Object> resident, Map<String, Object> globals, Supplier<?> collectors,
            @Nullable String collectorGlobal, int poolSize) {
        this.kieBase = kieBase;
        this.resident = resident;
        this.collectors = collectors;
        // Drools refuses a value for a global no rule declares: bind only the declared ones.
        Set<String> declared = new HashSet<>();
        kieBase.getKiePackages().forEach(p -> p.getGlobalVariables().forEach(g -> declared.add(g.getName())));
        Map<String, Object> bound = new HashMap<>(globals);
        bound.keySet().retainAll(declared);
        this.globals = Map.copyOf(bound);
        this.collectorGlobal = collectorGlobal != null && declared.contains(collectorGlobal) ? collectorGlobal : null;
        this.pool = new ArrayBlockingQueue<>(poolSize);
    }

    /**
     * Compiles DRL units (classic DRL) and prepares an empty pool.
     *
     * @param units the DRL texts
     * @param resident facts every session holds for its whole life, such as thresholds; never modified by rules
     * @param globals read-only values bound to the globals of these names, where the rules declare them
     * @param collectors makes each session's result collector, a resident fact the rules report to
     * @param collectorGlobal the global the collector is also bound to where the rules declare it, or
     *     {@code null} for none
     * @param poolSize how many idle sessions to keep for reuse, at least 1
     * @return the pool
     * @throws PolicyCompilationException naming the source, line and column of each Drools error
     */
    public static FactSessionPool compile(List<DrlUnit> units, List<Object> resident, Map<String, Object> globals,
            Supplier<?> collectors, @Nullable String collectorGlobal, int poolSize) {
        return new FactSessionPool(DroolsRuleBase.buildKieBase(units),
                List.copyOf(resident), globals, collectors, collectorGlobal, Math.max(1, poolSize));
    }

    /**
     * Inserts the first {@code count} facts, fires the rules, drains the session's collector, and
     * deletes the facts again.
     *
     * @param <R> what the drain returns
     * @param facts the facts; entries from {@code count} on are ignored
     * @param count how many facts to insert
     * @param maxFirings the most rule firings allowed
     * @param drain reads and resets the session's collector
     * @return what the drain returned after the firing
     * @throws FiringException if a rule fails or more than {@code maxFirings} rules fire
     */
    public <R> R fire(Object[] facts, int count, int maxFirings, Function<Object, R> drain) {
        PooledSession pooled = pool.poll();
        if (pooled == null) {
            pooled = new PooledSession(kieBase, resident, globals, collectors.get(), collectorGlobal);
        }
        KieSession session = pooled.session;
        pooled.lastRule = null;
        boolean reusable = false;
        FactHandle[] handles = new FactHandle[count];
        try {
            for (int i = 0; i < count; i++) {
                handles[i] = session.insert(facts[i]);
            }
            int fired = session.fireAllRules(maxFirings + 1);
            if (fired > maxFirings) {
                throw new FiringException("The rules fired more than " + maxFirings + " times for one batch and were stopped;"
                        + " the last was \"" + pooled.lastRule + "\".\nMaybe a rule modifies a fact it matches without no-loop?",
                        pooled.lastRule, true, null);
            }
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
            R result = drain.apply(pooled.collector);
            reusable = session.getFactCount() == resident.size() + 1;
            return result;
        } catch (FiringException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new FiringException("The rule \"" + pooled.lastRule + "\" failed: " + e.getMessage(), pooled.lastRule,
                    false, e);
        } finally {
            if (!reusable || !pool.offer(pooled)) {
                session.dispose();
            }
        }
    }

    /**
     * The names of all rules in the rule base.
     *
     * @return rule names, in no particular order
     */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return List.copyOf(names);
    }
}
