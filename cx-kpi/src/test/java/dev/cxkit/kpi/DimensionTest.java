package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import org.junit.jupiter.api.Test;

class DimensionTest {

    private static final Instant MONDAY_0930 = Instant.parse("2026-03-02T09:30:00Z");

    @Test
    void readsTagValuesFromTheInteraction() {
        Interaction full = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.CHAT)
                .agent(AgentId.of("a-7"), Tier.T2, TeamId.of("billing"))
                .reason(ContactReason.of("billing.refund"))
                .queuedAt(MONDAY_0930).answeredAt(MONDAY_0930).endedAt(MONDAY_0930.plusSeconds(60))
                .build();

        assertThat(Dimension.CHANNEL.valueOf(full)).isEqualTo("CHAT");
        assertThat(Dimension.TEAM.valueOf(full)).isEqualTo("billing");
        assertThat(Dimension.TIER.valueOf(full)).isEqualTo("T2");
        assertThat(Dimension.AGENT.valueOf(full)).isEqualTo("a-7");
        assertThat(Dimension.REASON.valueOf(full)).isEqualTo("billing.refund");
        assertThat(Dimension.WEEK.valueOf(full)).isEqualTo("2026-W10");
    }

    @Test
    void missingValuesBecomeUnknown() {
        Interaction bare = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(MONDAY_0930).endedAt(MONDAY_0930.plusSeconds(60))
                .build();

        assertThat(Dimension.TEAM.valueOf(bare)).isEqualTo("unknown");
        assertThat(Dimension.TIER.valueOf(bare)).isEqualTo("unknown");
        assertThat(Dimension.AGENT.valueOf(bare)).isEqualTo("unknown");
        assertThat(Dimension.REASON.valueOf(bare)).isEqualTo("unknown");
    }

    @Test
    void weekDimensionsOfDifferentZonesDifferButShareTheKey() {
        // 09:30 UTC Monday is still Sunday 2026-03-01 in Honolulu (UTC−10): week 2026-W09.
        Dimension honolulu = Dimension.week(ZoneId.of("Pacific/Honolulu"));
        Interaction early = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(MONDAY_0930).endedAt(MONDAY_0930.plusSeconds(60)).build();

        assertThat(honolulu.valueOf(early)).isEqualTo("2026-W09");
        assertThat(honolulu).isNotEqualTo(Dimension.WEEK);
        assertThat(honolulu.key()).isEqualTo(Dimension.WEEK.key()).isEqualTo("week");
    }
}
