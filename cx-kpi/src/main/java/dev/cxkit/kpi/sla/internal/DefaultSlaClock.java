package dev.cxkit.kpi.sla.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.sla.SlaClock;
import dev.cxkit.kpi.sla.SlaInput;
import dev.cxkit.kpi.sla.SlaPolicy;
import dev.cxkit.kpi.sla.SlaReport;
import org.jspecify.annotations.Nullable;

/**
 * The {@link SlaClock}: keeps each case's inputs (and the policy changes, which concern every case)
 * as sets, and replays one case's inputs, sorted, per report.
 */
public final class DefaultSlaClock implements SlaClock {

    /** Replay order; see "Replay order" on {@link SlaClock}. Total on distinct inputs except for equal-named policies. */
    static final Comparator<SlaInput> REPLAY_ORDER = Comparator.comparing(SlaInput::at)
            .thenComparingInt(DefaultSlaClock::kindRank)
            .thenComparing(DefaultSlaClock::caseIdOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DefaultSlaClock::tieBreak);

    private final SlaPolicy initialPolicy;
    private final InstantSource time;
    private final Map<CaseId, Set<SlaInput>> inputsByCase = new TreeMap<>();
    private final Set<SlaInput> policyChanges = new LinkedHashSet<>();

    /**
     * Creates an empty clock.
     *
     * @param initialPolicy the policy before any policy change
     * @param time the source of "now"
     */
    public DefaultSlaClock(SlaPolicy initialPolicy, InstantSource time) {
        this.initialPolicy = Checks.notNull(initialPolicy, "policy");
        this.time = Checks.notNull(time, "time");
    }

    @Override
    public SlaClock accept(SlaInput input) {
        Checks.notNull(input, "input");
        CaseId owner = caseIdOf(input);
        if (owner == null) {
            policyChanges.add(input);
        } else {
            inputsByCase.computeIfAbsent(owner, key -> new LinkedHashSet<>()).add(input);
        }
        return this;
    }

    @Override
    public SlaClock acceptAll(Collection<? extends SlaInput> batch) {
        Checks.notNull(batch, "inputs");
        batch.forEach(this::accept);
        return this;
    }

    @Override
    public SlaReport report(CaseId caseId) {
        return report(caseId, time.instant());
    }

    @Override
    public SlaReport report(CaseId caseId, Instant asOf) {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(asOf, "asOf");
        List<SlaInput> relevant = new ArrayList<>();
        for (SlaInput input : policyChanges) {
            if (!input.at().isAfter(asOf)) {
                relevant.add(input);
            }
        }
        for (SlaInput input : inputsByCase.getOrDefault(caseId, Set.of())) {
            if (!input.at().isAfter(asOf)) {
                relevant.add(input);
            }
        }
        relevant.sort(REPLAY_ORDER);
        return new CaseReplay(caseId, initialPolicy).replay(relevant, asOf);
    }

    @Override
    public Map<CaseId, SlaReport> reports(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        Map<CaseId, SlaReport> result = new TreeMap<>();
        for (CaseId caseId : inputsByCase.keySet()) {
            result.put(caseId, report(caseId, asOf));
        }
        return Collections.unmodifiableMap(result);
    }

    private static int kindRank(SlaInput input) {
        if (input instanceof SlaInput.PolicyChanged) {
            return 0;
        } else if (input instanceof SlaInput.StatusChanged) {
            return 1;
        } else if (input instanceof SlaInput.CustomerReplied) {
            return 2;
        }
        return 3;
    }

    private static @Nullable CaseId caseIdOf(SlaInput input) {
        if (input instanceof SlaInput.StatusChanged status) {
            return status.event().caseId();
        } else if (input instanceof SlaInput.AgentReplied agent) {
            return agent.caseId();
        } else if (input instanceof SlaInput.CustomerReplied customer) {
            return customer.caseId();
        }
        return null;
    }

    /** Orders inputs of the same instant, kind and case: status changes by status then priority, policies by name and version. */
    private static String tieBreak(SlaInput input) {
        if (input instanceof SlaInput.StatusChanged status) {
            var priority = status.event().priority();
            return status.event().status().ordinal() + "/" + (priority == null ? "" : String.valueOf(priority.ordinal()));
        } else if (input instanceof SlaInput.PolicyChanged policy) {
            return policy.policy().name() + "\u0000" + policy.policy().version();
        }
        return "";
    }
}
