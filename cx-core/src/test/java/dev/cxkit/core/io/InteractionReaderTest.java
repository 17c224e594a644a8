package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionReaderTest {

    private static final String VALID = "{\"id\":\"%s\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
            + "\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420%s}";
    private static final String HEADER = "id,customer_id,channel,queued_at,answered_at,ended_at,talk_seconds";

    private static String valid(String id) {
        return VALID.formatted(id, "");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportReport readJson(ImportOptions options, String text, List<Interaction> sink) {
        return InteractionReader.jsonLines(options).read(stream(text), "in.jsonl", sink::add);
    }

    @Test
    void rejectNamesFileLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("interactions.jsonl");
        Files.writeString(file, valid("i-1") + "\n\n" + valid("i-2").replace("09:00:00Z", "09:00") + "\n");

        ImportReport report = InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(file, i -> { });

        // The blank line 2 is skipped but still counts for line numbers: the bad record is on line 3.
        assertThat(report.source()).isEqualTo("interactions.jsonl");
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.source()).isEqualTo("interactions.jsonl");
            assertThat(reject.line()).isEqualTo(3);
            assertThat(reject.field()).isEqualTo("queuedAt");
            assertThat(reject.kind()).isEqualTo(RejectKind.INVALID_VALUE);
            assertThat(reject).hasToString("interactions.jsonl:3: field 'queuedAt': expected an ISO-8601 instant "
                    + "with offset such as 2026-03-02T09:00:00Z, got '2026-03-02T09:00'");
        });
    }

    @Test
    void failFastThrowsImportExceptionWithTheFirstReject() {
        ImportOptions failFast = ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).build();
        List<Interaction> sink = new ArrayList<>();
        String text = valid("i-1") + "\n{\"id\":\"i-2\"}\n" + valid("i-1") + "\n";

        assertThatThrownBy(() -> readJson(failFast, text, sink))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reject().line()).isEqualTo(2);
                    assertThat(e.reject().field()).isEqualTo("customerId");
                    assertThat(e.reject().kind()).isEqualTo(RejectKind.MISSING_FIELD);
                    assertThat(e).hasMessage("in.jsonl:2: field 'customerId': required field is missing");
                });
        assertThat(sink).extracting(i -> i.id().value()).containsExactly("i-1");
    }

    @Test
    void warnsOncePerUnknownFieldName() {
        String text = VALID.formatted("i-1", ",\"colour\":\"blue\",\"holds\":[]") + "\n"
                + VALID.formatted("i-2", ",\"colour\":\"red\",\"size\":1") + "\n"
                + VALID.formatted("i-3", ",\"feedback\":{\"nps\":9,\"colour\":\"green\"}") + "\n";

        ImportReport report = readJson(ImportOptions.ofDefaults(), text, new ArrayList<>());

        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.warnings()).containsExactly("in.jsonl: unknown field 'colour' ignored",
                "in.jsonl: unknown field 'size' ignored", "in.jsonl: unknown field 'feedback.colour' ignored");
    }

    @Test
    void warnsOncePerUnknownColumn() {
        String text = HEADER + ",colour,notes\n"
                + "i-1,c-1,PHONE,2026-03-02T09:00:00Z,,2026-03-02T09:01:00Z,0,blue,x\n"
                + "i-2,c-1,PHONE,2026-03-02T09:00:00Z,,2026-03-02T09:01:00Z,0,red,y\n";

        ImportReport report = InteractionReader.csv(ImportOptions.ofDefaults()).read(stream(text), "in.csv", i -> { });

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.warnings()).containsExactly("in.csv: unknown column 'colour' ignored",
                "in.csv: unknown column 'notes' ignored");
    }

    @Test
    void rejectsTenMegabyteLineWithoutBufferingIt() {
        // 10 MiB of spaces inside a JSON string, produced lazily so the test itself never holds it either.
        long size = 10L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(new SequenceInputStream(huge, stream("\n")),
                stream(valid("i-2") + "\n"));
        List<Interaction> sink = new ArrayList<>();

        ImportReport report = InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(in, "big.jsonl", sink::add);

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(1);
            assertThat(reject.kind()).isEqualTo(RejectKind.TOO_LONG);
            assertThat(reject.message()).isEqualTo("line is 10485760 bytes; the limit is 1048576 (maxLineBytes)");
        });
        assertThat(sink).extracting(i -> i.id().value()).containsExactly("i-2");
    }

    @Test
    void appliesATinyLineCapToEveryLine() {
        ImportOptions tiny = ImportOptions.builder().maxLineBytes(80).build();
        String shortEvent = "{\"caseId\":\"k-1\",\"at\":\"2026-03-02T09:00:00Z\",\"status\":\"OPEN\"}";
        String longEvent = "{\"caseId\":\"k-1\",\"at\":\"2026-03-02T09:00:00Z\",\"status\":\"OPEN\",\"priority\":\"HIGH\","
                + "\"note\":\"" + "x".repeat(100) + "\"}";
        List<CaseEvent> sink = new ArrayList<>();

        ImportReport report = CaseEventReader.jsonLines(tiny)
                .read(stream(shortEvent + "\r\n" + longEvent + "\r\n" + shortEvent), "events.jsonl", sink::add);

        // shortEvent is 60 bytes (under 80 even with its '\r'); longEvent is 86 + 100 + 2 = 188 bytes, plus '\r' = 189.
        assertThat(sink).hasSize(2);
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(2);
            assertThat(reject.message()).isEqualTo("line is 189 bytes; the limit is 80 (maxLineBytes)");
        });
    }

    @Test
    void capsACsvRecordSpanningLines() {
        ImportOptions tiny = ImportOptions.builder().maxLineBytes(120).build();
        String row = "i-%d,c-1,PHONE,2026-03-02T09:00:00Z,,2026-03-02T09:01:00Z,0,";
        String text = HEADER + ",notes\n" + row.formatted(1) + "\"a\n" + "b".repeat(60) + "\n" + "c".repeat(60) + "\"\n"
                + row.formatted(2) + "ok\n";

        ImportReport report = InteractionReader.csv(tiny).read(stream(text), "in.csv", i -> { });

        // The record of lines 2-4 would be 61 + 2 + 61 + 62 bytes, over 120: the quote opened on line 2 is
        // taken for a stray quote (issue 25 item 7), line 2 is rejected, and lines 3 and 4 are read again as
        // records of their own (both broken); the record on line 5 is fine.
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L);
        assertThat(report.rejects().get(0)).satisfies(reject -> {
            assertThat(reject.kind()).isEqualTo(RejectKind.MALFORMED);
            assertThat(reject.message()).contains("does not close within 120 bytes (maxLineBytes)");
        });
    }

    @Test
    void keepsOnlyTheFirstRejectsButCountsAll() {
        ImportOptions options = ImportOptions.builder().maxRejectsKept(2).build();
        String text = "x\n".repeat(5) + valid("i-1") + "\n";

        ImportReport report = readJson(options, text, new ArrayList<>());

        assertThat(report.read()).isEqualTo(6);
        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.rejects()).extracting(Reject::line).containsExactly(1L, 2L);
        assertThat(report.rejectsNotKept()).isEqualTo(3);
        assertThat(report.rejectsByKind()).containsEntry(RejectKind.MALFORMED, 5L);
    }

    @Test
    void readsFractionalSecondsExactly() {
        List<Interaction> sink = new ArrayList<>();

        readJson(ImportOptions.ofDefaults(), VALID.formatted("i-1", ",\"acwSeconds\":0.1,\"holdSeconds\":12.000000001")
                .replace("\"talkSeconds\":420", "\"talkSeconds\":1e2"), sink);

        // 0.1 s is exactly 100 ms (no binary floating point); 1e2 is 100 s.
        assertThat(sink).singleElement().satisfies(i -> {
            assertThat(i.afterContactWork()).isEqualTo(Duration.ofMillis(100));
            assertThat(i.talk()).isEqualTo(Duration.ofSeconds(100));
            assertThat(i.hold()).isEqualTo(Duration.ofSeconds(12, 1));
        });
    }

    @Test
    void mapsFeedbackResolvedAndDefaultsOfTheFeedback() {
        List<Interaction> sink = new ArrayList<>();

        readJson(ImportOptions.ofDefaults(), VALID.formatted("i-1", ",\"feedback\":{\"resolved\":false,\"nps\":9}"), sink);

        assertThat(sink).singleElement().satisfies(i -> {
            assertThat(i.feedback()).isNotNull();
            assertThat(i.feedback().resolved()).isFalse();
            assertThat(i.feedback().nps()).isEqualTo(9);
            assertThat(i.feedback().priority()).isEqualTo(dev.cxkit.core.Priority.NORMAL);
            assertThat(i.feedback().receivedAt()).isEqualTo(i.endedAt());
        });
    }

    @Test
    void abbreviatesHugeValuesInRejects() {
        String text = VALID.formatted("i-1", "").replace("\"PHONE\"", "\"" + "F".repeat(10_000) + "\"");

        ImportReport report = readJson(ImportOptions.ofDefaults(), text, new ArrayList<>());

        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.field()).isEqualTo("channel");
            assertThat(reject.message()).startsWith("Unknown channel (FFF").hasSizeLessThan(300);
        });
    }

    @Test
    void rejectsCsvScoreWithoutItsScale() {
        String text = "id,customer_id,channel,queued_at,ended_at,csat\n"
                + "i-1,c-1,PHONE,2026-03-02T09:00:00Z,2026-03-02T09:01:00Z,4\n";

        ImportReport report = InteractionReader.csv(ImportOptions.ofDefaults()).read(stream(text), "in.csv", i -> { });

        assertThat(report.rejects()).singleElement()
                .hasToString("in.csv:2: field 'csat_scale': required when 'csat' is given");
    }
}
