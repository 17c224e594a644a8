package dev.cxkit.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.audit.CrossContactJudge.EscalationGroup;
import dev.cxkit.audit.CrossContactJudge.GroupEscalations;
import dev.cxkit.audit.CrossContactJudge.AgentEscalations;
import dev.cxkit.audit.CrossContactJudge.EscalationJudgement;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN: handled and escalated contacts per agent, per team and per contact reason (one
 * counter pair each), judged at the end: agents against the agents of the same tier
 * ({@link CrossContactJudge#escalations}), teams against teams and reasons against reasons
 * ({@link CrossContactJudge#groupEscalations}). Agents without a tier are not judged; contacts
 * without a team or a reason do not count for those; contacts whose transfers are not recorded
 * count for nothing. Not thread-safe.
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
    private final Map<String, long[]> teams = new HashMap<>();
    private final Map<String, long[]> reasons = new HashMap<>();

    EscalationTracker(AuditThresholds thresholds) {
        this.thresholds = thresholds;
    }

    void accept(Interaction interaction) {
        AgentId agent = interaction.agentId();
        if (agent == null || interaction.isAbandoned() || !interaction.isRecorded(InteractionFact.TRANSFERS)) {
            // Without its transfers a contact's escalation is unknown, not "no": left out of every rate.
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
        if (interaction.team() != null) {
            count(teams, interaction.team().value(), interaction);
        }
        if (interaction.reason() != null) {
            count(reasons, interaction.reason().key(), interaction);
        }
    }

    /** handled, escalated and the latest queuedAt (epoch seconds and nanos) of one group. */
    private static void count(Map<String, long[]> groups, String group, Interaction interaction) {
        long[] c = groups.computeIfAbsent(group, g -> new long[] {0, 0, Long.MIN_VALUE, 0});
        c[0]++;
        if (interaction.isEscalated()) {
            c[1]++;
        }
        Instant at = interaction.queuedAt();
        if (at.getEpochSecond() > c[2] || (at.getEpochSecond() == c[2] && at.getNano() > c[3])) {
            c[2] = at.getEpochSecond();
            c[3] = at.getNano();
        }
    }

    private static List<GroupEscalations> groups(Map<String, long[]> counts) {
        List<GroupEscalations> result = new ArrayList<>(counts.size());
        counts.forEach((group, c) -> result.add(new GroupEscalations(group, c[0], c[1], Instant.ofEpochSecond(c[2], c[3]))));
        return result;
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
        CrossContactJudge.groupEscalations(thresholds, EscalationGroup.TEAM, groups(teams)).forEach(sink);
        CrossContactJudge.groupEscalations(thresholds, EscalationGroup.REASON, groups(reasons)).forEach(sink);
        return gaps;
    }
}
