package dev.cxkit.flink.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.rules.audit.AuditFinding;
import dev.cxkit.rules.audit.AuditThresholds;
import dev.cxkit.rules.audit.Severity;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN, second step, keyed by tier: collects the totals of the tier's agents from
 * {@link AgentCounter} and judges them together, with the rule of the single-machine run: the peers
 * are the agents of the tier with at least {@code escalationMinContacts} handled contacts; an agent's
 * escalation rate is escalated / handled; the finding fires when it is above the peers' median plus
 * {@code escalationMadFactor} × the median absolute deviation (unscaled). The evidence and texts are
 * those of the single-machine finding.
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
        List<AgentTally> peers = new ArrayList<>();
        Iterable<AgentTally> all = state().get();
        if (all != null) {
            for (AgentTally agent : all) {
                if (agent.handled() >= t.escalationMinContacts()) {
                    peers.add(agent);
                }
            }
        }
        state().clear();
        if (peers.isEmpty()) {
            return;
        }
        peers.sort(Comparator.comparing(agent -> AgentId.of(agent.agent())));
        List<Double> rates = new ArrayList<>(peers.size());
        for (AgentTally agent : peers) {
            rates.add((double) agent.escalated() / agent.handled());
        }
        double median = median(rates);
        List<Double> deviations = new ArrayList<>(rates.size());
        for (double rate : rates) {
            deviations.add(Math.abs(rate - median));
        }
        double mad = median(deviations);
        double threshold = median + t.escalationMadFactor() * mad;
        String tier = ctx.getCurrentKey();
        for (AgentTally agent : peers) {
            double rate = (double) agent.escalated() / agent.handled();
            if (rate > threshold) {
                out.collect(finding(t, agent, tier, rate, median, mad, threshold, peers.size()));
            }
        }
    }

    private static AuditFinding finding(AuditThresholds t, AgentTally agent, String tier, double rate, double median,
            double mad, double threshold, int peers) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("tier", tier);
        evidence.put("handled", Long.toString(agent.handled()));
        evidence.put("escalated", Long.toString(agent.escalated()));
        evidence.put("rate", format(rate));
        evidence.put("peerMedian", format(median));
        evidence.put("peerMad", format(mad));
        evidence.put("peers", Integer.toString(peers));
        String team = agent.team();
        return new AuditFinding(MistakeCode.ESCALATION_PATTERN, Severity.MEDIUM, "escalation-pattern", agent.lastAt(),
                null, null, AgentId.of(agent.agent()), team == null ? null : TeamId.of(team), evidence,
                "escalation rate > median + " + t.escalationMadFactor() + " × MAD of the " + tier
                        + " agents with ≥ " + t.escalationMinContacts() + " handled contacts (" + format(threshold) + ")",
                "Coach the agent on the issues they escalate most, for example by pairing them with a senior colleague.");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
