package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.SelfServiceSession.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SelfServiceSessionTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T09:00:00Z");

    private static Interaction.Builder contact(Channel channel) {
        return Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), channel)
                .queuedAt(QUEUED).endedAt(QUEUED.plusSeconds(240));
    }

    @Test
    void aFailedSessionWithoutAnOfferOfAPersonIsADeadEnd() {
        assertThat(new SelfServiceSession(Outcome.ABANDONED, 7, false, null).isDeadEnd()).isTrue();
        assertThat(new SelfServiceSession(Outcome.LOOPED, 12, false, null).isDeadEnd()).isTrue();
    }

    @Test
    void anOfferOfAPersonOrAHandOverOrAnUnrecordedOfferIsNoDeadEnd() {
        assertThat(new SelfServiceSession(Outcome.ABANDONED, 7, true, null).isDeadEnd()).isFalse();
        assertThat(new SelfServiceSession(Outcome.HANDED_OVER, 4, false, true).isDeadEnd()).isFalse();
        assertThat(new SelfServiceSession(Outcome.LOOPED, 9, null, null).isDeadEnd()).isFalse();
        assertThat(SelfServiceSession.of(Outcome.RESOLVED).isDeadEnd()).isFalse();
    }

    @Test
    void refusesNegativeSteps() {
        assertThatThrownBy(() -> new SelfServiceSession(Outcome.LOOPED, -1, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The steps (-1) of a self-service session are negative.");
    }

    @Test
    void refusesATranscriptFlagOutsideAHandOver() {
        assertThatThrownBy(() -> new SelfServiceSession(Outcome.RESOLVED, 3, null, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("its outcome is RESOLVED, not HANDED_OVER");
    }

    @Test
    void ridesOnSelfServiceChatAndMessagingContacts() {
        SelfServiceSession session = new SelfServiceSession(Outcome.HANDED_OVER, 5, true, true);
        for (Channel channel : new Channel[] {Channel.SELF_SERVICE, Channel.CHAT, Channel.MESSAGING}) {
            Interaction interaction = contact(channel).selfService(session).build();
            assertThat(interaction.selfService()).isEqualTo(session);
            assertThat(interaction.toBuilder().build()).isEqualTo(interaction);
        }
    }

    @Test
    void refusesASessionOnPhoneEmailAndSocialContacts() {
        for (Channel channel : new Channel[] {Channel.PHONE, Channel.EMAIL, Channel.SOCIAL}) {
            assertThatThrownBy(() -> contact(channel).selfService(SelfServiceSession.of(Outcome.RESOLVED)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("The interaction (i-1) on channel " + channel + " has a self-service session");
        }
    }

    @Test
    void parsesOutcomesCaseInsensitively() {
        assertThat(Outcome.parse("looped")).isEqualTo(Outcome.LOOPED);
        assertThatThrownBy(() -> Outcome.parse("GAVE_UP")).hasMessageContaining("Allowed: RESOLVED, HANDED_OVER");
    }
}
