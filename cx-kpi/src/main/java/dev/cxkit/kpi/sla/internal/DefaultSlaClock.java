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
import java.util.TreeSet;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.sla.SlaClock;
import dev.cxkit.kpi.sla.SlaInput;
import dev.cxkit.kpi.sla.SlaPolicy;
import dev.cxkit.kpi.sla.SlaReport;
import org.jspecify.annotations.Nullable;

/** The {@link SlaClock}: keeps the inputs as a set and replays them, sorted, per report. */
public final class DefaultSlaClock implements SlaClock {

    /** Replay order; see "Replay order" on {@link SlaClock}. Total on distinct inputs except for equal-named policies. */
    static final Comparator<SlaInput> REPLAY_ORDER = Comparator.comparing(SlaInput::at)
            .thenComparingInt(DefaultSlaClock::kindRank)
            .thenComparing(DefaultSlaClock::caseIdOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DefaultSlaClock::tieBreak);

    private final SlaPolicy initialPolicy;
    private final InstantSource time;
    private final Set<SlaInput> inputs = new LinkedHashSet<>();

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
        inputs.add(Checks.notNull(input, "input"));
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
        for (SlaInput input : inputs) {
            CaseId owner = caseIdOf(input);
            if ((owner == null || owner.equals(caseId)) && !input.at().isAfter(asOf)) {
                relevant.add(input);
            }
        }
        relevant.sort(REPLAY_ORDER);
        return new CaseReplay(caseId, initialPolicy).replay(relevant, asOf);
    }

    @Override
    public Map<CaseId, SlaReport> reports(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        Set<CaseId> cases = new TreeSet<>();
        for (SlaInput input : inputs) {
            CaseId owner = caseIdOf(input);
            if (owner != null) {
                cases.add(owner);
            }
        }
        Map<CaseId, SlaReport> result = new TreeMap<>();
        for (CaseId caseId : cases) {
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
