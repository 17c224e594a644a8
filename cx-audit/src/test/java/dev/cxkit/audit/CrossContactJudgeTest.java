package dev.cxkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.audit.AuditSummary.TrainingGap;
import dev.cxkit.audit.CrossContactJudge.AgentEscalations;
import dev.cxkit.audit.CrossContactJudge.EscalationJudgement;
import dev.cxkit.audit.CrossContactJudge.RepeatCandidate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of the cross-contact judgement; the arithmetic is in the comments. */
class CrossContactJudgeTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AuditThresholds DEFAULTS = AuditThresholds.ofDefaults();
    /** Every agent with a contact is a peer, so small hand examples work. */
    private static final AuditThresholds ONE_CONTACT = DEFAULTS.toBuilder().escalationMinContacts(1).build();

    private static AgentEscalations agent(String id, long handled, long escalated) {
        return new AgentEscalations(AgentId.of(id), TeamId.of("billing"), handled, escalated, T0.plusSeconds(handled));
    }

    @Nested
    class Escalations {

        @Test
        void flagsTheAgentAboveMedianPlusTwoMadsWithTheSingleMachineTexts() {
            // Peers (≥ 20 handled): rates 0.10, 0.12, 0.14, 0.30; a-5 has 10 handled and is no peer.
            // median = (0.12 + 0.14) / 2 = 0.13; |rate − 0.13| = 0.03, 0.01, 0.01, 0.17 → MAD = (0.01 + 0.03) / 2 = 0.02;
            // threshold = 0.13 + 2 × 0.02 = 0.17: only a-4 (0.30) is above; a-5 (0.9) does not count.
            List<AgentEscalations> agents = List.of(agent("a-4", 100, 30), agent("a-1", 100, 10), agent("a-3", 100, 14),
                    agent("a-5", 10, 9), agent("a-2", 100, 12));

            EscalationJudgement judgement = CrossContactJudge.escalations(DEFAULTS, Tier.T1, agents);

            assertThat(judgement.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(MistakeCode.ESCALATION_PATTERN);
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.ruleId()).isEqualTo("escalation-pattern");
                assertThat(f.occurredAt()).isEqualTo(T0.plusSeconds(100));
                assertThat(f.interactionId()).isNull();
                assertThat(f.caseId()).isNull();
                assertThat(f.agentId()).isEqualTo(AgentId.of("a-4"));
                assertThat(f.team()).isEqualTo(TeamId.of("billing"));
                assertThat(f.evidence()).containsExactly(entry("tier", "T1"), entry("handled", "100"),
                        entry("escalated", "30"), entry("rate", "0.3000"), entry("peerMedian", "0.1300"),
                        entry("peerMad", "0.0200"), entry("peers", "4"));
                assertThat(f.threshold()).isEqualTo(
                        "escalation rate > median + 2.0 × MAD of the T1 agents with ≥ 20 handled contacts (0.1700)");
                assertThat(f.fix()).isEqualTo("Coach the agent on the issues they escalate most, for example by pairing"
                        + " them with a senior colleague.");
            });
            assertThat(judgement.trainingGaps()).singleElement().satisfies(gap -> {
                assertThat(gap.agentId()).isEqualTo(AgentId.of("a-4"));
                assertThat(gap.tier()).isEqualTo(Tier.T1);
                assertThat(gap.handled()).isEqualTo(100);
                assertThat(gap.escalated()).isEqualTo(30);
                assertThat(gap.rate()).isEqualTo(0.3);
                assertThat(gap.peerMedian()).isCloseTo(0.13, within(1e-12));
                assertThat(gap.threshold()).isCloseTo(0.17, within(1e-12));
            });
        }

        @Test
        void doesNotFlagAnAgentExactlyOnTheThresholdButDoesJustBelowIt() {
            // Rates in quarters (exact in binary): 0.25, 0.25, 0.5, 0.5, 1.0 → median 0.5;
            // |rate − 0.5| = 0.25, 0.25, 0, 0, 0.5 → MAD 0.25. k = 2: threshold 1.0, a-5 sits on it (not above).
            // k = 1.75: threshold 0.9375, a-5 is above.
            List<AgentEscalations> agents = List.of(agent("a-1", 4, 1), agent("a-2", 4, 1), agent("a-3", 4, 2),
                    agent("a-4", 4, 2), agent("a-5", 4, 4));

            EscalationJudgement onIt = CrossContactJudge.escalations(ONE_CONTACT, Tier.T2, agents);
            EscalationJudgement above = CrossContactJudge.escalations(
                    ONE_CONTACT.toBuilder().escalationMadFactor(1.75).build(), Tier.T2, agents);

            assertThat(onIt.findings()).isEmpty();
            assertThat(onIt.trainingGaps()).isEmpty();
            assertThat(above.trainingGaps()).extracting(TrainingGap::agentId).containsExactly(AgentId.of("a-5"));
            assertThat(above.trainingGaps().get(0).threshold()).isEqualTo(0.9375);
            assertThat(above.findings().get(0).threshold()).endsWith("(0.9375)");
        }

        @Test
        void flagsNobodyWhenAllRatesAreEqual() {
            // Every rate 0.2 → median 0.2, MAD 0, threshold 0.2; nobody is strictly above.
            List<AgentEscalations> agents = List.of(agent("a-1", 5, 1), agent("a-2", 10, 2), agent("a-3", 50, 10));

            assertThat(CrossContactJudge.escalations(ONE_CONTACT, Tier.T1, agents).findings()).isEmpty();
        }

        @Test
        void flagsAnyRateAboveTheMedianWhenMadIsZero() {
            // Rates 0.1, 0.1, 0.1, 0.5 → median 0.1, deviations 0, 0, 0, 0.4 → MAD 0, threshold 0.1: a-4 is above.
            List<AgentEscalations> agents = List.of(agent("a-1", 10, 1), agent("a-2", 10, 1), agent("a-3", 10, 1),
                    agent("a-4", 10, 5));

            EscalationJudgement judgement = CrossContactJudge.escalations(ONE_CONTACT, Tier.T1, agents);

            assertThat(judgement.findings()).singleElement().satisfies(f -> assertThat(f.evidence())
                    .containsEntry("peerMad", "0.0000").containsEntry("peerMedian", "0.1000"));
        }

        @Test
        void judgesNothingWithoutPeers() {
            // Both agents have fewer than the default 20 handled contacts.
            List<AgentEscalations> agents = List.of(agent("a-1", 19, 19), agent("a-2", 19, 0));

            assertThat(CrossContactJudge.escalations(DEFAULTS, Tier.T1, agents)).isEqualTo(
                    new EscalationJudgement(List.of(), List.of()));
            assertThat(CrossContactJudge.escalations(DEFAULTS, Tier.T1, List.of()).findings()).isEmpty();
        }

        @Test
        void neverFlagsASinglePeer() {
            // One peer is its own median; MAD 0; its rate equals the threshold.
            assertThat(CrossContactJudge.escalations(ONE_CONTACT, Tier.T3, List.of(agent("a-1", 3, 3))).findings())
                    .isEmpty();
        }

        @Test
        void listsFindingsByAgentIdWhateverTheInputOrder() {
            // Rates 0, 0, 0, 1, 1 (a-9 and a-4 at 1.0): median 0, MAD 0 → both flagged, by id.
            List<AgentEscalations> agents = List.of(agent("a-9", 2, 2), agent("a-1", 2, 0), agent("a-4", 2, 2),
                    agent("a-2", 2, 0), agent("a-3", 2, 0));

            EscalationJudgement judgement = CrossContactJudge.escalations(ONE_CONTACT, Tier.T1, agents);

            assertThat(judgement.findings()).extracting(AuditFinding::agentId)
                    .containsExactly(AgentId.of("a-4"), AgentId.of("a-9"));
            assertThat(judgement.trainingGaps()).extracting(TrainingGap::agentId)
                    .containsExactly(AgentId.of("a-4"), AgentId.of("a-9"));
        }

        @Test
        void rejectsAnAgentListedTwice() {
            List<AgentEscalations> agents = List.of(agent("a-1", 30, 1), agent("a-1", 30, 2));

            assertThatThrownBy(() -> CrossContactJudge.escalations(DEFAULTS, Tier.T1, agents))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a-1").hasMessageContaining("twice").hasMessageContaining("Maybe");
        }

        @Test
        void rejectsMoreEscalatedThanHandled() {
            assertThatThrownBy(() -> agent("a-1", 3, 4)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("escalated (4)").hasMessageContaining("handled (3)");
        }

        @Test
        void rejectsJudgementsWhoseListsDisagree() {
            assertThatThrownBy(() -> new EscalationJudgement(List.of(), List.of(
                    new TrainingGap(AgentId.of("a-1"), null, Tier.T1, 2, 2, 1.0, 0.0, 0.0))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("findings (0)");
        }
    }

    @Nested
    class ReasonSpikes {

        private static final ContactReason REFUND = ContactReason.of("billing.refund");
        /** Monday of ISO week 2026-W10 (2026-01-05 is W02's Monday; 8 weeks later). */
        private static final LocalDate W10 = LocalDate.of(2026, 3, 2);

        @Test
        void firesAboveMeanPlusThreeSampleSdsWithTheSingleMachineTexts() {
            // Trailing 10, 12, 8, 10: mean 10, Σ(c − mean)² = 0 + 4 + 4 + 0 = 8, sd = √(8 / 3) ≈ 1.633,
            // threshold ≈ 10 + 3 × 1.633 = 14.90: 15 fires, 14 does not.
            List<Long> trailing = List.of(10L, 12L, 8L, 10L);

            Optional<AuditFinding> fires = CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 15, trailing);
            Optional<AuditFinding> nearMiss = CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 14, trailing);

            assertThat(nearMiss).isEmpty();
            assertThat(fires).hasValueSatisfying(f -> {
                assertThat(f.code()).isEqualTo(MistakeCode.CONTACT_REASON_SPIKE);
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.ruleId()).isEqualTo("contact-reason-spike");
                // Monday 00:00 in Berlin (CET, UTC+1).
                assertThat(f.occurredAt()).isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
                assertThat(f.interactionId()).isNull();
                assertThat(f.agentId()).isNull();
                assertThat(f.team()).isNull();
                assertThat(f.evidence()).containsExactly(entry("reason", "billing.refund"), entry("week", "2026-W10"),
                        entry("count", "15"), entry("trailingMean", "10.00"), entry("trailingSd", "1.63"),
                        entry("trailingWeeks", "4"));
                assertThat(f.threshold()).isEqualTo(
                        "weekly count > mean + 3.0 × sample sd of the 4 complete weeks before, and ≥ 10");
                assertThat(f.fix()).isEqualTo(
                        "Find the cause of the rise with the team that owns this reason and fix it at the source.");
            });
        }

        @Test
        void needsTheMinimumCountEvenWithoutABaseline() {
            // Trailing all 0: mean 0, sd 0, so the minimum of 10 decides: 9 does not fire, 10 does.
            List<Long> none = List.of(0L, 0L, 0L, 0L);

            assertThat(CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 9, none)).isEmpty();
            assertThat(CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 10, none)).isPresent();
        }

        @Test
        void firesJustAboveAConstantBaseline() {
            // Trailing 5, 5, 5: mean 5, sd 0 → threshold 5: 5 does not fire, 6 does (minimum lowered to 1).
            AuditThresholds t = DEFAULTS.toBuilder().spikeMinContacts(1).spikeTrailingWeeks(3).build();
            List<Long> constant = List.of(5L, 5L, 5L);

            assertThat(CrossContactJudge.reasonSpike(t, BERLIN, W10, REFUND, 5, constant)).isEmpty();
            assertThat(CrossContactJudge.reasonSpike(t, BERLIN, W10, REFUND, 6, constant))
                    .hasValueSatisfying(f -> assertThat(f.evidence()).containsEntry("trailingSd", "0.00")
                            .containsEntry("trailingWeeks", "3"));
        }

        @Test
        void namesTheIsoWeekOfTheWeekBasedYear() {
            // Monday 2025-12-29 starts ISO week 1 of 2026 (2026-01-01 is a Thursday).
            Optional<AuditFinding> finding = CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, LocalDate.of(2025, 12, 29),
                    REFUND, 10, List.of(0L, 0L, 0L, 0L));

            assertThat(finding).hasValueSatisfying(f -> assertThat(f.evidence()).containsEntry("week", "2026-W01"));
        }

        @Test
        void rejectsATrailingListOfTheWrongLength() {
            assertThatThrownBy(() -> CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 10, List.of(1L, 2L)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hold 2 weeks")
                    .hasMessageContaining("spikeTrailingWeeks is 4");
        }

        @Test
        void rejectsADayThatIsNoMonday() {
            assertThatThrownBy(() -> CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10.plusDays(1), REFUND, 10,
                    List.of(0L, 0L, 0L, 0L))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("monday (2026-03-03) is a TUESDAY");
        }

        @Test
        void rejectsNegativeCounts() {
            assertThatThrownBy(() -> CrossContactJudge.reasonSpike(DEFAULTS, BERLIN, W10, REFUND, 10,
                    List.of(0L, -1L, 0L, 0L))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("trailing count (-1)");
        }

        @Test
        void countsAWeekAsCompleteOnlyInsideThePeriod() {
            // Period: Wednesday 2026-03-04 (first contact's day) to Monday 2026-03-30 00:00 Berlin (CEST, UTC+2).
            LocalDate firstDay = LocalDate.of(2026, 3, 4);
            Instant asOf = Instant.parse("2026-03-29T22:00:00Z");

            assertThat(CrossContactJudge.isCompleteWeek(W10, firstDay, asOf, BERLIN)).isFalse();   // starts before
            assertThat(CrossContactJudge.isCompleteWeek(W10.plusWeeks(1), firstDay, asOf, BERLIN)).isTrue();
            assertThat(CrossContactJudge.isCompleteWeek(W10.plusWeeks(3), firstDay, asOf, BERLIN)).isTrue(); // ends at asOf
            assertThat(CrossContactJudge.isCompleteWeek(W10.plusWeeks(3), firstDay, asOf.minusNanos(1), BERLIN))
                    .isFalse();
        }
    }

    @Nested
    class RepeatContacts {

        private static final Duration WEEK = Duration.ofDays(7);
        private static final RepeatCandidate LATER = new RepeatCandidate(InteractionId.of("i-2"), T0.plus(WEEK),
                ContactReason.of("billing.refund"), CaseId.of("k-1"), AgentId.of("a-1"), TeamId.of("billing"));

        @Test
        void reportsARepeatExactlyOneWindowLaterWithTheSingleMachineTexts() {
            Optional<AuditFinding> finding = CrossContactJudge.repeatContact(WEEK, LATER, InteractionId.of("i-1"), T0);

            assertThat(finding).hasValueSatisfying(f -> {
                assertThat(f.code()).isEqualTo(MistakeCode.REPEAT_CONTACT);
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.ruleId()).isEqualTo("repeat-contact");
                assertThat(f.occurredAt()).isEqualTo(T0.plus(WEEK));
                assertThat(f.interactionId()).isEqualTo(InteractionId.of("i-2"));
                assertThat(f.caseId()).isEqualTo(CaseId.of("k-1"));
                assertThat(f.agentId()).isEqualTo(AgentId.of("a-1"));
                assertThat(f.team()).isEqualTo(TeamId.of("billing"));
                assertThat(f.evidence()).containsExactly(entry("reason", "billing.refund"),
                        entry("previousInteraction", "i-1"), entry("previousQueuedAt", "2026-03-02T09:00:00Z"),
                        entry("queuedAt", "2026-03-09T09:00:00Z"), entry("gap", "PT168H"));
                assertThat(f.threshold()).isEqualTo(
                        "same customer and reason again within PT168H (abandoned contacts count on both ends)");
                assertThat(f.fix()).isEqualTo(
                        "Resolve the issue fully on the first contact and confirm it with the customer before closing.");
            });
        }

        @Test
        void ignoresAnEarlierContactOneNanosecondOutsideTheWindow() {
            assertThat(CrossContactJudge.repeatContact(WEEK, LATER, InteractionId.of("i-1"), T0.minusNanos(1)))
                    .isEmpty();
        }

        @Test
        void ignoresContactsAtTheSameInstantOrLater() {
            assertThat(CrossContactJudge.repeatContact(WEEK, LATER, InteractionId.of("i-1"), LATER.queuedAt())).isEmpty();
            assertThat(CrossContactJudge.isRepeat(WEEK, LATER.queuedAt().plusSeconds(1), LATER.queuedAt())).isFalse();
            assertThat(CrossContactJudge.isRepeat(WEEK, LATER.queuedAt().minusSeconds(1), LATER.queuedAt())).isTrue();
        }

        @Test
        void rejectsAWindowThatIsNotPositive() {
            assertThatThrownBy(() -> CrossContactJudge.isRepeat(Duration.ZERO, T0, T0.plusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window (PT0S)");
        }

        @Test
        void takesTheFactsOfAnInteraction() {
            Interaction withReason = interaction(ContactReason.of("billing.refund"));

            assertThat(RepeatCandidate.of(withReason)).isEqualTo(new RepeatCandidate(InteractionId.of("i-7"), T0,
                    ContactReason.of("billing.refund"), null, AgentId.of("a-1"), TeamId.of("billing")));
            assertThatThrownBy(() -> RepeatCandidate.of(interaction(null))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("i-7").hasMessageContaining("no reason");
        }

        private static Interaction interaction(@Nullable ContactReason reason) {
            return Interaction.builder(InteractionId.of("i-7"), CustomerId.of("c-1"), Channel.PHONE)
                    .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing")).reason(reason).queuedAt(T0)
                    .answeredAt(T0.plusSeconds(20)).endedAt(T0.plusSeconds(600)).talk(Duration.ofMinutes(8)).build();
        }
    }
}
