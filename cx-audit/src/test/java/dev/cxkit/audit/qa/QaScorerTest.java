package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import org.junit.jupiter.api.Test;

/** Hand-made contacts with near misses, scored with the default rubric (the audit's default thresholds). */
class QaScorerTest {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant AS_OF = T0.plus(Duration.ofDays(1));
    /** Compiling the audit rules takes a second: one scorer for the class. */
    static final QaScorer SCORER = QaScorer.builder().build();

    private static int seq;

    /** An answered phone contact (answer after 20 s, within the 60 s target) by a T1 agent of team billing. */
    static Interaction.Builder phone() {
        return Interaction.builder(InteractionId.of("q-" + (++seq)), CustomerId.of("c-1"), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing"))
                .queuedAt(T0).answeredAt(T0.plusSeconds(20)).endedAt(T0.plus(Duration.ofMinutes(10)))
                .talk(Duration.ofMinutes(8));
    }

    static HoldSegment hold(long seconds, Boolean explained, Long statedSeconds) {
        Instant start = T0.plusSeconds(80);
        return new HoldSegment(start, start.plusSeconds(seconds), explained,
                statedSeconds == null ? null : Duration.ofSeconds(statedSeconds));
    }

    static QaOutcome outcome(Interaction interaction, String criterion) {
        return SCORER.score(interaction, AS_OF).criterion(criterion).outcome();
    }

    @Test
    void explainedHoldPassesAndUnexplainedHoldFails() {
        assertThat(outcome(phone().addHold(hold(60, true, null)).build(), "hold-explained")).isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().addHold(hold(60, false, null)).build(), "hold-explained"))
                .isInstanceOfSatisfying(QaOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("unexplained-hold at "));
    }

    @Test
    void holdWithoutTheExplainedFlagIsNotApplicableNotPassed() {
        assertThat(outcome(phone().addHold(hold(60, null, null)).build(), "hold-explained"))
                .isEqualTo(new QaOutcome.NotApplicable("not recorded: explained"));
        assertThat(outcome(phone().build(), "hold-explained")).isEqualTo(new QaOutcome.NotApplicable("no hold"));
    }

    @Test
    void statedHoldKeptOneSecondInsideTheLimitAndBrokenOneSecondOver() {
        // Stated 60 s; the audit's limit is over 60 × 1.5 = 90 s and over 60 + 30 s = 90 s.
        assertThat(outcome(phone().addHold(hold(89, true, 60L)).build(), "stated-hold-kept")).isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().addHold(hold(90, true, 60L)).build(), "stated-hold-kept")).isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().addHold(hold(91, true, 60L)).build(), "stated-hold-kept")).isInstanceOf(QaOutcome.Failed.class);
        assertThat(outcome(phone().addHold(hold(91, true, null)).build(), "stated-hold-kept"))
                .isEqualTo(new QaOutcome.NotApplicable("not recorded: stated wait"));
    }

    @Test
    void warmTransferWithSummaryPassesColdOrBareOnesFail() {
        Instant at = T0.plusSeconds(200);
        assertThat(outcome(phone().addTransfer(new Transfer(at, null, Tier.T2, true, "Reset tried")).build(),
                "warm-transfer")).isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().addTransfer(new Transfer(at, null, Tier.T2, false, "Reset tried")).build(),
                "warm-transfer")).isInstanceOfSatisfying(QaOutcome.Failed.class,
                        f -> assertThat(f.reason()).startsWith("cold-transfer"));
        assertThat(outcome(phone().addTransfer(new Transfer(at, null, Tier.T2, true, " ")).build(), "warm-transfer"))
                .isInstanceOfSatisfying(QaOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("missing-handoff-summary"));
        assertThat(outcome(phone().addTransfer(new Transfer(at, null, Tier.T2, null, "Reset tried")).build(), "warm-transfer"))
                .isEqualTo(new QaOutcome.NotApplicable("not recorded: warm"));
    }

    @Test
    void emotionAcknowledgedOrNot() {
        Instant at = T0.plusSeconds(100);
        assertThat(outcome(phone().addEmotionalCue(new EmotionalCue(at, "frustrated", true)).build(), "emotion-acknowledged"))
                .isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().addEmotionalCue(new EmotionalCue(at, "frustrated", false)).build(), "emotion-acknowledged"))
                .isInstanceOf(QaOutcome.Failed.class);
        assertThat(outcome(phone().build(), "emotion-acknowledged")).isEqualTo(new QaOutcome.NotApplicable("no emotional cue"));
    }

    @Test
    void anOpenPromiseIsNotJudgedABrokenOneFails() {
        Instant made = T0.plusSeconds(300);
        Promise promise = new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, made, made.plus(Duration.ofDays(1)),
                Duration.ofHours(1), null, null);
        Interaction interaction = phone().addPromise(promise).build();
        assertThat(SCORER.score(interaction, AS_OF).criterion("promise-kept").outcome())
                .isEqualTo(new QaOutcome.NotApplicable("promise still open"));
        assertThat(SCORER.score(interaction, T0.plus(Duration.ofDays(3))).criterion("promise-kept").outcome())
                .isInstanceOf(QaOutcome.Failed.class);
    }

    @Test
    void firstReplyJudgedAgainstTheChannelTarget() {
        // Phone target 60 s: answered after 60 s is in target, after 61 s it is not.
        assertThat(outcome(phone().answeredAt(T0.plusSeconds(60)).build(), "first-reply")).isInstanceOf(QaOutcome.Passed.class);
        assertThat(outcome(phone().answeredAt(T0.plusSeconds(61)).build(), "first-reply")).isInstanceOf(QaOutcome.Failed.class);
    }

    @Test
    void aRubricParameterMovesTheFirstReplyTarget() {
        QaScorer strict = QaScorer.builder().policy(null)
                .rubric(QaRubric.parse("first-reply, 10, -, first-reply-in-target, phone=30s\n", "strict.csv")).build();
        Interaction answeredAfter40s = phone().answeredAt(T0.plusSeconds(40)).build();
        assertThat(strict.score(answeredAfter40s, AS_OF).score()).isEqualTo(new QaScore.Scored(0, 10));
        assertThat(SCORER.score(answeredAfter40s, AS_OF).criterion("first-reply").outcome()).isInstanceOf(QaOutcome.Passed.class);
    }

    @Test
    void scoreIsEarnedOverApplicablePoints() {
        // Applicable: hold-explained (10, failed), first-reply (10, passed), resolved (15, passed).
        Interaction interaction = phone().addHold(hold(60, false, null)).resolved(true).build();
        QaResult result = SCORER.score(interaction, AS_OF);
        assertThat(result.score()).isEqualTo(new QaScore.Scored(25, 35));
        assertThat(result.score().value().getAsDouble()).isCloseTo(71.428_571, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(result.criteria().stream().filter(QaCriterionResult::isApplicable).count()).isEqualTo(3);
    }

    @Test
    void overAuthorityGrantAutoFailsTheWholeContact() {
        // Default authority: a T1 agent may refund up to 50 EUR alone.
        Interaction over = phone().resolved(true).addGrant(new Grant(Action.REFUND, Money.of("60.00", "EUR"))).build();
        Interaction within = phone().resolved(true).addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).build();
        QaScore overScore = SCORER.score(over, AS_OF).score();
        assertThat(overScore).isInstanceOfSatisfying(QaScore.AutoFailed.class, a -> {
            assertThat(a.criteria()).containsExactly("within-authority");
            assertThat(a.reason()).startsWith("within-authority: over-authority at ");
        });
        assertThat(overScore.value()).hasValue(0);
        assertThat(SCORER.score(within, AS_OF).score()).isEqualTo(new QaScore.Scored(35, 35));
    }

    @Test
    void anAbandonedContactHasNoScore() {
        Interaction abandoned = Interaction.builder(InteractionId.of("q-abandoned"), CustomerId.of("c-2"), Channel.PHONE)
                .queuedAt(T0).endedAt(T0.plusSeconds(90)).build();
        QaResult result = SCORER.score(abandoned, AS_OF);
        assertThat(result.score()).isEqualTo(new QaScore.Unscored());
        assertThat(result.score().value()).isEmpty();
        assertThat(result.criteria()).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(new QaOutcome.NotApplicable("not answered")));
    }

    @Test
    void aBotSessionWithoutAnAgentHasNoScoreButAPersonAfterAHandOverHasOne() {
        Interaction bot = Interaction.builder(InteractionId.of("q-bot"), CustomerId.of("c-3"), Channel.SELF_SERVICE)
                .queuedAt(T0).answeredAt(T0).endedAt(T0.plusSeconds(120)).resolved(false)
                .selfService(dev.cxkit.core.SelfServiceSession.of(dev.cxkit.core.SelfServiceSession.Outcome.ABANDONED))
                .build();
        Interaction person = phone().resolved(true).build();

        QaResult botResult = SCORER.score(bot, AS_OF);

        assertThat(botResult.score()).isEqualTo(new QaScore.Unscored());
        assertThat(botResult.criteria()).allSatisfy(c -> assertThat(c.outcome())
                .isEqualTo(new QaOutcome.NotApplicable("handled by self-service, no agent")));
        assertThat(SCORER.score(person, AS_OF).score()).isInstanceOf(QaScore.Scored.class);
    }
}
