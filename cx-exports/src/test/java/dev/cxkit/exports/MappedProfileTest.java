package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Segment;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.kpi.Abandonment;
import dev.cxkit.kpi.AverageHandleTime;
import dev.cxkit.kpi.AverageSpeedOfAnswer;
import dev.cxkit.kpi.CsatVariant;
import dev.cxkit.kpi.CustomerSatisfaction;
import dev.cxkit.core.CsatScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapped profile: acd-log.csv (57 rows written by src/test/fixtures/make_mapped.py) through
 * acd-log.mapping, and 56 real calls of the Anonymous Bank log through anonymous-bank.mapping.
 */
class MappedProfileTest {

    private static ExportProfile profile(String mapping) {
        return ExportProfile.mapped(MappingFile.read(Fixtures.path("mapped/" + mapping)));
    }

    private static Fixtures.Result acd(ExportOptions options) {
        return Fixtures.read(profile("acd-log.mapping"), options, "mapped/acd-log.csv");
    }

    @Test
    void acceptsOrRejectsEveryRowOfTheAcdLogWithItsReason() {
        Fixtures.Result result = acd(ExportOptions.ofDefaults());

        // 40 answered, 6 abandoned, 3 around midnight and the clock change, 2 overflows left out by the map.
        assertThat(result.report().read()).isEqualTo(57);
        assertThat(result.report().accepted()).isEqualTo(51);
        assertThat(result.interactions()).hasSize(49);
        assertThat(result.report().warnings()).contains(
                "2 record(s) read and left out: outcome 'OVF' maps to skip; first at acd-log.csv:51");
        record Expected(long line, String field, RejectKind kind, String says) {
        }
        List<Expected> expected = List.of(
                new Expected(53, "answered", RejectKind.INCONSISTENT, "is 1 s before queuedAt"),
                new Expected(54, "call", RejectKind.MISSING_FIELD, "no value for id"),
                new Expected(55, "arrived", RejectKind.INVALID_VALUE, "expected a clock time like the time-pattern"),
                new Expected(56, "result", RejectKind.INVALID_VALUE, "Unknown outcome (XYZ)"),
                new Expected(57, "csat", RejectKind.INVALID_VALUE, "CSAT score (6)"),
                new Expected(58, null, RejectKind.COLUMN_COUNT, "has 5 columns, the header has 13"));
        assertThat(result.report().rejected()).isEqualTo(expected.size());
        for (Expected each : expected) {
            var reject = result.rejectAt("acd-log.csv", each.line());
            assertThat(reject.field()).as("line %d", each.line()).isEqualTo(each.field());
            assertThat(reject.kind()).as("line %d", each.line()).isEqualTo(each.kind());
            assertThat(reject.message()).as("line %d", each.line()).contains(each.says());
        }
        assertThat(result.rejectAt("acd-log.csv", 53).message()).contains("Maybe clock skew");
    }

    @Test
    void kpisOfTheAcdLogEqualValuesWorkedOutByHand() {
        List<Interaction> all = acd(ExportOptions.ofDefaults()).interactions();
        var asa = AverageSpeedOfAnswer.create();
        var aht = AverageHandleTime.create();
        var abandonment = Abandonment.create();
        var topBox = CustomerSatisfaction.create(CsatVariant.topBox());
        var mean = CustomerSatisfaction.create(CsatVariant.mean(CsatScale.ONE_TO_FIVE));
        all.forEach(i -> {
            asa.accept(i);
            aht.accept(i);
            abandonment.accept(i);
            topBox.accept(i);
            mean.accept(i);
        });

        // Calls K001–K040 wait 10, 20, 30, 40 s by number mod 4 (ten each: 1 000 s); M001 120 s across
        // midnight; D001 40 s across the clock change: 1 160 s over 42 answered calls.
        assertThat(asa.result().value()).hasValue(1_160.0 / 42);
        // Talk 200 + 10 × (k mod 5) (8 × 1 100 = 8 800 s), wrap 40 × 20 = 800 s, hold 30 s on the 13
        // numbers divisible by 3 (390 s); M001 270 + 20, D001 240 + 20: 10 540 s over 42.
        assertThat(aht.result().value()).hasValue(10_540.0 / 42);
        // Offered 49 (K 40, A 6, M 2, D 1), abandoned 7 of which A001 and A002 after 3 s (short).
        assertThat(abandonment.result().value()).hasValue(5.0 / 47);
        // CSAT on K calls by number mod 4: 5, 4, 2, none — 20 of 30 answers in the top box (4–5).
        assertThat(topBox.result().value()).hasValue(20.0 / 30);
        assertThat(mean.result().value()).hasValue((10 * 5 + 10 * 4 + 10 * 2) / 30.0);
    }

