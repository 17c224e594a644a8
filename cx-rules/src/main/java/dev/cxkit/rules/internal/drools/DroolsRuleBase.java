package dev.cxkit.rules.internal.drools;

import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicyEvaluationException;
import dev.cxkit.rules.PolicyProblem;
import dev.cxkit.rules.internal.DefaultRuling;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled Drools rule base and a pool of reusable stateful sessions over it. Thread-safe: each
 * decision borrows a session, inserts the request and its ruling, fires, deletes both and returns
 * the session; results travel in the ruling fact, never in globals. Sessions that end a decision
 * with facts left over (a rule inserted its own) or that failed are disposed instead of reused.
 */
public final class DroolsRuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern LINE_COLUMN = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final String RESOURCES = "src/main/resources/";

    private final KieBase kieBase;
    private final BlockingQueue<PooledSession> pool;

    /** A session and the listener that tells the current ruling which rule fires. */
    private static final class PooledSession extends DefaultAgendaEventListener {
        final KieSession session;
        @Nullable DefaultRuling ruling;
        @Nullable String lastRule;
        int firings;
        int traceAfter;
        long deadline;
        final Set<String> late = new TreeSet<>();

        PooledSession(KieBase kieBase) {
            this.session = newPooledSession(kieBase);
            session.addEventListener(this);
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String name = event.getMatch().getRule().getName();
            if (System.nanoTime() - deadline > 0) {
                throw new Overdue(name);
            }
            lastRule = name;
            // Rules still firing in the second half of the budget are the ones that loop.
            if (++firings > traceAfter) {
                late.add(name);
            }
            DefaultRuling current = ruling;
            if (current != null) {
                current.firing(name);
            }
        }
    }

    /** Thrown from the listener to stop a decision whose time is up before its next rule fires. */
    private static final class Overdue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overdue(String rule) {
            super(rule, null, false, false);
        }
    }

    private DroolsRuleBase(KieBase kieBase, int poolSize) {
        this.kieBase = kieBase;
        this.pool = new ArrayBlockingQueue<>(poolSize);
    }

    /**
     * Compiles DRL units into one rule base.
     *
     * @param units the DRL texts
     * @param poolSize how many idle sessions to keep for reuse
     * @return the rule base
     * @throws PolicyCompilationException naming the source, line and column of each Drools error
     */
    public static DroolsRuleBase compile(List<DrlUnit> units, int poolSize) {
        return new DroolsRuleBase(buildKieBase(units), poolSize);
    }

    /**
     * Compiles DRL units into a bare Drools rule base, for session pools other than the policy's
     * (see {@link FactSessionPool}).
     *
     * @param units the DRL texts
     * @return the rule base
     * @throws PolicyCompilationException naming the source, line and column of each Drools error
     */
    static KieBase buildKieBase(List<DrlUnit> units) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("dev.cxkit.rules.compiled", "policy-" + BUILDS.incrementAndGet(),
                "1.0.0");
        files.generateAndWritePomXML(releaseId);
        List<String> paths = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            // Drools warns unless the folder matches the DRL package.
            Matcher pkg = PACKAGE.matcher(units.get(i).drl());
            String path = (pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "") + "unit" + i + ".drl";
            paths.add(path);
            files.write(RESOURCES + path, units.get(i).drl());
        }
        KieBuilder builder = services.newKieBuilder(files);
        // The classic DRL compiler: the executable model was measured no faster to evaluate and slower to
        // build (cx-rules README), and its eight jars are excluded from the dependencies.
        builder.buildAll(DrlProject.class);
        List<PolicyProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(message, units, paths));
        }
        if (problems.size() > 1) {
            problems.removeIf(p -> p.message().contains("Parser returned a null Package"));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new PolicyCompilationException(problems);
        }
        // The rule base straight from the built module's packages: a KieContainer would do the same and
        // log two INFO lines per compile, which a library should not.
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String kieBaseName = module.getKieModuleModel().getKieBaseModels().keySet().iterator().next();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, module.getModuleClassLoader()));
        kieBase.addPackages(module.getKnowledgePackagesForKieBase(kieBaseName));
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * A new stateful session for a pool. A pooled session is used by one thread at a time and
     * changes hands through the pool's queue, which orders each borrower after the last, so it
     * needs none of Drools' own locking: {@link ThreadSafeOption#NO} gives it the single-threaded
     * agenda state machine and propagation list instead of the concurrent ones.
     *
     * <p>No other thread may touch the session either: with the default real-time clock, a rule's
     * {@code timer} would fire from Drools' timer thread. The session's clock is a pseudo clock that
     * nobody advances: a timer due at once fires within the call's own firing, a later one never. A
     * decision or a contact is judged at once, and its facts are gone before any later timer could be
     * due, so no such timer could have fired for it anyway.
     *
     * @param kieBase the rule base
     * @return a session for one thread at a time
     */
    static KieSession newPooledSession(KieBase kieBase) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        configuration.setOption(ClockTypeOption.PSEUDO);
        return kieBase.newKieSession(configuration, null);
    }

    private static PolicyProblem problem(Message message, List<DrlUnit> units, List<String> paths) {
        String text = message.getText();
        int index = message.getPath() == null ? -1 : paths.indexOf(message.getPath().replace(RESOURCES, ""));
        int line = message.getLine();
        int column = message.getColumn();
        Matcher position = LINE_COLUMN.matcher(text);
        if (position.find()) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1;
        }
        if (index < 0) {
            return new PolicyProblem("(policy)", Math.max(line, 0), Math.max(column, 0), text.strip());
        }
        DrlUnit unit = units.get(index);
        boolean generated = unit.lineMap() != null;
        return new PolicyProblem(unit.sourceName(), unit.sourceLine(line), generated ? 0 : Math.max(column, 0),
                (generated ? "In the DRL generated from this row: " : "") + text.strip());
    }

    /**
     * Fires the rules for one decision.
     *
     * @param request the request fact
     * @param ruling the ruling fact, which collects the verdicts
     * @param maxFirings the most rule firings allowed
     * @param maxNanos the time after which no further rule may fire
     * @param policyVersion for messages
     * @throws PolicyEvaluationException if more than {@code maxFirings} rules fire, a rule would fire
     *     after {@code maxNanos}, or a rule fails
     */
    public void fire(DecisionRequest request, DefaultRuling ruling, int maxFirings, long maxNanos,
            String policyVersion) {
        PooledSession pooled = pool.poll();
        if (pooled == null) {
            pooled = new PooledSession(kieBase);
        }
        KieSession session = pooled.session;
        boolean reusable = false;
        pooled.ruling = ruling;
        pooled.lastRule = null;
        pooled.firings = 0;
        pooled.traceAfter = maxFirings / 2;
        pooled.late.clear();
        try {
            FactHandle requestHandle = session.insert(request);
            FactHandle rulingHandle = session.insert(ruling);
            // Timed from here: what runs a policy's rules. A monotonic timer, not the wall clock.
            pooled.deadline = System.nanoTime() + maxNanos;
            int fired = session.fireAllRules(maxFirings + 1);
            if (fired > maxFirings) {
                throw new PolicyEvaluationException("The policy " + policyVersion + " fired more than " + maxFirings
                        + " rules for one decision and was stopped; still firing: " + pooled.late + "."
                        + "\nMaybe a rule modifies a fact it matches without no-loop?");
            }
            session.delete(requestHandle);
            session.delete(rulingHandle);
            reusable = session.getFactCount() == 0;
        } catch (PolicyEvaluationException e) {
            throw e;
        } catch (Overdue e) {
            throw overdue(policyVersion, maxNanos, e, pooled);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof Overdue overdue) {
                throw overdue(policyVersion, maxNanos, overdue, pooled);
            }
            throw new PolicyEvaluationException("The policy " + policyVersion + " failed in rule \"" + pooled.lastRule
                    + "\": " + e.getMessage(), e);
        } finally {
            pooled.ruling = null;
            if (!reusable || !pool.offer(pooled)) {
                session.dispose();
            }
        }
    }

    private static PolicyEvaluationException overdue(String policyVersion, long maxNanos, Overdue stop,
            PooledSession pooled) {
        return new PolicyEvaluationException("The policy " + policyVersion + " ran longer than "
                + Duration.ofNanos(maxNanos) + " for one decision and was stopped before rule \"" + stop.getMessage()
                + "\" (" + (pooled.lastRule == null ? "no rule had fired yet" : pooled.firings + " rules had fired, "
                        + "the last \"" + pooled.lastRule + "\"") + "). Maybe a rule does slow work, or the limit "
                + "(Policy.Builder.maxEvaluationTime) is too tight for this policy?");
    }

    /**
     * The names of all rules in the rule base.
     *
     * @return rule names, in no particular order
     */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        return names;
    }
}
