package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.Case;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Priority;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.kpi.CsatVariant;
import dev.cxkit.kpi.CustomerSatisfaction;
import dev.cxkit.kpi.FirstResponseTime;
import dev.cxkit.kpi.ReopenRate;
import dev.cxkit.kpi.ResolutionPoint;
import dev.cxkit.kpi.ResolutionTime;
import dev.cxkit.kpi.TimeBasis;
import org.junit.jupiter.api.Test;

/**
 * The zendesk profile on tickets, ticket metrics and audits written from Zendesk's API references
 * (src/test/fixtures/make_zendesk.py), and on a CSV with the columns of the account CSV export.
 */
class ZendeskProfileTest {

    private static final String[] JSON = {"zendesk/tickets.json", "zendesk/tickets-2.jsonl",
        "zendesk/ticket_metrics.json", "zendesk/ticket_audits.jsonl"};

    private static Fixtures.Result readJson() {
        return Fixtures.read(ExportProfile.zendesk(), ExportOptions.ofDefaults(), JSON);
    }

    @Test
    void acceptsOrRejectsEveryRecordWithItsReason() {
        Fixtures.Result result = readJson();

        // 37 + 13 ticket records, 43 metrics, 7 audits; 40 tickets + 2 superseded copies + 40 metrics
        // + 5 audits accepted.
        assertThat(result.report().read()).isEqualTo(100);
        assertThat(result.report().accepted()).isEqualTo(87);
        assertThat(result.report().rejected()).isEqualTo(13);
        assertThat(result.interactions()).hasSize(40);

        record Expected(String file, String marker, String field, RejectKind kind, String says) {
        }
        List<Expected> expected = List.of(
                new Expected("tickets.json", "\"id\": 2001,", "status", RejectKind.INVALID_VALUE, "a deleted ticket"),
                new Expected("tickets.json", "\"id\": 2002,", "via.channel", RejectKind.INVALID_VALUE,
                        "says how the ticket was created, not which channel"),
                new Expected("tickets.json", "\"id\": 2003,", "requester_id", RejectKind.MISSING_FIELD, "no customer"),
                new Expected("tickets.json", "\"id\": 2004,", "created_at", RejectKind.INVALID_VALUE,
                        "expected a date-time"),
                new Expected("tickets.json", "\"id\": true,", "id", RejectKind.WRONG_TYPE,
                        "expected a whole number or a string, got a boolean"),
                new Expected("tickets.json", "\"id\": 2006,", "status", RejectKind.INVALID_VALUE, "unknown status 'archived'"),
                new Expected("tickets.json", "\"id\": 2007,", "via.channel", RejectKind.MISSING_FIELD, "absent"),
                new Expected("tickets-2.jsonl", "2099", null, RejectKind.MALFORMED, "not well-formed JSON"),
                new Expected("ticket_metrics.json", "\"id\": 89999,", "ticket_id", RejectKind.INCONSISTENT,
                        "no ticket 9999 was read"),
                new Expected("ticket_metrics.json", "\"id\": 82006,", "ticket_id", RejectKind.INCONSISTENT,
                        "its ticket 2006 was rejected (tickets.json:"),
                new Expected("ticket_metrics.json", "\"id\": 82010,", "reply_time_in_minutes.calendar",
                        RejectKind.WRONG_TYPE, "expected a whole number"),
                new Expected("ticket_audits.jsonl", "\"ticket_id\": 2002", "ticket_id", RejectKind.INCONSISTENT,
                        "its ticket 2002 was rejected"),
                new Expected("ticket_audits.jsonl", "weird", "events[0].value", RejectKind.INVALID_VALUE,
                        "unknown status 'weird'"));
        for (Expected each : expected) {
            // A record starts on the line of its opening brace: one line above "id" in the pretty-printed files.
            long line = Fixtures.lineOf("zendesk/" + each.file(), each.marker());
            var reject = result.report().rejects().stream()
                    .filter(r -> r.source().equals(each.file()) && (r.line() == line || r.line() == line - 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no reject for " + each.marker()));
            assertThat(reject.field()).as(each.marker()).isEqualTo(each.field());
            assertThat(reject.kind()).as(each.marker()).isEqualTo(each.kind());
            assertThat(reject.message()).as(each.marker()).contains(each.says());
        }
        assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w).startsWith("2 ticket record(s) were older copies"));
    }

