package dev.cxkit.rules.internal;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyCompilationException;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.rules.ReloadResult;
import dev.cxkit.rules.spi.DecisionLog;
import dev.cxkit.rules.spi.GrantLedger;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default engine: the current policy sits in an {@link AtomicReference}; a decision reads it once,
 * a reload compiles outside any lock and then swaps the reference. Concurrent reloads are serialised
 * so that the returned previous version is exact.
 */
public final class DefaultPolicyEngine implements PolicyEngine {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

    private final AtomicReference<Policy> current;
    private final GrantLedger ledger;
    private final DecisionLog log;
    private final Object reloadLock = new Object();

    /**
     * Creates the engine.
     *
     * @param policy the initial policy
     * @param ledger where granted amounts come from
     * @param log where decisions are written
     */
    public DefaultPolicyEngine(Policy policy, GrantLedger ledger, DecisionLog log) {
        this.current = new AtomicReference<>(Checks.notNull(policy, "policy"));
        this.ledger = Checks.notNull(ledger, "ledger");
        this.log = Checks.notNull(log, "log");
    }

    @Override
    public Decision decide(DecisionRequest request) {
        Checks.notNull(request, "request");
        Decision decision = current.get().decide(request, ledger);
        log.record(request, decision);
        return decision;
    }

    @Override
    public ReloadResult reload(List<PolicySource> sources) {
        return swap(null, sources);
    }

    @Override
    public ReloadResult reload(String version, List<PolicySource> sources) {
        Checks.notNull(version, "version");
        return swap(version, sources);
    }

    private ReloadResult swap(@Nullable String version, List<PolicySource> sources) {
        Checks.notNull(sources, "sources");
        synchronized (reloadLock) {
            Policy old = current.get();
            Policy.Builder builder = Policy.builder().maxRuleFirings(old.maxRuleFirings()).sources(sources);
            if (version != null) {
                builder.version(version);
            }
            Policy next;
            try {
                next = builder.build();
            } catch (PolicyCompilationException e) {
                LOG.warn("Policy reload rejected; {} stays in force. {}", old.version(), e.getMessage());
                return new ReloadResult.Rejected(old.version(), e);
            }
            current.set(next);
            LOG.info("Policy {} replaced {}.", next.version(), old.version());
            return new ReloadResult.Applied(old.version(), next.version());
        }
    }

    @Override
    public Policy policy() {
        return current.get();
    }
}
