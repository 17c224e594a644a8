package dev.cxkit.rules.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.audit.AuditFinding;
import dev.cxkit.rules.audit.AuditSummary.TrainingGap;
import dev.cxkit.rules.audit.AuditThresholds;
import dev.cxkit.rules.audit.Severity;
import org.jspecify.annotations.Nullable;

/**
 * ESCALATION_PATTERN: handled and escalated contacts per agent (one counter pair per agent), judged
 * at the end against the agents of the same tier. Not thread-safe.
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
        int min = thresholds.escalationMinContacts();
        for (Tier tier : Tier.values()) {
            List<Counter> peers = new ArrayList<>();
            for (Counter counter : agents.values()) {
                if (counter.tier == tier && counter.handled >= min) {
                    peers.add(counter);
                }
            }
            if (peers.isEmpty()) {
                continue;
            }
            peers.sort(Comparator.comparing(c -> c.agent));
            List<Double> rates = new ArrayList<>(peers.size());
            for (Counter c : peers) {
                rates.add((double) c.escalated / c.handled);
            }
            double median = median(rates);
            List<Double> deviations = new ArrayList<>(rates.size());
            for (double rate : rates) {
                deviations.add(Math.abs(rate - median));
            }
            double mad = median(deviations);
            double threshold = median + thresholds.escalationMadFactor() * mad;
            for (Counter c : peers) {
                double rate = (double) c.escalated / c.handled;
                if (rate > threshold) {
                    gaps.add(new TrainingGap(c.agent, c.team, tier, c.handled, c.escalated, rate, median, threshold));
                    sink.accept(finding(c, tier, rate, median, mad, threshold, peers.size()));
                }
            }
        }
        return gaps;
    }

    private AuditFinding finding(Counter c, Tier tier, double rate, double median, double mad, double threshold, int peers) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("tier", tier.name());
        evidence.put("handled", Long.toString(c.handled));
        evidence.put("escalated", Long.toString(c.escalated));
        evidence.put("rate", format(rate));
        evidence.put("peerMedian", format(median));
        evidence.put("peerMad", format(mad));
        evidence.put("peers", Integer.toString(peers));
        return new AuditFinding(MistakeCode.ESCALATION_PATTERN, Severity.MEDIUM, "escalation-pattern", c.lastAt, null,
                null, c.agent, c.team, evidence,
                "escalation rate > median + " + thresholds.escalationMadFactor() + " × MAD of the " + tier
                        + " agents with ≥ " + thresholds.escalationMinContacts() + " handled contacts (" + format(threshold) + ")",
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