    @Test
    void placesClockTimesOnTheRightDayAcrossMidnightAndTheClockChange() {
        Fixtures.Result result = acd(ExportOptions.ofDefaults());

        Interaction late = result.interaction("M001");
        assertThat(late.queuedAt()).isEqualTo(Instant.parse("2024-03-05T22:58:30Z"));     // 23:58:30 CET
        assertThat(late.answeredAt()).isEqualTo(Instant.parse("2024-03-05T23:00:30Z"));   // 00:00:30 the next day
        assertThat(late.endedAt()).isEqualTo(Instant.parse("2024-03-05T23:05:00Z"));
        assertThat(result.interaction("M002").queueWait()).isEqualTo(Duration.ofSeconds(30));
        Interaction change = result.interaction("D001");
        assertThat(change.queuedAt()).isEqualTo(Instant.parse("2024-03-31T00:59:30Z"));   // 01:59:30 CET
        assertThat(change.answeredAt()).isEqualTo(Instant.parse("2024-03-31T01:00:10Z")); // 03:00:10 CEST
        Interaction call = result.interaction("K004");
        assertThat(call.channel()).isEqualTo(Channel.PHONE);
        assertThat(call.team().value()).isEqualTo("Tech");
        assertThat(call.customerId().value()).isEqualTo("C004");
        assertThat(call.agentId().value()).isEqualTo("agent-4");
        assertThat(call.afterContactWork()).isEqualTo(Duration.ofSeconds(20));
        assertThat(call.feedback().csat().score()).isEqualTo(5);
        assertThat(result.interaction("A003").isAbandoned()).isTrue();
    }

    @Test
    void theZoneOptionReplacesTheMappingsZone() {
        Fixtures.Result result = acd(ExportOptions.builder().zone(ZoneOffset.UTC).build());

        assertThat(result.interaction("M001").queuedAt()).isEqualTo(Instant.parse("2024-03-05T23:58:30Z"));
    }

    @Test
    void clampsOneSecondOfSkewWhenToleratedAndSaysSo() {
        Fixtures.Result result = acd(ExportOptions.builder()
                .importOptions(ImportOptions.builder().clockSkew(Duration.ofSeconds(1)).build()).build());

        assertThat(result.report().accepted()).isEqualTo(52);
        assertThat(result.interaction("S001").queueWait()).isZero();
        assertThat(result.report().clockSkewAdjusted()).isEqualTo(1);
    }

