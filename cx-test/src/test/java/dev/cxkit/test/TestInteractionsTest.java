package dev.cxkit.test;

import static dev.cxkit.test.CxAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.kpi.AverageSpeedOfAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TestInteractionsTest {

    private static final Instant EPOCH = TestInteractions.EPOCH;

    @Test
    void answeredCallLaysOutWaitAndTalkFromTheEpoch() {
        Interaction call = TestInteractions.answeredCall(Duration.ofSeconds(40), Duration.ofMinutes(6));

        assertThat(call.channel()).isEqualTo(Channel.PHONE);
        assertThat(call.queuedAt()).isEqualTo(EPOCH);
        assertThat(call.answeredAt()).isEqualTo(EPOCH.plusSeconds(40));
        assertThat(call.endedAt()).isEqualTo(EPOCH.plusSeconds(40 + 360));
        assertThat(call.queueWait()).isEqualTo(Duration.ofSeconds(40));
        assertThat(call.handleTime()).isEqualTo(Duration.ofMinutes(6));
        assertThat(call.isAbandoned()).isFalse();
    }

    @Test
    void abandonedCallEndsAfterItsWait() {
        Interaction call = TestInteractions.abandonedCall(Duration.ofSeconds(90));

        assertThat(call.isAbandoned()).isTrue();
        assertThat(call.endedAt()).isEqualTo(EPOCH.plusSeconds(90));
        assertThat(call.talk()).isZero();
    }

    @Test
    void holdsLieBackToBackAfterHalfTheTalk() {
        Interaction call = TestInteractions.phoneCall()
                .answeredAfter(Duration.ofSeconds(40))
                .talk(Duration.ofMinutes(6))
                .holdOf(Duration.ofMinutes(2), Duration.ofSeconds(30))
                .holdOf(Duration.ofMinutes(1))
                .afterContactWork(Duration.ofSeconds(45))
                .build();

        // Answered at +40 s; first hold starts after 3 of the 6 talk minutes, at +220 s.
        Instant firstHold = EPOCH.plusSeconds(220);
        assertThat(call.holds()).containsExactly(
                new HoldSegment(firstHold, firstHold.plusSeconds(120), true, Duration.ofSeconds(30)),
                new HoldSegment(firstHold.plusSeconds(120), firstHold.plusSeconds(180), true, null));
        assertThat(call.hold()).isEqualTo(Duration.ofMinutes(3));
        // 40 s wait + 6 min talk + 3 min hold.
        assertThat(call.endedAt()).isEqualTo(EPOCH.plusSeconds(40 + 360 + 180));
        // 6 min talk + 3 min hold + 45 s wrap-up.
        assertThat(call.handleTime()).isEqualTo(Duration.ofSeconds(360 + 180 + 45));
    }

    @Test
    void chatIsAnsweredAtItsFirstReply() {
        Interaction chat = TestInteractions.chat(Duration.ofSeconds(20));

        assertThat(chat.channel()).isEqualTo(Channel.CHAT);
        assertThat(chat.firstReplyAt()).isEqualTo(EPOCH.plusSeconds(20));
        assertThat(chat.answeredAt()).isEqualTo(EPOCH.plusSeconds(20));
        assertThat(chat.endedAt()).isEqualTo(EPOCH.plusSeconds(20 + 300));
    }

    @Test
    void ratedCallCarriesItsCsatReceivedAtTheEnd() {
        Interaction rated = TestInteractions.withCsat(4, CsatScale.ONE_TO_FIVE);

        assertThat(rated.feedback()).isNotNull();
        assertThat(rated.feedback().csat().isTopBox()).isTrue();
        assertThat(rated.feedback().receivedAt()).isEqualTo(rated.endedAt());
        assertThatIllegalArgumentException().isThrownBy(() -> TestInteractions.withCsat(6, CsatScale.ONE_TO_FIVE));
    }

    @Test
    void idsAreUniqueUnlessSet() {
        Interaction a = TestInteractions.answeredCall(Duration.ZERO, Duration.ofMinutes(1));
        Interaction b = TestInteractions.answeredCall(Duration.ZERO, Duration.ofMinutes(1));
        Interaction c = TestInteractions.email().id("i-1").customer("c-1").segment(Segment.VIP)
                .agent("a-1", Tier.T2, "billing").reason("billing.refund").resolved(true)
                .firstReplyAfter(Duration.ofHours(2)).build();

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.customerId()).isNotEqualTo(b.customerId());
        assertThat(c.id().value()).isEqualTo("i-1");
        assertThat(c.customerId().value()).isEqualTo("c-1");
        assertThat(c.customerSegment()).isEqualTo(Segment.VIP);
        assertThat(c.agentTier()).isEqualTo(Tier.T2);
        assertThat(c.resolved()).isTrue();
    }

    @Test
    void rejectsTalkOnAnAbandonedContactWithAHint() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestInteractions.phoneCall().talk(Duration.ofMinutes(1)).build())
                .withMessageContaining("is abandoned").withMessageContaining("Maybe call answeredAfter(wait)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TestInteractions.phoneCall().answeredAfter(Duration.ofSeconds(-1)))
                .withMessageContaining("The wait (PT-1S) is negative.");
    }

    @Test
    void fixturesFeedKpisDirectly() {
        AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.create();
        List<Interaction> day = List.of(
                TestInteractions.answeredCall(Duration.ofSeconds(20), Duration.ofMinutes(4)),
                TestInteractions.answeredCall(Duration.ofSeconds(40), Duration.ofMinutes(4)),
                TestInteractions.abandonedCall(Duration.ofSeconds(90)));
        Stream.of(day.toArray(Interaction[]::new)).forEach(asa);

        // (20 + 40) / 2 answered = 30 s; the abandoned call is excluded.
        assertThat(asa.result()).hasId(AverageSpeedOfAnswer.ID).hasCount(2).hasValueCloseTo(30.0, within(1e-9));
    }
}
