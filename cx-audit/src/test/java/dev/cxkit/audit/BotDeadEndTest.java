package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.AUDITOR;
import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.contact;
import static dev.cxkit.audit.Timelines.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.SelfServiceSession.Outcome;
import org.junit.jupiter.api.Test;

/** BOT_DEAD_END in an audit run: failed sessions without an offer of a person, with their next contact as evidence. */
class BotDeadEndTest {

    private static final Instant AS_OF = T0.plus(Duration.ofDays(20));

    /** A bot session of customer c-1 about billing.refund: answered by the bot, 6 minutes, no agent. */
    private static Interaction session(Instant at, SelfServiceSession bot) {
        return contact("c-1", Channel.SELF_SERVICE, at, "billing.refund")
                .agent(null, null, null)
                .answeredAt(at)
                .endedAt(at.plus(Duration.ofMinutes(6)))
                .talk(null)
                .selfService(bot)
                .build();
    }

    @Test
    void abandonedSessionWithoutAnOfferFollowedByACallNamesTheCall() {
        Interaction bot = session(T0, new SelfServiceSession(Outcome.ABANDONED, 7, false, null));
        Interaction call = contact("c-1", Channel.PHONE, T0.plus(Duration.ofHours(2)), "billing.refund").build();

        Timelines.Result result = run(AUDITOR, AS_OF, List.of(bot, call));

        assertThat(result.of(MistakeCode.BOT_DEAD_END)).singleElement().satisfies(f -> {
            assertThat(f.interactionId()).isEqualTo(bot.id());
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.occurredAt()).isEqualTo(bot.endedAt());
            assertThat(f.evidence()).containsEntry("outcome", "ABANDONED").containsEntry("steps", "7")
                    .containsEntry("duration", "PT6M").containsEntry("nextContact", call.id().value())
                    .containsEntry("nextChannel", "PHONE");
        });
    }

    @Test
    void loopedSessionWithNothingAfterItSaysNoneAndIsHigh() {
        Interaction bot = session(T0, new SelfServiceSession(Outcome.LOOPED, 23, false, null));
        // Another customer's call is no next contact of c-1.
        Interaction other = contact("c-2", Channel.PHONE, T0.plus(Duration.ofHours(1)), "billing.refund").build();

        Timelines.Result result = run(AUDITOR, AS_OF, List.of(bot, other));

        assertThat(result.of(MistakeCode.BOT_DEAD_END)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).containsEntry("steps", "23").containsEntry("nextContact", "none")
                    .doesNotContainKey("nextChannel");
        });
    }

    @Test
    void aContactOneSecondAfterTheWindowIsNotTheNextContact() {
        Interaction bot = session(T0, new SelfServiceSession(Outcome.ABANDONED, null, false, null));
        Interaction late = contact("c-1", Channel.CHAT, T0.plus(Duration.ofDays(7)).plusSeconds(1), "billing.refund")
                .build();

        Timelines.Result result = run(AUDITOR, AS_OF, List.of(bot, late));

        assertThat(result.of(MistakeCode.BOT_DEAD_END)).singleElement().satisfies(f ->
                assertThat(f.evidence()).containsEntry("nextContact", "none").containsEntry("steps", "not recorded"));
    }

    @Test
    void nearMissesDoNotFire() {
        List<Interaction> input = List.of(
                // Handed over with the conversation so far.
                session(T0, new SelfServiceSession(Outcome.HANDED_OVER, 4, true, true)),
                // Handed over without it: not this code (the customer reached a person).
                session(T0.plusSeconds(60), new SelfServiceSession(Outcome.HANDED_OVER, 4, true, false)),
                // Failed, but a person was offered.
                session(T0.plusSeconds(120), new SelfServiceSession(Outcome.ABANDONED, 9, true, null)),
                session(T0.plusSeconds(180), new SelfServiceSession(Outcome.LOOPED, 15, true, null)),
                // Resolved without an offer.
                session(T0.plusSeconds(240), new SelfServiceSession(Outcome.RESOLVED, 3, false, null)));

        Timelines.Result result = run(AUDITOR, AS_OF, input);

        assertThat(result.of(MistakeCode.BOT_DEAD_END)).isEmpty();
        assertThat(result.summary().notJudged()).containsEntry(MistakeCode.BOT_DEAD_END, 0L);
    }

    @Test
    void aFailedSessionWhoseOfferIsNotRecordedIsCountedAsNotJudged() {
        Interaction bot = session(T0, new SelfServiceSession(Outcome.LOOPED, 12, null, null));

        Timelines.Result result = run(AUDITOR, AS_OF, List.of(bot));

        assertThat(result.of(MistakeCode.BOT_DEAD_END)).isEmpty();
        assertThat(result.summary().notJudged()).containsEntry(MistakeCode.BOT_DEAD_END, 1L);
    }

    @Test
    void judgeRefusesANextContactOfAnotherCustomer() {
        Interaction bot = session(T0, new SelfServiceSession(Outcome.ABANDONED, 7, false, null));
        Interaction other = contact("c-2", Channel.PHONE, T0.plus(Duration.ofHours(1)), "billing.refund").build();

        assertThatThrownBy(() -> CrossContactJudge.botDeadEnd(Duration.ofDays(7), bot, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not follow the session");
    }
}