    @Test
    void readsTheRealBankQueueLogExcerpt() {
        Fixtures.Result result = Fixtures.read(profile("anonymous-bank.mapping"), ExportOptions.ofDefaults(),
                "mapped/anonymous-bank-february-1999-excerpt.txt");
        var asa = AverageSpeedOfAnswer.create();
        var aht = AverageHandleTime.create();
        var abandonment = Abandonment.create();
        result.interactions().forEach(i -> {
            asa.accept(i);
            aht.accept(i);
            abandonment.accept(i);
        });

        // Reference: src/test/fixtures/bank_excerpt_reference.py on the same file (Python's csv module,
        // the definitions of the mapping): 56 calls, 1 PHANTOM left out, 43 answered (waits 1 402 s,
        // service 8 494 s), 7 abandoned (2 within 5 s); rejected: 1 VRU hang-up (never queued), 1 AGENT
        // without a service start, 3 answers before the queue start (1, 3 and 17 s).
        assertThat(result.report().read()).isEqualTo(56);
        assertThat(result.report().accepted()).isEqualTo(51);
        assertThat(result.report().rejectsByKind()).containsEntry(RejectKind.MISSING_FIELD, 2L)
                .containsEntry(RejectKind.INCONSISTENT, 3L);
        assertThat(asa.result().value()).hasValue(1_402.0 / 43);
        // The log has talk (service time) but no hold or wrap-up: no call has a handle time.
        assertThat(aht.result().value()).isEmpty();
        assertThat(aht.notRecordedCount()).isEqualTo(43);
        assertThat(result.interactions().stream().filter(i -> !i.isAbandoned()).mapToLong(i -> i.talk().getSeconds())
                .sum()).isEqualTo(8_494);
        assertThat(result.report().notRecorded()).containsEntry("hold time", 50L).containsEntry("after-contact work", 50L)
                .containsEntry("transfers", 50L);
        assertThat(abandonment.result().value()).hasValue(5.0 / 48);
        assertThat(result.report().rejects()).filteredOn(r -> r.kind() == RejectKind.INCONSISTENT)
                .extracting(r -> r.message().substring(r.message().indexOf(" is ") + 4, r.message().indexOf(" before ")))
                .containsExactlyInAnyOrder("1 s", "3 s", "17 s");
        assertThat(result.report().rejects()).filteredOn(r -> r.kind() == RejectKind.INCONSISTENT)
                .allSatisfy(r -> assertThat(r.message()).contains("Maybe clock skew"));

        // Call 31307 arrives at 23:59:32 and is served until 0:01:28: the end is on the next day.
        Interaction midnight = result.interaction("AA0102-31307");
        assertThat(midnight.endedAt()).isEqualTo(Instant.parse("1999-02-20T22:01:28Z"));   // UTC+2 in Israel
        assertThat(midnight.talk()).isEqualTo(Duration.ofSeconds(105));
        assertThat(midnight.customerSegment()).isEqualTo(Segment.of("UNIDENTIFIED"));
        assertThat(result.interactions()).allSatisfy(i -> assertThat(i.feedback()).isNull());
        assertThat(ExportProfile.mapped(MappingFile.read(Fixtures.path("mapped/anonymous-bank.mapping"))).notRecorded())
                .containsExactly(dev.cxkit.core.InteractionFact.HOLD, dev.cxkit.core.InteractionFact.AFTER_CONTACT_WORK,
                        dev.cxkit.core.InteractionFact.TRANSFERS);

        Fixtures.Result tolerant = Fixtures.read(profile("anonymous-bank.mapping"),
                ExportOptions.builder().importOptions(ImportOptions.builder().clockSkew(Duration.ofSeconds(2)).build()).build(),
                "mapped/anonymous-bank-february-1999-excerpt.txt");
        assertThat(tolerant.report().accepted()).isEqualTo(52);
        assertThat(tolerant.interactions().stream().filter(i -> !i.isAbandoned()).count()).isEqualTo(44);
    }

    @Test
    void rejectsEveryRowWhenAMappedColumnIsMissingFromTheHeader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "id,customer,start,stop\n1,c1,2024-03-01T09:00:00Z,2024-03-01T09:05:00Z\n"
                + "2,c2,2024-03-01T10:00:00Z,2024-03-01T10:05:00Z\n", StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("id = id\ncustomerId = customer\nconst.channel = chat\n"
                + "queuedAt = start\nanswered At = x\n".replace("answered At = x\n", "answeredAt = answer\n")
                + "endedAt = stop\n", "log.mapping");

