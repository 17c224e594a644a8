package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue 19 §2: the domain tells a fact that is not recorded from a zero. */
class InteractionNotRecordedTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T09:00:00Z");

    private static Interaction.Builder answered() {
        return Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(QUEUED).answeredAt(QUEUED.plusSeconds(20)).endedAt(QUEUED.plusSeconds(320));
    }

    @Test
    void everythingIsRecordedUnlessSaidOtherwise() {
        Interaction interaction = answered().talk(Duration.ofSeconds(200)).build();

        assertThat(interaction.notRecorded()).isEmpty();
        assertThat(interaction.hold()).isZero();
        assertThat(interaction.handleTime()).isEqualTo(Duration.ofSeconds(200));
        assertThat(interaction.isRecorded(InteractionFact.TRANSFERS)).isTrue();
    }

    @Test
    void aNullDurationIsNotRecordedAndSoIsTheHandleTime() {
        Interaction interaction = answered().talk(Duration.ofSeconds(200)).hold(null).afterContactWork(null).build();

        assertThat(interaction.notRecorded()).containsExactlyInAnyOrder(InteractionFact.HOLD,
                InteractionFact.AFTER_CONTACT_WORK);
        assertThat(interaction.talk()).isEqualTo(Duration.ofSeconds(200));
        assertThat(interaction.handleTime()).isNull();
        assertThat(interaction.toBuilder().build()).isEqualTo(interaction);
        assertThat(interaction.toBuilder().hold(Duration.ZERO).afterContactWork(Duration.ZERO).build().notRecorded())
                .isEmpty();
    }

    @Test
    void anAbandonWithUnknownWaitHasNoQueueWaitAndEndsWhereItArrived() {
        Interaction interaction = Interaction.builder(InteractionId.of("i-2"), CustomerId.of("c-2"), Channel.PHONE)
                .queuedAt(QUEUED).notRecorded(InteractionFact.ABANDON_WAIT).build();

        assertThat(interaction.isAbandoned()).isTrue();
        assertThat(interaction.endedAt()).isEqualTo(QUEUED);
        assertThat(interaction.queueWait()).isNull();
        assertThatThrownBy(() -> interaction.toBuilder().endedAt(QUEUED.plusSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is given, but its abandon wait is marked not recorded");
        assertThatThrownBy(() -> answered().notRecorded(InteractionFact.ABANDON_WAIT).build())
                .hasMessageContaining("so its wait is known");
    }

    @Test
    void transfersThatAreNotRecordedShowNoEscalationAndCannotBeListed() {
        Interaction interaction = answered().agent(AgentId.of("a-1"), Tier.T1, null)
                .notRecorded(InteractionFact.TRANSFERS).build();

        assertThat(interaction.transfers()).isEmpty();
        assertThat(interaction.isRecorded(InteractionFact.TRANSFERS)).isFalse();
        assertThatThrownBy(() -> interaction.toBuilder()
                .addTransfer(new Transfer(QUEUED.plusSeconds(60), null, Tier.T2, true, null)).build())
                .hasMessageContaining("1 transfer(s) but its transfers are marked not recorded");
    }

    @Test
    void aDurationCannotBeBothGivenAndNotRecorded() {
        Interaction base = answered().build();

        assertThatThrownBy(() -> new Interaction(base.id(), base.customerId(), null, null, null, null, base.channel(),
                null, null, base.queuedAt(), base.answeredAt(), base.endedAt(), null, Duration.ofSeconds(5),
                Duration.ZERO, Duration.ZERO, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                false, java.util.List.of(), java.util.List.of(), null, java.util.Set.of(InteractionFact.TALK), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The talk (PT5S) of interaction (i-1) is given but marked not recorded.");
    }
}
