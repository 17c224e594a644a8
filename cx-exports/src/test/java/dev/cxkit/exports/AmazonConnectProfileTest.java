package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.kpi.Abandonment;
import dev.cxkit.kpi.AverageHandleTime;
import dev.cxkit.kpi.AverageSpeedOfAnswer;
import dev.cxkit.kpi.HoldTime;
import dev.cxkit.kpi.TransferRate;
import org.junit.jupiter.api.Test;

/**
 * The amazon-connect profile on contacts.jsonl: 63 contact records written from the admin guide's
 * data model (src/test/fixtures/make_amazon_connect.py says which record is which).
 */
class AmazonConnectProfileTest {

    private static final String FILE = "amazon-connect/contacts.jsonl";
    private static final String NAME = "contacts.jsonl";

    private static Fixtures.Result read(Duration skew) {
        return Fixtures.read(ExportProfile.amazonConnect(), ExportOptions.builder().importOptions(ImportOptions.builder().clockSkew(skew).build()).build(), FILE);
    }

    @Test
    void acceptsOrRejectsEveryRecordWithItsReason() {
        Fixtures.Result result = read(Duration.ZERO);

        // 36 answered + 8 abandoned + 2 transfer legs + 3 other channels + 3 superseded copies; 11 rejects.
        assertThat(result.report().read()).isEqualTo(63);
        assertThat(result.report().accepted()).isEqualTo(52);
        assertThat(result.report().rejected()).isEqualTo(11);
        assertThat(result.interactions()).hasSize(49);
        assertThat(result.report().warnings()).anySatisfy(w -> assertThat(w).startsWith("3 contact record(s) were older copies"));

        record Expected(String marker, String field, RejectKind kind, String says) {
        }
        List<Expected> expected = List.of(
                new Expected("\"ContactId\":\"task-1\"", "Channel", RejectKind.INVALID_VALUE, "TASK is agent work"),
                new Expected("\"ContactId\":\"ivr-1\"", "Queue", RejectKind.INVALID_VALUE, "never queued"),
                new Expected("\"ContactId\":\"flow-1\"", "NextContactId", RejectKind.INVALID_VALUE, "neither answered nor abandoned"),
                new Expected("broken-1", null, RejectKind.MALFORMED, "not well-formed JSON"),
                new Expected("\"ContactId\":\"no-channel-1\"", "Channel", RejectKind.MISSING_FIELD, "absent or empty"),
                new Expected("\"ContactId\":\"hold-text-1\"", "Agent.CustomerHoldDuration", RejectKind.WRONG_TYPE,
                        "expected a number of seconds, got a string ('30')"),
                new Expected("\"ContactId\":\"no-connect-1\"", "Agent.ConnectedToAgentTimestamp", RejectKind.MISSING_FIELD,
                        "absent or empty"),
                new Expected("\"ContactId\":\"skew-1\"", "Agent.ConnectedToAgentTimestamp", RejectKind.INCONSISTENT,
                        "is 1 s before queuedAt"),
                new Expected("\"ContactId\":\"early-1\"", "Agent.ConnectedToAgentTimestamp", RejectKind.INCONSISTENT,
                        "Maybe the columns are mapped to the wrong fields?"),
                new Expected("\"ContactId\":\"bad-time-1\"", "DisconnectTimestamp", RejectKind.INVALID_VALUE,
                        "expected a date-time"));
        for (Expected each : expected) {
            var reject = result.rejectAt(NAME, Fixtures.lineOf(FILE, each.marker()));
            assertThat(reject.field()).as(each.marker()).isEqualTo(each.field());
            assertThat(reject.kind()).as(each.marker()).isEqualTo(each.kind());
            assertThat(reject.message()).as(each.marker()).contains(each.says());
        }
        // The record without a ContactId: its line is the only one that names no ContactId.
        assertThat(result.report().rejects()).anySatisfy(r -> {
            assertThat(r.field()).isEqualTo("ContactId");
            assertThat(r.kind()).isEqualTo(RejectKind.MISSING_FIELD);
        });
        assertThat(result.report().rejectsByKind()).containsEntry(RejectKind.INVALID_VALUE, 4L)
                .containsEntry(RejectKind.MISSING_FIELD, 3L).containsEntry(RejectKind.INCONSISTENT, 2L)
                .containsEntry(RejectKind.WRONG_TYPE, 1L).containsEntry(RejectKind.MALFORMED, 1L);
    }