        ImportReport report = ExportReader.of(ExportProfile.mapped(mapping)).read(file, i -> { });

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.rejects()).allSatisfy(r -> {
            assertThat(r.field()).isEqualTo("answer");
            assertThat(r.kind()).isEqualTo(RejectKind.MISSING_FIELD);
            assertThat(r.message()).isEqualTo("the column 'answer' that log.mapping names is not in this file's header");
        });
    }

    @Test
    void readsStatusChangesAsCaseEvents(@TempDir Path dir) throws IOException {
        // Four events of one ticket of the helpdesk event log (/work/shared/data/helpdesk-eventlog.csv,
        // from LorenzoCirac/Encodings-for-Next-Step-Activity-Prediction @ 2a42976d, file helpdesk.csv).
        Path file = dir.resolve("events.csv");
        Files.writeString(file, ",concept:name,lifecycle:transition,org:resource,time:timestamp,Activity,Resource,"
                + "case:concept:name,case:variant,case:variant-index,case:creator\n"
                + "0,Assign seriousness,complete,Value 2,2010-01-13 08:40:25+00:00,Assign seriousness,Value 2,Case3608,Variant 33,33,Fluxicon Disco\n"
                + "1,Take in charge ticket,complete,Value 2,2010-01-29 08:52:27+00:00,Take in charge ticket,Value 2,Case3608,Variant 33,33,Fluxicon Disco\n"
                + "2,Resolve ticket,complete,Value 2,2010-01-29 08:52:34+00:00,Resolve ticket,Value 2,Case3608,Variant 33,33,Fluxicon Disco\n"
                + "3,Closed,complete,Value 5,2010-02-13 08:52:48+00:00,Closed,Value 5,Case3608,Variant 33,33,Fluxicon Disco\n",
                StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("""
                records  = case-events
                caseId   = case:concept:name
                statusAt = time:timestamp
                status   = Activity
                map.status.Assign seriousness = NEW
                map.status.Take in charge ticket = OPEN
                map.status.Resolve ticket = SOLVED
                map.status.Closed = CLOSED
                """, "helpdesk.mapping");
        List<CaseEvent> events = new ArrayList<>();

        ImportReport report = ExportReader.of(ExportProfile.mapped(mapping))
                .read(List.of(file), i -> { }, events::add);

        assertThat(report.accepted()).isEqualTo(4);
        assertThat(events).extracting(CaseEvent::status).containsExactly(CaseStatus.NEW, CaseStatus.OPEN,
                CaseStatus.SOLVED, CaseStatus.CLOSED);
        assertThat(events.get(0).at()).isEqualTo(Instant.parse("2010-01-13T08:40:25Z"));
    }

    @Test
    void mapsEveryFieldAMappingCanName(@TempDir Path dir) throws IOException {
        // No header, no quotes, pipes; columns by number; a date-time pattern with an offset.
        Path file = dir.resolve("contacts.psv");
        Files.writeString(file, String.join("\n",
                "A|7|chat|05/03/2024 09:00 +0100|05/03/2024 09:01 +0100|05/03/2024 09:20 +0100|1:30|00:05|2.5|1500"
                        + "|t2|vip|billing|K-1|yes|4|2|9|05/03/2024 10:00 +0100|pending|high",
                "B||Chat|05/03/2024 11:00 +0100||05/03/2024 11:02 +0100||||||||K-2|no|||||closed|",
                "C||Chat|05/03/2024 12:00 +0100||||||||||K-3||||||open|"), StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("""
                header = false
                delimiter = pipe
                quote = none
                date-time-pattern = dd/MM/yyyy HH:mm XX
                csat-scale = 5
                ces-scale = 7
                id = 1
                customerId = 2 | guest-{1}
                channel = 3
                map.channel.* = CHAT
                queuedAt = 4
                answeredAt = 5
                firstReplyAt = 5
                endedAt = 6
                talk = 7
                unit.talk = clock
                afterContactWork = 8
                unit.afterContactWork = hh:mm
                hold = 9
                unit.hold = minutes
                agentId = 10
                const.agentId = nobody
                tier = 11
                segment = 12
                reason = 13
                caseId = 14
                resolved = 15
                csat = 16
                ces = 17
                nps = 18
                feedbackAt = 19
                status = 20
                map.status.closed = SOLVED
                priority = 21
                """, "every-field.mapping");
        List<Interaction> interactions = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();

        ImportReport report = ExportReader.of(ExportProfile.mapped(mapping))
                .read(List.of(file), interactions::add, events::add);

        assertThat(report.isClean()).as(report.rejects().toString()).isTrue();
        Interaction a = interactions.get(0);
        assertThat(a.customerId().value()).isEqualTo("7");
        assertThat(a.channel()).isEqualTo(Channel.CHAT);
        assertThat(a.queuedAt()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(a.answeredAt()).isEqualTo(Instant.parse("2024-03-05T08:01:00Z")).isEqualTo(a.firstReplyAt());
        assertThat(a.endedAt()).isEqualTo(Instant.parse("2024-03-05T08:20:00Z"));
        assertThat(a.talk()).isEqualTo(Duration.ofSeconds(90));
        assertThat(a.afterContactWork()).isEqualTo(Duration.ofMinutes(5));
        assertThat(a.hold()).isEqualTo(Duration.ofSeconds(150));
        assertThat(a.agentId().value()).isEqualTo("1500");
        assertThat(a.agentTier()).isEqualTo(dev.cxkit.core.Tier.T2);
        assertThat(a.customerSegment()).isEqualTo(Segment.VIP);
        assertThat(a.reason().key()).isEqualTo("billing");
        assertThat(a.caseId().value()).isEqualTo("K-1");
        assertThat(a.resolved()).isTrue();
        assertThat(a.feedback().csat().score()).isEqualTo(4);
        assertThat(a.feedback().csat().scale()).isEqualTo(CsatScale.ONE_TO_FIVE);
        assertThat(a.feedback().ces().score()).isEqualTo(2);
        assertThat(a.feedback().nps()).isEqualTo(9);
        assertThat(a.feedback().receivedAt()).isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
        Interaction b = interactions.get(1);
        assertThat(b.customerId().value()).isEqualTo("guest-B");
        assertThat(b.isAbandoned()).isTrue();
        assertThat(b.agentId().value()).isEqualTo("nobody");
        assertThat(b.feedback()).isNull();
        Interaction c = interactions.get(2);
        assertThat(c.isAbandoned()).isTrue();
        assertThat(c.queueWait()).isNull();          // no end given: the abandon wait is not recorded
        assertThat(c.isRecorded(dev.cxkit.core.InteractionFact.ABANDON_WAIT)).isFalse();
        assertThat(c.talk()).isNull();
        assertThat(events).extracting(CaseEvent::status).containsExactly(CaseStatus.PENDING, CaseStatus.SOLVED,
                CaseStatus.OPEN);
        assertThat(events.get(0).at()).isEqualTo(a.endedAt());
        assertThat(events.get(0).priority()).isEqualTo(dev.cxkit.core.Priority.HIGH);
        assertThat(events.get(1).caseId().value()).isEqualTo("K-2");
    }

    @Test
    void refusesAMappingFileWithItsLineAndAHint() {
        record Bad(String text, int line, String says) {
        }
        List<Bad> bad = List.of(
                new Bad("id = a\nspeed = fast\n", 2, "unknown key 'speed'"),
                new Bad("id = a\nconst.colour = red\n", 2, "unknown field 'colour'"),
                new Bad("zone = Mars/Olympus\n", 1, "unknown time zone 'Mars/Olympus'"),
                new Bad("time-pattern = HH:mm:ll\n", 1, "not a date-time pattern"),
                new Bad("map.channel.voice = TELEGRAPH\n", 1, "Unknown channel (TELEGRAPH)"),
                new Bad("map.outcome.OK = fine\n", 1, "Unknown outcome (fine)"),
                new Bad("id = a\nid = b\n", 2, "already given on line 1"),
                new Bad("id = {vru+line-{call_id}\n", 1, "unbalanced braces"),
                new Bad("this is not a mapping\n", 1, "expected 'key = value'"),
                new Bad("unit.talk = fortnights\n", 1, "unknown unit 'fortnights'"),
                new Bad("id = a\ncustomerId = b\nqueuedAt = c\nendedAt = d\n", 0,
                        "no column or constant for the required field 'channel'"));
        for (Bad each : bad) {
            assertThatThrownBy(() -> MappingFile.parse(each.text(), "m.mapping")).as(each.text())
                    .isInstanceOfSatisfying(MappingFileException.class, e -> {
                        assertThat(e.line()).isEqualTo(each.line());
                        assertThat(e.source()).isEqualTo("m.mapping");
                        assertThat(e.getMessage()).contains(each.says());
                    });
        }
    }

    @Test
    void aMappingWithoutZoneCannotReadLocalTimes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "id,d,t\n1,2024-03-01,09:00:00\n", StandardCharsets.UTF_8);
        MappingFile mapping = MappingFile.parse("id = id\ncustomerId = id\nconst.channel = PHONE\ndate-column = d\n"
                + "queuedAt = t\nendedAt = t\n", "log.mapping");

        assertThatThrownBy(() -> ExportReader.of(ExportProfile.mapped(mapping)).read(file, i -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone");
    }
}
