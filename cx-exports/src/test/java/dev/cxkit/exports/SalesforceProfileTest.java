package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Priority;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.kpi.ReopenRate;
import dev.cxkit.kpi.ResolutionPoint;
import dev.cxkit.kpi.ResolutionTime;
import dev.cxkit.kpi.TimeBasis;
import org.junit.jupiter.api.Test;

/**
 * The salesforce profile on cases.csv (50 Case rows) and case-history.csv (32 CaseHistory rows),
 * written from the Case and CaseHistory object references by src/test/fixtures/make_salesforce.py.
 */
class SalesforceProfileTest {

    private static Fixtures.Result read() {
        return Fixtures.read(ExportProfile.salesforce(), ExportOptions.ofDefaults(), "salesforce/case-history.csv",
                "salesforce/cases.csv");
    }

    private static String id(int s) {
        return String.format("500Hs0000%03dAbCAA", s);
    }

    @Test
    void acceptsOrRejectsEveryRecordWithItsReason() {
        Fixtures.Result result = read();

        // 44 cases; 24 status rows of accepted cases, 3 rows of other fields (left out), 2 more status rows.
        assertThat(result.report().read()).isEqualTo(82);
        assertThat(result.report().accepted()).isEqualTo(73);
        assertThat(result.report().rejected()).isEqualTo(9);
        assertThat(result.interactions()).hasSize(44);
        record Expected(String file, long line, String field, RejectKind kind, String says) {
        }
        List<Expected> expected = List.of(
                new Expected("cases.csv", 46, "Origin", RejectKind.INVALID_VALUE, "unknown case origin 'Carrier Pigeon'"),
                new Expected("cases.csv", 47, "CreatedDate", RejectKind.MISSING_FIELD, "absent"),
                new Expected("cases.csv", 48, "Status", RejectKind.INVALID_VALUE,
                        "'Mystery' is not a Salesforce default and no case in the export says whether it is closed"),
                new Expected("cases.csv", 49, "ClosedDate", RejectKind.INCONSISTENT, "Maybe the times are in different zones?"),
                new Expected("cases.csv", 50, "IsClosed", RejectKind.INCONSISTENT, "IsClosed is true but the status maps to OPEN"),
                new Expected("cases.csv", 51, "id", RejectKind.DUPLICATE_ID, "first seen at cases.csv:7"),
                new Expected("case-history.csv", 31, "CaseId", RejectKind.INCONSISTENT, "no case 500Hs0000777AbCAA was read"),
                new Expected("case-history.csv", 32, "CreatedDate", RejectKind.INVALID_VALUE, "expected a date-time"),
                new Expected("case-history.csv", 33, "CaseId", RejectKind.INCONSISTENT,
                        "its case 500Hs0000901AbCAA was rejected (cases.csv:46)"));
        for (Expected each : expected) {
            var reject = result.rejectAt(each.file(), each.line());
            assertThat(reject.field()).as("%s:%d", each.file(), each.line()).isEqualTo(each.field());
            assertThat(reject.kind()).as("%s:%d", each.file(), each.line()).isEqualTo(each.kind());
            assertThat(reject.message()).as("%s:%d", each.file(), each.line()).contains(each.says());
        }
        assertThat(result.report().warnings()).containsExactly(
                "3 record(s) read and left out: CaseHistory rows for fields other than Status; first at case-history.csv:26");
    }

    @Test
    void kpisThroughTheProfileEqualValuesWorkedOutByHand() {
        var cases = Cases.of(read().events());
        var reopen = ReopenRate.create();
        var first = ResolutionTime.create(ResolutionPoint.FIRST, TimeBasis.calendar());
        var last = ResolutionTime.create(ResolutionPoint.FINAL, TimeBasis.calendar());
        cases.forEach(c -> {
            reopen.accept(c);
            first.accept(c);
            last.accept(c);
        });

        // Cases 1–28 are closed (26 "Closed", 2 "Refund Approved", IsClosed = true); 3 and 4 were reopened.
        assertThat(cases).hasSize(44);
        assertThat(reopen.result().value()).hasValue(2.0 / 28);
        // First closes after 2 h (odd case numbers, 14) and 6 h (even, 14): 4 h on average.
        assertThat(first.result().value()).hasValue(4.0 * 3_600);
        // Cases 3 and 4 closed again 3 h after their first close: (28 × 4 h + 2 × 3 h) / 28.
        assertThat(last.result().value()).hasValue((28 * 4.0 + 2 * 3) * 3_600 / 28);
    }

    @Test
    void mapsCaseFieldsAndTheStatusHistory() {
        Fixtures.Result result = read();
        Map<Channel, Long> byChannel = result.interactions().stream()
                .collect(Collectors.groupingBy(Interaction::channel, Collectors.counting()));
        assertThat(byChannel).containsEntry(Channel.PHONE, 11L).containsEntry(Channel.EMAIL, 22L)
                .containsEntry(Channel.CHAT, 11L);

        Interaction one = result.interaction(id(1));
        assertThat(one.queuedAt()).isEqualTo(Instant.parse("2024-03-04T08:00:00Z"));
        assertThat(one.answeredAt()).isEqualTo(Instant.parse("2024-03-04T08:30:00Z"));   // the first status change
        assertThat(one.endedAt()).isEqualTo(Instant.parse("2024-03-04T10:00:00Z"));
        assertThat(one.customerId().value()).isEqualTo("003Hs00000Cont001");
        assertThat(one.agentId().value()).isEqualTo("005Hs00000Agent1");
        assertThat(one.reason().key()).isEqualTo("Performance");
        assertThat(one.firstReplyAt()).isNull();
        assertThat(one.feedback()).isNull();
        assertThat(result.interaction(id(5)).queuedAt()).isEqualTo(Instant.parse("2024-03-04T10:00:00Z")); // +0000 form
        assertThat(result.interaction(id(15)).answeredAt()).isEqualTo(result.interaction(id(15)).endedAt()); // no history
        assertThat(result.interaction(id(38)).agentId()).isNull();                         // owned by a queue
        assertThat(result.interaction(id(38)).isAbandoned()).isTrue();                      // open, nobody acted yet
        assertThat(result.interaction(id(41)).customerId().value()).isEqualTo("001Hs00000Acct01");
        assertThat(result.interaction(id(42)).customerId().value()).startsWith("sf-");

        Function<Integer, List<CaseStatus>> statuses = s -> result.eventsOf(id(s)).stream().map(CaseEvent::status).toList();
        assertThat(statuses.apply(3)).containsExactly(CaseStatus.NEW, CaseStatus.OPEN, CaseStatus.SOLVED,
                CaseStatus.OPEN, CaseStatus.SOLVED);
        assertThat(result.eventsOf(id(3)).get(0).priority()).isEqualTo(Priority.HIGH);
        assertThat(statuses.apply(27)).containsExactly(CaseStatus.OPEN, CaseStatus.SOLVED);  // Refund Approved: closed
        assertThat(statuses.apply(28)).containsExactly(CaseStatus.NEW, CaseStatus.SOLVED);
        assertThat(statuses.apply(43)).containsExactly(CaseStatus.NEW, CaseStatus.OPEN);     // Awaiting Parts: open
        assertThat(statuses.apply(44)).containsExactly(CaseStatus.NEW, CaseStatus.ON_HOLD);
    }
}