    @Test
    void kpisThroughTheProfileEqualValuesWorkedOutByHand() {
        Fixtures.Result result = readJson();
        var firstReply = FirstResponseTime.create(TimeBasis.calendar());
        var csat = CustomerSatisfaction.create(CsatVariant.topBox());
        result.interactions().forEach(i -> {
            firstReply.accept(i);
            csat.accept(i);
        });
        List<Case> cases = Cases.of(result.events());
        var reopen = ReopenRate.create();
        var firstResolution = ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.calendar());
        var finalResolution = ResolutionTime.create(ResolutionPoint.FINAL, TimeBasis.calendar());
        cases.forEach(c -> {
            reopen.accept(c);
            firstResolution.accept(c);
            finalResolution.accept(c);
        });

        // Tickets 1–38 have a first reply after 30, 60 or 90 min by ticket number mod 3: twelve of 30,
        // thirteen of 60, thirteen of 90 = 2 310 min. Ticket 1039 (a phone ticket, a live channel, whose
        // first response is its answer) has no reply but was assigned after 10 min: 2 320 min over 39.
        assertThat(firstReply.result().value()).hasValue(2_320.0 * 60 / 39);
        assertThat(firstReply.result().count()).isEqualTo(39);
        // Ratings by ticket number mod 5: good, good, bad, offered, unoffered — 16 good of 24 answers.
        assertThat(csat.result().value()).hasValue(16.0 / 24);
        assertThat(csat.unratedCount()).isEqualTo(8);
        // Tickets 1–30 are resolved; 1005 (audits) and 1015 (metrics: reopens = 1) were reopened.
        assertThat(cases).hasSize(40);
        assertThat(reopen.result().value()).hasValue(2.0 / 30);
        // First solve after 240 min, but after 120 min for the two reopened tickets: (28 × 240 + 2 × 120) / 30.
        assertThat(firstResolution.result().value()).hasValue(232.0 * 60);
        // Last solve after 240 min, after 480 min for the two reopened ones: (28 × 240 + 2 × 480) / 30.
        assertThat(finalResolution.result().value()).hasValue(256.0 * 60);
    }

    @Test
    void mapsTicketFieldsMetricsAndAudits() {
        Fixtures.Result result = readJson();

        Interaction ticket = result.interaction("1004");
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.customerId().value()).isEqualTo("5004");
        assertThat(ticket.agentId().value()).isEqualTo("701");
        assertThat(ticket.team().value()).isEqualTo("90");
        assertThat(ticket.reason().key()).isEqualTo("question");
        assertThat(ticket.caseId().value()).isEqualTo("1004");
        assertThat(ticket.queuedAt()).isEqualTo(Instant.parse("2024-03-04T09:45:00Z"));
        assertThat(ticket.firstReplyAt()).isEqualTo(Instant.parse("2024-03-04T10:45:00Z"));
        assertThat(ticket.answeredAt()).isEqualTo(ticket.firstReplyAt());
        assertThat(ticket.endedAt()).isEqualTo(Instant.parse("2024-03-04T13:45:00Z"));
        assertThat(ticket.resolved()).isTrue();
        assertThat(ticket.feedback()).isNull();
        assertThat(result.interaction("1005").feedback().csat().score()).isEqualTo(3);
        assertThat(result.interaction("1005").feedback().csat().scale()).isEqualTo(CsatScale.ONE_TO_THREE);
        assertThat(result.interaction("1007").feedback().csat().score()).isEqualTo(1);
        assertThat(result.interaction("1008").feedback().isRated()).isFalse();
        assertThat(result.interaction("1001").feedback().csat().score()).isEqualTo(3);
        assertThat(result.interaction("1002").channel()).isEqualTo(Channel.CHAT);
        assertThat(result.interaction("1003").channel()).isEqualTo(Channel.PHONE);
        assertThat(result.interaction("1040").answeredAt()).isNull();
        assertThat(result.interaction("1033").resolved()).isFalse();
        // No handle time in a ticket: talk, hold and after-contact work are not set.
        assertThat(ExportProfile.zendesk().notRecorded()).containsExactly(InteractionFact.TALK, InteractionFact.HOLD,
                InteractionFact.AFTER_CONTACT_WORK, InteractionFact.TRANSFERS, InteractionFact.ABANDON_WAIT);
        // The newest copy of 1031 (open), not the older one (new) that comes first in the file.
        assertThat(result.eventsOf("1031")).extracting(CaseEvent::status).containsExactly(CaseStatus.NEW, CaseStatus.OPEN);

        Instant created = Instant.parse("2024-03-04T10:00:00Z");
        assertThat(result.eventsOf("1005")).containsExactly(
                new CaseEvent(dev.cxkit.core.CaseId.of("1005"), created, CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(dev.cxkit.core.CaseId.of("1005"), created.plusSeconds(600), CaseStatus.OPEN, null),
                new CaseEvent(dev.cxkit.core.CaseId.of("1005"), created.plusSeconds(7_200), CaseStatus.SOLVED, null),
                new CaseEvent(dev.cxkit.core.CaseId.of("1005"), created.plusSeconds(12_000), CaseStatus.OPEN, Priority.HIGH),
                new CaseEvent(dev.cxkit.core.CaseId.of("1005"), created.plusSeconds(28_800), CaseStatus.SOLVED, null));
        // Without audits the reopen of 1015 is placed at its first solve (the export does not say when).
        assertThat(result.eventsOf("1015")).extracting(CaseEvent::status)
                .containsExactly(CaseStatus.NEW, CaseStatus.SOLVED, CaseStatus.OPEN, CaseStatus.SOLVED);
        assertThat(result.eventsOf("1010")).extracting(CaseEvent::status)
                .containsExactly(CaseStatus.NEW, CaseStatus.SOLVED, CaseStatus.CLOSED);
        assertThat(result.eventsOf("1039")).extracting(CaseEvent::status).containsExactly(CaseStatus.NEW, CaseStatus.ON_HOLD);
    }

    @Test
    void readsTheCsvExportInTheAccountsTimeZone() {
        Fixtures.Result result = Fixtures.read(ExportProfile.zendesk(),
                ExportOptions.builder().zone(ZoneId.of("Europe/Berlin")).build(), "zendesk/export.csv");

        assertThat(result.report().read()).isEqualTo(12);
        assertThat(result.report().accepted()).isEqualTo(10);
        assertThat(result.rejectAt("export.csv", 11).field()).isEqualTo("Via");
        assertThat(result.rejectAt("export.csv", 12).field()).isEqualTo("Created at");
        Interaction first = result.interaction("3001");
        assertThat(first.queuedAt()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));      // 11:00 in Berlin, UTC+1
        assertThat(first.firstReplyAt()).isEqualTo(Instant.parse("2024-03-05T10:20:00Z"));
        assertThat(first.endedAt()).isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
        assertThat(first.agentId().value()).isEqualTo("Agent B");
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);
        assertThat(first.feedback().csat().score()).isEqualTo(1);
        assertThat(result.interaction("3003").feedback()).isNull();
        assertThat(result.interaction("3002").feedback().isRated()).isFalse();
        assertThat(result.interaction("3012").queuedAt()).isEqualTo(Instant.parse("2024-03-31T08:00:00Z")); // UTC+2
        assertThat(result.interaction("3003").customerId().value()).startsWith("zd-").doesNotContain("example");
        assertThat(result.interaction("3004").channel()).isEqualTo(Channel.EMAIL);
        assertThat(result.interaction("3002").channel()).isEqualTo(Channel.CHAT);
        assertThat(result.interaction("3007").channel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void refusesACsvExportWithoutItsTimeZone() {
        assertThatThrownBy(() -> Fixtures.read(ExportProfile.zendesk(), ExportOptions.ofDefaults(), "zendesk/export.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--zone");
    }

    @Test
    void marksWhatATicketCannotKnowAsNotRecordedNeverZero() {
        Fixtures.Result result = readJson();
        Interaction ticket = result.interaction("1004");

        assertThat(ticket.talk()).isNull();
        assertThat(ticket.hold()).isNull();
        assertThat(ticket.afterContactWork()).isNull();
        assertThat(ticket.handleTime()).isNull();
        assertThat(ticket.notRecorded()).containsExactlyInAnyOrder(InteractionFact.TALK, InteractionFact.HOLD,
                InteractionFact.AFTER_CONTACT_WORK, InteractionFact.TRANSFERS);
        // Ticket 1040 nobody has answered: it did not hang up, its "abandon wait" is unknown.
        Interaction waiting = result.interaction("1040");
        assertThat(waiting.isRecorded(InteractionFact.ABANDON_WAIT)).isFalse();
        assertThat(waiting.queueWait()).isNull();
        assertThat(result.report().notRecorded()).containsEntry("talk time", 40L).containsEntry("transfers", 40L)
                .containsEntry("abandon wait", 1L).containsEntry("satisfaction_rating", 16L);
    }
}
