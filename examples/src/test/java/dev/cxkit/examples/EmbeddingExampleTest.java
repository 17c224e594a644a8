package dev.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import org.junit.jupiter.api.Test;

/** The README's embedding example, verbatim apart from the assertions, so that it cannot rot. */
class EmbeddingExampleTest {

    @Test
    void readmeEmbeddingExampleWorks() {
        Interaction call = Interaction.builder(InteractionId.of("i-1"), CustomerId.of("c-1"), Channel.PHONE)
                .agent(AgentId.of("a-1"), Tier.T1, TeamId.of("billing"))
                .reason(ContactReason.of("billing.double-charge"))
                .queuedAt(Instant.parse("2026-03-02T09:00:00Z"))
                .answeredAt(Instant.parse("2026-03-02T09:00:40Z"))
                .endedAt(Instant.parse("2026-03-02T09:10:00Z"))
                .talk(Duration.ofMinutes(7)).afterContactWork(Duration.ofMinutes(1))
                .addHold(new HoldSegment(Instant.parse("2026-03-02T09:03:00Z"),
                        Instant.parse("2026-03-02T09:05:00Z"), true, Duration.ofSeconds(30)))
                .build();

        StandardKpis kpis = StandardKpis.create();
        kpis.accept(call);
        String scorecard = Scorecard.ofDefaults().evaluate(kpis.results()).toText();

        BusinessCalendar hours = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        Instant replyDue = hours.plusBusiness(call.endedAt(), Duration.ofHours(24));

        // AHT = 7 min talk + 2 min hold + 1 min wrap-up = 600 s.
        KpiValue aht = kpis.results().stream().filter(v -> v.id().equals("cx.kpi.aht")).findFirst().orElseThrow();
        assertThat(aht.value()).hasValue(600.0);
        assertThat(scorecard).contains("Average handle time").contains("10m 00s").contains("NOT MET");
        // Ended Monday 10:10 Berlin (UTC+1); 24 business hours of 8 per day = Thursday 10:10 Berlin.
        assertThat(replyDue).isEqualTo(Instant.parse("2026-03-05T09:10:00Z"));
    }
}
