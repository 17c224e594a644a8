package dev.cxkit.flink.audit.internal;

import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.CrossContactJudge;
import dev.cxkit.audit.CrossContactJudge.EscalationGroup;
import dev.cxkit.audit.CrossContactJudge.GroupEscalations;
import dev.cxkit.audit.CrossContactJudge.AgentEscalations;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN, second step, keyed by tier: collects the totals of the tier's agents from
 * {@link AgentCounter} and judges them together with {@link CrossContactJudge#escalations}, the
 * judgement of the single-machine run (peers with at least {@code escalationMinContacts} handled
 * contacts, rate above median + {@code escalationMadFactor} × MAD), so the findings are the same.
 *
 * <p>State: one small record per agent of the tier, until the judgement. This step runs on as many
 * subtasks as there are tiers (three at most); its input is one record per agent.
 */
public final class EscalationJudge extends KeyedProcessFunction<String, AgentTally, AuditFinding> {

    private static final long serialVersionUID = 1L;

    private final AuditSettings settings;
    private transient @Nullable ListState<AgentTally> agents;
    private transient @Nullable AuditThresholds thresholds;

    /**
     * Creates the judge.
     *
     * @param settings the thresholds, the period end and the allowed lateness
     */
    public EscalationJudge(AuditSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        agents = getRuntimeContext().getListState(new ListStateDescriptor<>("cxkit-audit-tier-agents",
                TypeInformation.of(AgentTally.class)));
        thresholds = settings.thresholds();
    }

    private ListState<AgentTally> state() {
        if (agents == null) {
            throw new IllegalStateException("EscalationJudge used before open().");
        }
        return agents;
    }

    @Override
    public void processElement(AgentTally agent, Context ctx, Collector<AuditFinding> out) throws Exception {
        state().add(agent);
        ctx.timerService().registerEventTimeTimer(settings.judgeAtMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AuditFinding> out) throws Exception {
        AuditThresholds t = thresholds;
        if (t == null) {
            throw new IllegalStateException("EscalationJudge used before open().");
        }
        List<AgentEscalations> agentsOfTier = new ArrayList<>();
        Iterable<AgentTally> all = state().get();
        if (all != null) {
            for (AgentTally agent : all) {
                String team = agent.team();
                agentsOfTier.add(new AgentEscalations(AgentId.of(agent.agent()), team == null ? null : TeamId.of(team),
                        agent.handled(), agent.escalated(), agent.lastAt()));
            }
        }
        state().clear();
        String key = ctx.getCurrentKey();
        if (AgentTally.TEAM.equals(key) || AgentTally.REASON.equals(key)) {
            List<GroupEscalations> groups = new ArrayList<>();
            for (AgentEscalations group : agentsOfTier) {
                groups.add(new GroupEscalations(group.agentId().value(), group.handled(), group.escalated(),
                        group.lastContactAt()));
            }
            CrossContactJudge.groupEscalations(t, AgentTally.TEAM.equals(key) ? EscalationGroup.TEAM
                    : EscalationGroup.REASON, groups).forEach(out::collect);
            return;
        }
        CrossContactJudge.escalations(t, Tier.parse(key), agentsOfTier).findings().forEach(out::collect);
    }
}
