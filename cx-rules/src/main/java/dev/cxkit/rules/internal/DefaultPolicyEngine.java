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
import dev.cxkit.rules.spi.RecordingGrantLedger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
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
    private final InstantSource clock;
    private final Duration tolerance;
    private final Object reloadLock = new Object();

    /**
     * Creates the engine.
     *
     * @param policy the initial policy
     * @param ledger where granted amounts come from
     * @param log where decisions are written
     * @param clock when "now" is
     * @param tolerance how far a request's instant may be from the clock
     */
    public DefaultPolicyEngine(Policy policy, GrantLedger ledger, DecisionLog log, InstantSource clock,
            Duration tolerance) {
        this.current = new AtomicReference<>(Checks.notNull(policy, "policy"));
        this.ledger = Checks.notNull(ledger, "ledger");
        this.log = Checks.notNull(log, "log");
        this.clock = Checks.notNull(clock, "clock");
        this.tolerance = Checks.notNull(tolerance, "tolerance");
    }

    @Override
    public Decision decide(DecisionRequest request) {
        DecisionRequest live = stamp(request);
        Decision decision = current.get().decide(live, ledger);
        log.record(live, decision);
        return decision;
    }

    @Override
    public Decision decideAndRecord(DecisionRequest request) {
        Checks.notNull(request, "request");
        if (ledger instanceof RecordingGrantLedger recording) {
            return recording.decideAndRecord(this, request);
        }
        throw new UnsupportedOperationException("The grant ledger of this engine ("
                + ledger.getClass().getSimpleName() + ") only reads grants; it cannot record them.\nMaybe record "
                + "allowed grants in your own store after decide(...), or build the engine with an "
                + "InMemoryGrantLedger or cx-jdbc's ledger?");
    }

    @Override
    public DecisionRequest stamp(DecisionRequest request) {
        Checks.notNull(request, "request");
        Instant now = clock.instant();
        Duration offset = Duration.between(now, request.at());
        if (offset.abs().compareTo(tolerance) > 0) {
            throw new IllegalArgumentException("The request's instant (at " + request.at() + ") is "
                    + offset.abs() + (offset.isNegative() ? " before" : " after") + " the engine's clock (" + now
                    + "); at most " + tolerance + " either way is accepted. Cap periods end at the engine's clock, "
                    + "so a request cannot be back- or forward-dated.\nMaybe leave at out, or correct the "
                    + "caller's clock?");
        }
        return now.equals(request.at()) ? request : request.toBuilder().at(now).build();
    }

    @Override
    public GrantLedger grantLedger() {
        return ledger;
    }

    @Override
    public DecisionLog decisionLog() {
        return log;
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
            Policy.Builder builder = Policy.builder().maxRuleFirings(old.maxRuleFirings())
                    .maxMatrixRows(old.maxMatrixRows()).maxEvaluationTime(old.maxEvaluationTime()).sources(sources);
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
