package dev.cxkit.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.audit.CrossContactJudge.AgentEscalations;
import dev.cxkit.audit.CrossContactJudge.EscalationJudgement;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN: handled and escalated contacts per agent (one counter pair per agent), judged
 * at the end against the agents of the same tier by {@link CrossContactJudge#escalations}. Agents
 * without a tier are not judged. Not thread-safe.
 */
final class EscalationTracker {

    private static final class Counter {
        final AgentId agent;
        @Nullable TeamId team;
        @Nullable Tier tier;
        long handled;
        long escalated;
        Instant lastAt;

        Counter(AgentId agent, Instant at) {
            this.agent = agent;
            this.lastAt = at;
        }
    }

    private final AuditThresholds thresholds;
    private final Map<AgentId, Counter> agents = new HashMap<>();

    EscalationTracker(AuditThresholds thresholds) {
        this.thresholds = thresholds;
    }

    void accept(Interaction interaction) {
        AgentId agent = interaction.agentId();
        if (agent == null || interaction.isAbandoned()) {
            return;
        }
        Counter counter = agents.computeIfAbsent(agent, a -> new Counter(a, interaction.queuedAt()));
        counter.handled++;
        if (interaction.isEscalated()) {
            counter.escalated++;
        }
        if (interaction.team() != null) {
            counter.team = interaction.team();
        }
        if (interaction.agentTier() != null) {
            counter.tier = interaction.agentTier();
        }
        if (interaction.queuedAt().isAfter(counter.lastAt)) {
            counter.lastAt = interaction.queuedAt();
        }
    }

    /** Emits a finding per agent above their tier's threshold and returns them as training gaps. */
    List<TrainingGap> finish(Consumer<AuditFinding> sink) {
        List<TrainingGap> gaps = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<AgentEscalations> peers = new ArrayList<>();
            for (Counter counter : agents.values()) {
                if (counter.tier == tier) {
                    peers.add(new AgentEscalations(counter.agent, counter.team, counter.handled, counter.escalated,
                            counter.lastAt));
                }
            }
            EscalationJudgement judgement = CrossContactJudge.escalations(thresholds, tier, peers);
            judgement.findings().forEach(sink);
            gaps.addAll(judgement.trainingGaps());
        }
        return gaps;
    }
}
