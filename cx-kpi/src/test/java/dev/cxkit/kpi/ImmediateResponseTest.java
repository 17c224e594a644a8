package dev.cxkit.kpi;

import static dev.cxkit.kpi.CoverageFixture.berlin;
import static dev.cxkit.kpi.CoverageFixture.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class ImmediateResponseTest {

    private static Interaction repliedAfter(Channel channel, long seconds) {
        String arrival = "2026-03-02T10:00:00";
        return contact(channel, arrival).firstReplyAt(berlin(arrival).plusSeconds(seconds))
                .answeredAt(berlin(arrival).plusSeconds(seconds)).endedAt(berlin(arrival).plusSeconds(seconds + 60))
                .build();
    }

    @Test
    void aReplyAtTenMinutesIsImmediateAndOneASecondLaterIsNot() {
        ImmediateResponse immediate = ImmediateResponse.create();
        immediate.accept(repliedAfter(Channel.EMAIL, 600));
        immediate.accept(repliedAfter(Channel.EMAIL, 601));

        assertThat(immediate.result().value()).hasValue(0.5);
        assertThat(immediate.result().variant()).isEqualTo("within/PT10M");
        assertThat(immediate.result().count()).isEqualTo(2);
    }

    @Test
    void aWrittenContactWithoutReplyIsNotRecordedRatherThanAMiss() {
        ImmediateResponse immediate = ImmediateResponse.create();
        immediate.accept(repliedAfter(Channel.SOCIAL, 0));
        immediate.accept(contact(Channel.MESSAGING, "2026-03-02T10:00:00").firstReplyAt(null).build());

        assertThat(immediate.result().value()).hasValue(1.0);
        assertThat(immediate.withoutReplyCount()).isEqualTo(1);
    }

    @Test
    void chatPhoneAndSelfServiceAreLeftToTheirOwnTargets() {
        ImmediateResponse immediate = ImmediateResponse.create(Duration.ofMinutes(5));
        immediate.accept(repliedAfter(Channel.CHAT, 10));
        immediate.accept(contact(Channel.PHONE, "2026-03-02T10:00:00").build());
        immediate.accept(repliedAfter(Channel.SELF_SERVICE, 10));

        assertThat(immediate.result().isEmpty()).isTrue();
        assertThat(immediate.otherChannelCount()).isEqualTo(3);
    }

    @Test
    void refusesAZeroThreshold() {
        assertThatThrownBy(() -> ImmediateResponse.create(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S").hasMessageContaining("Maybe");
    }
}
