package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant ANSWERED = QUEUED.plusSeconds(30);
    private static final Instant ENDED = QUEUED.plusSeconds(630);

    /** A phone contact queued 09:00:00, answered 09:00:30 and ended 09:10:30 (UTC). */
    private static Interaction.Builder answered() {
        return Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("team-1"))
                .queuedAt(QUEUED)
                .answeredAt(ANSWERED)
                .endedAt(ENDED)
                .talk(Duration.ofMinutes(8))
                .afterContactWork(Duration.ofMinutes(2));
    }

    private static Instant at(long secondsAfterQueued) {
        return QUEUED.plusSeconds(secondsAfterQueued);
    }

    // --- validation -------------------------------------------------------------------------

    @Test
    void rejectsEndBeforeQueued() {
        assertThatThrownBy(() -> answered().answeredAt(null).endedAt(QUEUED.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endedAt (2026-03-02T08:59:59Z)")
                .hasMessageContaining("interaction (i-1)")
                .hasMessageContaining("queuedAt (2026-03-02T09:00:00Z)");
    }

    @Test
    void rejectsAnsweredBeforeQueued() {
        assertThatThrownBy(() -> answered().answeredAt(QUEUED.minusSeconds(5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answeredAt (2026-03-02T08:59:55Z)")
                .hasMessageContaining("before its queuedAt");
    }

    @Test
    void rejectsAnsweredAfterEnd() {
        assertThatThrownBy(() -> answered().answeredAt(ENDED.plusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endedAt (2026-03-02T09:10:30Z)")
                .hasMessageContaining("before its answeredAt (2026-03-02T09:10:31Z)");
    }

    @Test
    void rejectsNegativeTalk() {
        assertThatThrownBy(() -> answered().talk(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("talk (PT-1S)")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsNegativeAfterContactWork() {
        assertThatThrownBy(() -> answered().afterContactWork(Duration.ofMinutes(-2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("afterContactWork (PT-2M)")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsNegativeHold() {
        assertThatThrownBy(() -> answered().hold(Duration.ofSeconds(-3)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hold (PT-3S)")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsSentimentOutsideMinusOneToOne() {
        assertThatThrownBy(() -> answered().sentiment(1.5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentiment (1.5)");
        assertThatThrownBy(() -> answered().sentiment(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentiment (NaN)");
    }

    @Test
    void rejectsHoldSegmentEndingBeforeItStarts() {
        assertThatThrownBy(() -> new HoldSegment(at(100), at(90), true, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end (2026-03-02T09:01:30Z)")
                .hasMessageContaining("before its start (2026-03-02T09:01:40Z)");
    }

    @Test
    void rejectsNegativeStatedWait() {
        assertThatThrownBy(() -> new HoldSegment(at(60), at(90), true, Duration.ofSeconds(-30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statedWait (PT-30S)")
                .hasMessageContaining("negative");
    }

    @Test
    void rejectsHoldBeforeAnswer() {
        // The caller is connected from answeredAt (09:00:30); a hold from 09:00:10 is outside the contact.
        assertThatThrownBy(() -> answered().addHold(new HoldSegment(at(10), at(60), true, null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hold from 2026-03-02T09:00:10Z to 2026-03-02T09:01:00Z")
                .hasMessageContaining("outside the contact");
    }

    @Test
    void rejectsHoldAfterEnd() {
        assertThatThrownBy(() -> answered().addHold(new HoldSegment(at(600), at(631), true, null)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to 2026-03-02T09:10:31Z")
                .hasMessageContaining("outside the contact");
    }

    @Test
    void rejectsOverlappingHolds() {
        assertThatThrownBy(() -> answered()
                        .addHold(new HoldSegment(at(200), at(260), true, null))
                        .addHold(new HoldSegment(at(100), at(201), true, null))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds of interaction (i-1) overlap")
                .hasMessageContaining("2026-03-02T09:03:21Z")
                .hasMessageContaining("2026-03-02T09:03:20Z");
    }

    @Test
    void acceptsHoldsThatTouch() {
        Interaction interaction = answered()
                .addHold(new HoldSegment(at(100), at(200), true, null))
                .addHold(new HoldSegment(at(200), at(260), true, null))
                .build();

        // 100 s + 60 s
        assertThat(interaction.hold()).isEqualTo(Duration.ofSeconds(160));
    }

    @Test
    void rejectsHoldTotalDifferentFromSegments() {
        assertThatThrownBy(() -> answered()
                        .hold(Duration.ofSeconds(90))
                        .addHold(new HoldSegment(at(100), at(160), true, null))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hold (PT1M30S)")
                .hasMessageContaining("sum of its hold segments (PT1M)");
    }

    @Test
    void rejectsTransferAfterEnd() {
        assertThatThrownBy(() -> answered().addTransfer(new Transfer(at(631), null, Tier.T2, true, "summary")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transfer at (2026-03-02T09:10:31Z)")
                .hasMessageContaining("outside the contact");
    }

    @Test
    void rejectsEmotionalCueOutsideContact() {
        assertThatThrownBy(() -> answered().addEmotionalCue(new EmotionalCue(at(-1), "frustrated", false)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emotional cue at (2026-03-02T08:59:59Z)")
                .hasMessageContaining("outside the contact");
    }

    @Test
    void rejectsAbandonedContactWithHolds() {
        assertThatThrownBy(() -> answered()
                        .answeredAt(null)
                        .addHold(new HoldSegment(at(100), at(160), true, null))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interaction (i-1) was abandoned")
                .hasMessageContaining("1 hold segment(s)")
                .hasMessageContaining("Maybe answeredAt is missing?");
    }

    @Test
    void rejectsPromiseMadeOutsideContact() {
        Promise promise = new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, at(700), at(800), Duration.ZERO,
                null, null);

        assertThatThrownBy(() -> answered().addPromise(promise).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("madeAt of promise (p-1) (2026-03-02T09:11:40Z)")
                .hasMessageContaining("outside the contact");
    }

    @Test
    void rejectsDuplicatePromiseIds() {
        Promise first = new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, at(100), at(3600), Duration.ZERO,
                null, null);
        Promise second = new Promise(PromiseId.of("p-1"), PromiseKind.REFUND, at(200), at(7200), Duration.ZERO,
                null, null);

        assertThatThrownBy(() -> answered().addPromise(first).addPromise(second).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two promises with id (p-1)");
    }

    @Test
    void rejectsFeedbackReceivedBeforeQueued() {
        Feedback feedback = Feedback.builder(QUEUED.minusSeconds(60)).nps(9).build();

        assertThatThrownBy(() -> answered().feedback(feedback).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feedback receivedAt (2026-03-02T08:59:00Z)");
    }

    // --- behaviour --------------------------------------------------------------------------

    @Test
    void measuresQueueWaitUntilAnswer() {
        assertThat(answered().build().queueWait()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void measuresQueueWaitUntilAbandonment() {
        Interaction abandoned = answered().answeredAt(null).endedAt(at(95)).talk(Duration.ZERO)
                .afterContactWork(Duration.ZERO).build();

        assertThat(abandoned.isAbandoned()).isTrue();
        assertThat(abandoned.queueWait()).isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void answeredContactIsNotAbandoned() {
        assertThat(answered().build().isAbandoned()).isFalse();
    }

    @Test
    void handleTimeIsTalkPlusHoldPlusAfterContactWork() {
        Interaction interaction = answered().addHold(new HoldSegment(at(100), at(145), true, null)).build();

        // 8 min talk + 45 s hold + 2 min ACW = 645 s
        assertThat(interaction.handleTime()).isEqualTo(Duration.ofSeconds(645));
    }

    @Test
    void holdDefaultsToSumOfSegments() {
        Interaction interaction = answered()
                .addHold(new HoldSegment(at(300), at(330), true, null))
                .addHold(new HoldSegment(at(100), at(145), false, Duration.ofSeconds(60)))
                .build();

        // 45 s + 30 s; segments come back sorted by start
        assertThat(interaction.hold()).isEqualTo(Duration.ofSeconds(75));
        assertThat(interaction.holds()).extracting(HoldSegment::start).containsExactly(at(100), at(300));
    }

    @Test
    void transferToHigherTierIsAnEscalation() {
        Interaction interaction = answered()
                .reason(ContactReason.of("billing"))
                .addTransfer(new Transfer(at(200), AgentId.of("a-2"), Tier.T2, true, "Customer double-billed"))
                .build();

        assertThat(interaction.isEscalated()).isTrue();
        assertThat(interaction.escalations()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo(Tier.T1);
            assertThat(e.to()).isEqualTo(Tier.T2);
            assertThat(e.at()).isEqualTo(at(200));
            assertThat(e.warm()).isTrue();
            assertThat(e.reason()).isEqualTo(ContactReason.of("billing"));
            assertThat(e.hasHandoffSummary()).isTrue();
        });
    }

    @Test
    void lateralTransferIsNoEscalation() {
        Interaction interaction = answered()
                .addTransfer(new Transfer(at(200), AgentId.of("a-2"), Tier.T1, false, null))
                .addTransfer(new Transfer(at(250), AgentId.of("a-3"), null, false, null))
                .build();

        assertThat(interaction.escalations()).isEmpty();
        assertThat(interaction.isEscalated()).isFalse();
    }

    @Test
    void chainedTransfersCountEachStepUp() {
        // T1 → T2 (up), T2 → T1 (down), T1 → T3 (up), T3 → T3 (lateral)
        Interaction interaction = answered()
                .addTransfer(new Transfer(at(100), null, Tier.T2, true, "s1"))
                .addTransfer(new Transfer(at(200), null, Tier.T1, true, null))
                .addTransfer(new Transfer(at(300), null, Tier.T3, false, null))
                .addTransfer(new Transfer(at(400), null, Tier.T3, true, null))
                .build();

        assertThat(interaction.escalations())
                .extracting(Escalation::from, Escalation::to, Escalation::at)
                .containsExactly(
                        tuple(Tier.T1, Tier.T2, at(100)),
                        tuple(Tier.T1, Tier.T3, at(300)));
    }

    @Test
    void transfersWithoutKnownStartingTierAreNoEscalations() {
        Interaction interaction = answered()
                .agent(AgentId.of("a-1"), null, null)
                .addTransfer(new Transfer(at(100), null, Tier.T3, true, "s"))
                .build();

        assertThat(interaction.escalations()).isEmpty();
    }

    @Test
    void escalationMustGoUp() {
        assertThatThrownBy(() -> new Escalation(Tier.T2, Tier.T2, null, List.of(), null, true, QUEUED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from T2 to T2")
                .hasMessageContaining("lateral transfer");
        assertThatThrownBy(() -> new Escalation(Tier.T3, Tier.T1, null, List.of(), null, true, QUEUED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from T3 to T1");
    }

    @Test
    void toBuilderRoundTripsAFullInteraction() {
        Interaction original = answered()
                .customerSegment(Segment.VIP)
                .reason(ContactReason.of("refund"))
                .caseId(CaseId.of("case-1"))
                .firstReplyAt(at(31))
                .resolved(true)
                .sentiment(-0.25)
                .addHold(new HoldSegment(at(100), at(160), true, Duration.ofMinutes(1)))
                .addHold(new HoldSegment(at(300), at(320), false, null))
                .addTransfer(new Transfer(at(400), AgentId.of("a-2"), Tier.T2, true, "summary"))
                .addEmotionalCue(new EmotionalCue(at(50), "angry", true))
                .customerRepeatedInformation(true)
                .addPromise(new Promise(PromiseId.of("p-1"), PromiseKind.REFUND, at(500), at(86_400),
                        Duration.ofHours(1), null, InteractionId.of("i-1")))
                .addGrant(new Grant(Action.REFUND, Money.of("25.00", "EUR")))
                .addGrant(new Grant(Action.DISCOUNT, new Percent(BigDecimal.TEN)))
                .feedback(Feedback.builder(at(3600)).csat(CsatScore.of(4, 5)).nps(8).resolved(true).addTheme("speed")
                        .build())
                .build();

        assertThat(original.toBuilder().build()).isEqualTo(original);
        assertThat(answered().build().toBuilder().build()).isEqualTo(answered().build());
    }

    @Test
    void toBuilderRecomputesHoldWhenSegmentsChange() {
        Interaction original = answered().addHold(new HoldSegment(at(100), at(160), true, null)).build();

        Interaction changed = original.toBuilder().addHold(new HoldSegment(at(200), at(230), true, null)).build();

        // 60 s + 30 s
        assertThat(changed.hold()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void copiesListsDefensively() {
        Interaction interaction = answered().addTransfer(new Transfer(at(100), null, Tier.T2, true, "s")).build();

        assertThatThrownBy(() -> interaction.transfers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
