package dev.cxkit.flink.audit.internal;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN, first step, keyed by agent: adds up the agent's handled and escalated contacts
 * of the period and, when the watermark passes the period end plus the allowed lateness (at the end
 * of bounded input at the latest), sends the agent's total to {@link EscalationJudge}, keyed by tier.
 * State: one {@link AgentTally} per agent. Agents without a tier are not judged (as in the
 * single-machine run) and are not sent.
 */
public final class AgentCounter extends KeyedProcessFunction<String, AgentTally, AgentTally> {

    private static final long serialVersionUID = 1L;

    private final long judgeAt;
    private transient @Nullable ValueState<AgentTally> tally;

    /**
     * Creates the counter.
     *
     * @param settings the period end and the allowed lateness
     */
    public AgentCounter(AuditSettings settings) {
        this.judgeAt = settings.judgeAtMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        tally = getRuntimeContext().getState(new ValueStateDescriptor<>("cxkit-audit-agent-tally",
                TypeInformation.of(AgentTally.class)));
    }

    private ValueState<AgentTally> state() {
        if (tally == null) {
            throw new IllegalStateException("AgentCounter used before open().");
        }
        return tally;
    }

    @Override
    public void processElement(AgentTally contact, Context ctx, Collector<AgentTally> out) throws Exception {
        AgentTally current = state().value();
        if (current == null) {
            ctx.timerService().registerEventTimeTimer(judgeAt);
            state().update(contact);
        } else {
            state().update(current.combine(contact));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AgentTally> out) throws Exception {
        AgentTally total = state().value();
        state().clear();
        if (total != null && total.tier() != null) {
            out.collect(total);
        }
    }
}
