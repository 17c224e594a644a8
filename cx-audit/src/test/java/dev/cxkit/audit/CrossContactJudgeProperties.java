package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Tier;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import dev.cxkit.audit.CrossContactJudge.AgentEscalations;
import dev.cxkit.audit.CrossContactJudge.EscalationJudgement;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the cross-contact judgement over generated counts. */
class CrossContactJudgeProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static List<AgentEscalations> agents(List<Integer> escalated, int handled) {
        List<AgentEscalations> agents = new ArrayList<>();
        for (int i = 0; i < escalated.size(); i++) {
            agents.add(new AgentEscalations(AgentId.of("a-" + i), null, handled, Math.min(escalated.get(i), handled), T0));
        }
        return agents;
    }

    @Property(tries = 300)
    void flagsAtMostHalfThePeersAndOnlyThoseAboveTheThreshold(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 50) Integer> escalated,
            @ForAll @DoubleRange(min = 0, max = 5) double k) {
        AuditThresholds t = AuditThresholds.builder().escalationMinContacts(1).escalationMadFactor(k).build();

        EscalationJudgement judgement = CrossContactJudge.escalations(t, Tier.T1, agents(escalated, 50));

        // Flagged rates are strictly above the median (k × MAD ≥ 0), and at most ⌊n/2⌋ values can be.
        assertThat(judgement.trainingGaps()).hasSizeLessThanOrEqualTo(escalated.size() / 2);
        assertThat(judgement.findings()).hasSameSizeAs(judgement.trainingGaps());
        for (TrainingGap gap : judgement.trainingGaps()) {
            assertThat(gap.rate()).isGreaterThan(gap.threshold()).isGreaterThan(gap.peerMedian());
        }
    }

    @Property(tries = 200)
    void escalationJudgementDoesNotDependOnTheInputOrder(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 40) Integer> escalated,
            @ForAll long seed) {
        AuditThresholds t = AuditThresholds.builder().escalationMinContacts(1).build();
        List<AgentEscalations> agents = agents(escalated, 40);
        List<AgentEscalations> shuffled = new ArrayList<>(agents);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(CrossContactJudge.escalations(t, Tier.T2, shuffled))
                .isEqualTo(CrossContactJudge.escalations(t, Tier.T2, agents));
    }

    @Property(tries = 300)
    void aSpikeStaysASpikeWhenTheWeekHasMoreContacts(
            @ForAll @Size(4) List<@IntRange(min = 0, max = 200) Integer> trailing,
            @ForAll @IntRange(min = 0, max = 400) int count) {
        AuditThresholds t = AuditThresholds.ofDefaults();
        List<Long> before = trailing.stream().map(Integer::longValue).toList();
        ContactReason reason = ContactReason.of("billing.refund");

        boolean fires = CrossContactJudge.reasonSpike(t, ZoneOffset.UTC, MONDAY, reason, count, before).isPresent();
        boolean firesWithOneMore = CrossContactJudge.reasonSpike(t, ZoneOffset.UTC, MONDAY, reason, count + 1, before)
                .isPresent();

        // The rule is a lower bound on the count (≥ minimum and > mean + 3 sd, sd ≥ 0), so it is monotone and
        // never fires below the minimum or at or below the trailing mean.
        if (fires) {
            assertThat(firesWithOneMore).isTrue();
            double mean = trailing.stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertThat(count).isGreaterThanOrEqualTo(t.spikeMinContacts());
            assertThat((double) count).isGreaterThan(mean);
        }
    }
}