    @Test
    void kpisThroughTheProfileEqualValuesWorkedOutByHand() {
        List<Interaction> all = read(Duration.ZERO).interactions();
        var asa = AverageSpeedOfAnswer.create();
        var aht = AverageHandleTime.create();
        var abandonment = Abandonment.create();
        var transfers = TransferRate.create();
        var hold = HoldTime.create();
        all.forEach(i -> {
            asa.accept(i);
            aht.accept(i);
            abandonment.accept(i);
            transfers.accept(i);
            hold.accept(i);
        });

        // Answered: 36 calls (waits 5, 15, 25, 35 s, nine times each: 720 s), the two transfer legs
        // (10 + 10 s), chat 20 s, e-mail 60 s, outbound 0 s: 820 s over 41 contacts = 20 s.
        assertThat(asa.result().value()).hasValue(820.0 / 41);
        assertThat(asa.result().count()).isEqualTo(41);
        // Handle time: calls talk 12 × (240 + 300 + 360) = 10 800 s, hold 18 × 60 = 1 080 s, ACW 36 × 30
        // = 1 080 s; legs 120 + (180 + 20) = 320 s; chat 600, e-mail 200, outbound 90 + 10: 900 s.
        assertThat(aht.result().value()).hasValue((10_800.0 + 1_080 + 1_080 + 320 + 900) / 41);
        // Offered 49, abandoned 8 of which 2 after 3 s (short abandons, ≤ 5 s, left out of both sides).
        assertThat(abandonment.result().value()).hasValue(6.0 / 47);
        // One handled contact (t-1) was transferred.
        assertThat(transfers.result().value()).hasValue(1.0 / 41);
        // Hold: 18 calls × 60 s over 41 handled contacts.
        assertThat(hold.result().value()).hasValue(1_080.0 / 41);
    }

    @Test
    void keepsTheCopyWithTheNewestLastUpdateTimestamp() {
        Fixtures.Result result = read(Duration.ZERO);

        // The older copies lack after-contact work; c-002's older copy comes after the newer one in the file.
        for (String id : List.of("c-000", "c-001", "c-002")) {
            assertThat(result.interaction(id).afterContactWork()).as(id).isEqualTo(Duration.ofSeconds(30));
        }
        assertThat(result.interactions().stream().filter(i -> i.id().value().equals("c-002"))).hasSize(1);
    }

    @Test
    void mapsEachFieldTheGuideDocuments() {
        Fixtures.Result result = read(Duration.ZERO);

        Interaction call = result.interaction("c-004");
        assertThat(call.channel()).isEqualTo(Channel.PHONE);
        assertThat(call.queuedAt()).isEqualTo(Instant.parse("2024-03-04T09:40:20Z"));
        assertThat(call.answeredAt()).isEqualTo(Instant.parse("2024-03-04T09:40:25Z"));
        assertThat(call.talk()).isEqualTo(Duration.ofSeconds(300));
        assertThat(call.hold()).isEqualTo(Duration.ofSeconds(60));
        assertThat(call.endedAt()).isEqualTo(Instant.parse("2024-03-04T09:46:25Z"));
        assertThat(call.agentId().value()).isEqualTo("agent-0");
        assertThat(call.team().value()).isEqualTo("Billing");
        assertThat(call.customerId().value()).startsWith("ac-").doesNotContain("5550");
        assertThat(call.customerId()).isEqualTo(result.interaction("c-016").customerId());
        assertThat(call.feedback()).isNull();

        Interaction abandoned = result.interaction("a-005");
        assertThat(abandoned.isAbandoned()).isTrue();
        assertThat(abandoned.queueWait()).isEqualTo(Duration.ofSeconds(40));

        Interaction first = result.interaction("t-1");
        assertThat(first.transfers()).singleElement()
                .satisfies(t -> assertThat(t.at()).isEqualTo(Instant.parse("2024-03-04T16:02:10Z")));
        Interaction second = result.interaction("t-2");
        assertThat(second.caseId().value()).isEqualTo("t-1");
        assertThat(second.customerId()).isEqualTo(first.customerId());

        assertThat(result.interaction("chat-1").channel()).isEqualTo(Channel.CHAT);
        assertThat(result.interaction("chat-1").customerId().value()).isEqualTo("contact:chat-1");
        assertThat(result.interaction("mail-1").channel()).isEqualTo(Channel.EMAIL);
        Interaction outbound = result.interaction("out-1");
        assertThat(outbound.queueWait()).isZero();
        assertThat(outbound.agentId().value()).isEqualTo("agent-0");
        assertThat(ExportProfile.amazonConnect().notRecorded()).isEmpty();
        assertThat(call.isRecorded(InteractionFact.TRANSFERS)).isTrue();
        assertThat(abandoned.talk()).isEqualTo(Duration.ZERO);   // never reached an agent: zero, not unknown
        // Every contact record carries talk, hold, wrap-up and transfers; none carries a survey or resolution.
        assertThat(result.report().notRecorded()).containsExactly(java.util.Map.entry("resolved", 49L),
                java.util.Map.entry("survey", 49L));
    }

    @Test
    void clampsAnswerASecondBeforeTheQueueWithinTheClockSkewTolerance() {
        Fixtures.Result result = read(Duration.ofSeconds(2));

        assertThat(result.report().accepted()).isEqualTo(53);
        assertThat(result.report().rejected()).isEqualTo(10);
        Interaction skewed = result.interaction("skew-1");
        assertThat(skewed.answeredAt()).isEqualTo(skewed.queuedAt());
        assertThat(result.report().clockSkewAdjusted()).isEqualTo(1);
        // Ten minutes is no skew: still a reject.
        assertThat(result.rejectAt(NAME, Fixtures.lineOf(FILE, "\"ContactId\":\"early-1\"")).message())
                .contains("is 10m before queuedAt");
    }
}
