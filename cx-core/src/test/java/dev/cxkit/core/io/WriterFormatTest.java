package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Interaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact bytes the writers produce for the docs/formats.md example. */
class WriterFormatTest {

    private static Interaction formatsExample() throws IOException {
        List<Interaction> read = new ArrayList<>();
        try (InputStream in = WriterFormatTest.class.getResourceAsStream("/bad-input/formats-example.jsonl")) {
            InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(in, "formats-example.jsonl", read::add);
        }
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    @Test
    void writesTheFormatsExampleWithoutNullsOrZeroDefaults() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InteractionWriter writer = InteractionWriter.jsonLines(out)) {
            writer.write(formatsExample());
        }

        // The docs/formats.md example minus its null fields and "graceSeconds":0, in the writer's field order.
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"i-1\",\"customerId\":\"c-1\","
                + "\"customerSegment\":\"VIP\",\"agentId\":\"a-1\",\"agentTier\":\"T1\",\"team\":\"billing\","
                + "\"channel\":\"PHONE\",\"reason\":\"billing.double-charge\",\"caseId\":\"k-1\","
                + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
                + "\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420,\"acwSeconds\":60,\"resolved\":true,"
                + "\"sentiment\":-0.4,\"holds\":[{\"start\":\"2026-03-02T09:03:00Z\",\"end\":\"2026-03-02T09:05:00Z\","
                + "\"explained\":true,\"statedWaitSeconds\":30}],\"transfers\":[{\"at\":\"2026-03-02T09:06:00Z\","
                + "\"toAgentId\":\"a-9\",\"toTier\":\"T2\",\"warm\":false,\"handoffSummary\":\"\"}],"
                + "\"emotionalCues\":[{\"at\":\"2026-03-02T09:01:10Z\",\"cue\":\"frustrated\",\"acknowledged\":false}],"
                + "\"customerRepeatedInformation\":true,\"promises\":[{\"id\":\"p-1\",\"kind\":\"CALLBACK\","
                + "\"madeAt\":\"2026-03-02T09:09:00Z\",\"dueBy\":\"2026-03-02T12:00:00Z\"}],"
                + "\"grants\":[{\"action\":\"REFUND\",\"amount\":\"120.00\",\"currency\":\"EUR\"}],"
                + "\"feedback\":{\"csat\":2,\"csatScale\":5,\"ces\":4,\"cesScale\":5,\"nps\":3,\"themes\":[\"wait time\"],"
                + "\"priority\":\"HIGH\",\"receivedAt\":\"2026-03-02T10:00:00Z\"}}\n");
    }

    @Test
    void writesTheFlatCsvWithTotalHold(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flat.csv");
        try (InteractionWriter writer = InteractionWriter.csv(file)) {
            writer.write(formatsExample());
        }

        // hold_seconds is the one 09:03–09:05 segment: 120 s.
        assertThat(Files.readString(file)).isEqualTo("id,customer_id,agent_id,agent_tier,channel,reason,queued_at,"
                + "answered_at,ended_at,talk_seconds,hold_seconds,acw_seconds,resolved,case_id,csat,csat_scale,ces,"
                + "ces_scale,nps\n"
                + "i-1,c-1,a-1,T1,PHONE,billing.double-charge,2026-03-02T09:00:00Z,2026-03-02T09:00:40Z,"
                + "2026-03-02T09:10:00Z,420,120,60,true,k-1,2,5,4,5,3\n");
    }

    @Test
    void writesCaseEventsWithAndWithoutPriority() {
        StringWriter out = new StringWriter();
        try (CaseEventWriter writer = CaseEventWriter.jsonLines(out)) {
            writer.write(new CaseEvent(CaseId.of("k-1"), Instant.parse("2026-03-02T09:00:00.5Z"), CaseStatus.OPEN,
                    dev.cxkit.core.Priority.HIGH));
            writer.write(new CaseEvent(CaseId.of("k-1"), Instant.parse("2026-03-02T10:00:00Z"), CaseStatus.SOLVED,
                    null));
        }

        assertThat(out.toString()).isEqualTo(
                "{\"caseId\":\"k-1\",\"at\":\"2026-03-02T09:00:00.500Z\",\"status\":\"OPEN\",\"priority\":\"HIGH\"}\n"
                        + "{\"caseId\":\"k-1\",\"at\":\"2026-03-02T10:00:00Z\",\"status\":\"SOLVED\"}\n");
    }

    @Test
    void writesDurationsAsPlainDecimalSeconds() throws IOException {
        Interaction half = formatsExample().toBuilder().afterContactWork(java.time.Duration.ofMillis(500))
                .talk(java.time.Duration.ofSeconds(1, 1)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InteractionWriter writer = InteractionWriter.jsonLines(out)) {
            writer.write(half);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"talkSeconds\":1.000000001,\"acwSeconds\":0.5,");
    }
}
