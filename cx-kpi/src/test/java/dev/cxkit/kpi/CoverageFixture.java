package dev.cxkit.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;

/**
 * Contacts at given Berlin wall-clock times for the coverage tests. The calendar is the generator's
 * default (Mon–Fri 08:00–20:00, Sat 09:00–14:00, Europe/Berlin) with Good Friday 2026 (3 April) as a
 * holiday; Berlin changes to summer time on Sunday 29 March 2026 (02:00 → 03:00, IANA tz database).
 */
final class CoverageFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
    static final BusinessCalendar BERLIN_HOURS = BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0))
            .open(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(14, 0))
            .holiday(GOOD_FRIDAY)
            .build();
    private static final AtomicLong NEXT = new AtomicLong();

    private CoverageFixture() {
    }

    /** The instant of a Berlin wall-clock time, e.g. {@code "2026-03-02T19:59:59"}. */
    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** A contact of customer c-1 without a reason, answered a minute after it arrived. */
    static Interaction.Builder contact(Channel channel, String localArrival) {
        return contact(channel, "c-1", localArrival);
    }

    /** A contact answered (and, if written, replied to) one minute after it arrived. */
    static Interaction.Builder contact(Channel channel, String customer, String localArrival) {
        Instant arrival = berlin(localArrival);
        Interaction.Builder builder = Interaction.builder(InteractionId.of("k-" + NEXT.incrementAndGet()),
                CustomerId.of(customer), channel).queuedAt(arrival).answeredAt(arrival.plusSeconds(60))
                .endedAt(arrival.plusSeconds(300));
        return channel.isLive() ? builder : builder.firstReplyAt(arrival.plusSeconds(60));
    }

    /** A live contact abandoned after 30 s in the queue. */
    static Interaction abandoned(Channel channel, String localArrival) {
        Instant arrival = berlin(localArrival);
        return Interaction.builder(InteractionId.of("k-" + NEXT.incrementAndGet()), CustomerId.of("c-1"), channel)
                .queuedAt(arrival).endedAt(arrival.plusSeconds(30)).build();
    }

    /** A contact for the channel-switch tests: customer, reason, arrival. */
    static Interaction issue(Channel channel, String customer, String reason, String localArrival) {
        return contact(channel, customer, localArrival).reason(ContactReason.of(reason)).build();
    }

    /** The contact with a CSAT answer (1–5 scale) received an hour after it ended. */
    static Interaction rated(Interaction.Builder builder, int csat) {
        Interaction contact = builder.build();
        return contact.toBuilder().feedback(Feedback.builder(contact.endedAt().plusSeconds(3600))
                .csat(CsatScore.of(csat, 5)).build()).build();
    }
}
