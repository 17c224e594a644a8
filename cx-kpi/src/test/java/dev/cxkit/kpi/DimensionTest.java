package dev.cxkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void hourAndDayAreReadOnTheLocalClockOfTheirZone() {
        // 2026-03-02T23:30Z is 00:30 on 3 March in Rome (UTC+1) and 18:30 on 2 March in New York (UTC-5).
        Interaction late = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(Instant.parse("2026-03-02T23:30:00Z")).endedAt(Instant.parse("2026-03-02T23:40:00Z")).build();

        assertThat(Dimension.HOUR.valueOf(late)).isEqualTo("23");
        assertThat(Dimension.DAY.valueOf(late)).isEqualTo("2026-03-02");
        assertThat(Dimension.hourOfDay(ZoneId.of("Europe/Rome")).valueOf(late)).isEqualTo("00");
        assertThat(Dimension.day(ZoneId.of("Europe/Rome")).valueOf(late)).isEqualTo("2026-03-03");
        assertThat(Dimension.hourOfDay(ZoneId.of("America/New_York")).valueOf(late)).isEqualTo("18");
        assertThat(Dimension.HOUR.key()).isEqualTo("hour");
        assertThat(Dimension.DAY.key()).isEqualTo("day");
    }

    @Test
    void hourFollowsDaylightSavingChanges() {
        // Rome moves to summer time on 2026-03-29 at 01:00Z: 00:30Z is 01:30 local, 01:30Z is 03:30 local.
        Dimension rome = Dimension.hourOfDay(ZoneId.of("Europe/Rome"));
        assertThat(rome.valueOf(at("2026-03-29T00:30:00Z"))).isEqualTo("01");
        assertThat(rome.valueOf(at("2026-03-29T01:30:00Z"))).isEqualTo("03");
        // Before 1970 the floor keeps the hour in range.
        assertThat(Dimension.HOUR.valueOf(at("1969-12-31T22:15:00Z"))).isEqualTo("22");
    }

    @Test
    void parsesTheCommandLineNamesInAnyCase() {
        ZoneId rome = ZoneId.of("Europe/Rome");
        assertThat(Dimension.parse("Channel", rome)).isEqualTo(Dimension.CHANNEL);
        assertThat(Dimension.parse("team", rome)).isEqualTo(Dimension.TEAM);
        assertThat(Dimension.parse("TIER", rome)).isEqualTo(Dimension.TIER);
        assertThat(Dimension.parse("agent", rome)).isEqualTo(Dimension.AGENT);
        assertThat(Dimension.parse("reason", rome)).isEqualTo(Dimension.REASON);
        assertThat(Dimension.parse("hour", rome)).isEqualTo(Dimension.hourOfDay(rome));
        assertThat(Dimension.parse("Day", rome)).isEqualTo(Dimension.day(rome));
        assertThat(Dimension.parse("week", rome)).isEqualTo(Dimension.week(rome));
        assertThatThrownBy(() -> Dimension.parse("queue", rome)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(queue)").hasMessageContaining("channel, team");
    }

    private static Interaction at(String instant) {
        Instant queued = Instant.parse(instant);
        return Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .queuedAt(queued).endedAt(queued.plusSeconds(60)).build();
    }
}
