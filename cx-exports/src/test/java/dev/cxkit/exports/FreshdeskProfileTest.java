package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.kpi.AverageHandleTime;
import dev.cxkit.kpi.CsatVariant;
import dev.cxkit.kpi.CustomerSatisfaction;
import dev.cxkit.kpi.FirstResponseTime;
import dev.cxkit.kpi.ReopenRate;
import dev.cxkit.kpi.ResolutionPoint;
import dev.cxkit.kpi.ResolutionTime;
import dev.cxkit.kpi.TimeBasis;
import org.junit.jupiter.api.Test;

/**
 * The freshdesk profile on tickets.csv: 55 rows with the columns and default values of Freshdesk's
 * ticket export, written by src/test/fixtures/make_freshdesk.py; local times in Europe/Berlin.
 */
class FreshdeskProfileTest {

    private static final String FILE = "freshdesk/tickets.csv";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Fixtures.Result read(Duration skew) {
        return Fixtures.read(ExportProfile.freshdesk(), ExportOptions.builder().zone(BERLIN)
                .importOptions(ImportOptions.builder().clockSkew(skew).build()).build(), FILE);
    }

    @Test
    void acceptsOrRejectsEveryRecordWithItsReason() {
        Fixtures.Result result = read(Duration.ZERO);

        assertThat(result.report().read()).isEqualTo(55);
        assertThat(result.report().accepted()).isEqualTo(46);
        assertThat(result.report().rejected()).isEqualTo(9);
        record Expected(long line, String field, RejectKind kind, String says) {
        }
        List<Expected> expected = List.of(
                new Expected(47, "Ticket ID", RejectKind.MISSING_FIELD, "absent"),
                new Expected(48, "Source", RejectKind.INVALID_VALUE, "unknown source 'Carrier Pigeon'"),
                new Expected(49, "Created time", RejectKind.INVALID_VALUE, "expected a date-time"),
                new Expected(50, "Initial response time", RejectKind.INCONSISTENT,
                        "is 1h before queuedAt 2024-03-05T08:00:00Z (Created time). Maybe the times are in different zones?"),
                new Expected(51, "id", RejectKind.DUPLICATE_ID, "duplicate id '5', first seen at tickets.csv:6"),
                new Expected(52, "Status", RejectKind.INVALID_VALUE, "unknown status 'In Progress'"),
                new Expected(53, "Requester Email", RejectKind.MISSING_FIELD, "no customer"),
                new Expected(54, "Initial response time", RejectKind.INCONSISTENT,
                        "is 1 s before queuedAt 2024-03-05T09:20:00Z (Created time). Maybe clock skew"),
                new Expected(56, null, RejectKind.COLUMN_COUNT, "has 3 columns, the header has 28"));
        for (Expected each : expected) {
            var reject = result.rejectAt("tickets.csv", each.line());
            assertThat(reject.field()).as("line %d", each.line()).isEqualTo(each.field());
            assertThat(reject.kind()).as("line %d", each.line()).isEqualTo(each.kind());
            assertThat(reject.message()).as("line %d", each.line()).contains(each.says());
        }
        assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w)
                .startsWith("Survey result 'Strongly Agree' is not one of Freshdesk's default answers"));
        assertThat(result.report().rejects()).noneSatisfy(r -> assertThat(r.message()).contains("@example.com"));
    }

    @Test
    void kpisThroughTheProfileEqualValuesWorkedOutByHand() {
        Fixtures.Result result = read(Duration.ZERO);
        var firstReply = FirstResponseTime.create(TimeBasis.calendar());
        var csat = CustomerSatisfaction.create(CsatVariant.topBox());
        var csatMean = CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_THREE));
        var aht = AverageHandleTime.create();
        result.interactions().forEach(i -> {
            firstReply.accept(i);
            csat.accept(i);
            csatMean.accept(i);
            aht.accept(i);
        });
        var reopen = ReopenRate.create();
        var resolution = ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.calendar());
        Cases.of(result.events()).forEach(c -> {
            reopen.accept(c);
            resolution.accept(c);
        });

        // Tickets 1–40 and 909 were first answered 45 min after creation; 41–45 not yet.
        assertThat(firstReply.result().value()).hasValue(45.0 * 60);
        assertThat(firstReply.result().count()).isEqualTo(41);
        // Survey on tickets 1–30 by number mod 4: Awesome ×7, Just Okay ×8, Not Good ×8, none ×7.
        assertThat(csat.result().value()).hasValue(7.0 / 23);
        assertThat(csatMean.result().value()).hasValue((7 * 3 + 8 * 2 + 8 * 1) / 23.0);
        // Time tracked on tickets 1–45: numbers ≡ 1 (mod 3) 15 min (15 tickets), ≡ 2 (mod 3) 30 min (15, but
        // 20 min on ticket 2), ≡ 0 "00:00" (not tracked): 15 × 900 + 14 × 1 800 + 1 200 = 39 900 s on 30
        // tickets. The export has no hold or wrap-up, so no ticket has a handle time: AHT is empty, its 41
        // answered tickets counted as not recorded rather than as zero.
        assertThat(result.interactions().stream().filter(i -> i.talk() != null)
                .mapToLong(i -> i.talk().getSeconds())).hasSize(30).containsOnly(900L, 1_800L, 1_200L);
        assertThat(result.interactions().stream().filter(i -> i.talk() != null).mapToLong(i -> i.talk().getSeconds())
                .sum()).isEqualTo(39_900);
        assertThat(aht.result().value()).isEmpty();
        assertThat(aht.notRecordedCount()).isEqualTo(41);
        // Tickets 1–30 and 909 resolved 180 min after creation; the export has no reopen history.
        assertThat(resolution.result().value()).hasValue(180.0 * 60);
        assertThat(resolution.result().count()).isEqualTo(31);
        assertThat(reopen.result().value()).hasValue(0.0);
    }

    @Test
    void mapsTheExportColumns() {
        Fixtures.Result result = read(Duration.ZERO);

        Interaction first = result.interaction("1");
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);                     // Portal
        assertThat(first.queuedAt()).isEqualTo(Instant.parse("2024-03-05T07:00:00Z")); // 08:00 in Berlin (UTC+1)
        assertThat(first.firstReplyAt()).isEqualTo(Instant.parse("2024-03-05T07:45:00Z"));
        assertThat(first.endedAt()).isEqualTo(Instant.parse("2024-03-05T10:00:00Z"));
        assertThat(first.talk()).isEqualTo(Duration.ofMinutes(15));
        assertThat(first.agentId().value()).isEqualTo("Agent B");
        assertThat(first.team().value()).isEqualTo("Technical");
        assertThat(first.reason().key()).isEqualTo("Incident");
        assertThat(first.customerId().value()).startsWith("fd-").hasSize(19);
        assertThat(first.customerId()).isEqualTo(result.interaction("11").customerId());
        assertThat(first.feedback().csat().score()).isEqualTo(2);
        assertThat(result.interaction("2").channel()).isEqualTo(Channel.PHONE);
        assertThat(result.interaction("3").channel()).isEqualTo(Channel.CHAT);
        assertThat(result.interaction("3").talk()).isNull();                 // "00:00": not tracked, not recorded
        assertThat(result.interaction("44").isRecorded(InteractionFact.ABANDON_WAIT)).isFalse();  // nobody answered yet
        assertThat(result.report().notRecorded()).containsEntry("Time tracked", 16L).containsEntry("hold time", 46L)
                .containsEntry("abandon wait", 5L);
        assertThat(result.interaction("45").queuedAt()).isEqualTo(Instant.parse("2024-03-31T07:00:00Z")); // UTC+2
        assertThat(result.interaction("44").agentId()).isNull();

        assertThat(result.eventsOf("6")).extracting(CaseEvent::status).containsExactly(CaseStatus.OPEN, CaseStatus.SOLVED);
        assertThat(result.eventsOf("6").get(0).priority()).isEqualTo(dev.cxkit.core.Priority.HIGH);
        assertThat(result.eventsOf("44")).extracting(CaseEvent::status).containsExactly(CaseStatus.OPEN, CaseStatus.PENDING);
        assertThat(result.eventsOf("45")).extracting(CaseEvent::status).containsExactly(CaseStatus.OPEN, CaseStatus.ON_HOLD);
    }

    @Test
    void clampsAReplyOneSecondBeforeCreationWithinTheTolerance() {
        Fixtures.Result result = read(Duration.ofSeconds(2));

        assertThat(result.report().accepted()).isEqualTo(47);
        assertThat(result.interaction("908").firstReplyAt()).isEqualTo(result.interaction("908").queuedAt());
    }
}
