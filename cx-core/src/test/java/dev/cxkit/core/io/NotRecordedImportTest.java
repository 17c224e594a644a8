package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 §2: a fact the file does not carry is read as "not recorded", never as zero, and the
 * import report counts the records without it per field. Expected values worked out by hand from
 * the corpus files (bad-input/README.md).
 */
class NotRecordedImportTest {

    private static ImportReport read(String file, List<Interaction> sink) throws IOException {
        try (InputStream in = NotRecordedImportTest.class.getResourceAsStream("/bad-input/" + file)) {
            InteractionReader reader = file.endsWith(".csv") ? InteractionReader.csv(ImportOptions.ofDefaults())
                    : InteractionReader.jsonLines(ImportOptions.ofDefaults());
            return reader.read(in, file, sink::add);
        }
    }

    @Test
    void csvWithoutHoldAndWrapUpColumnsCarriesNoHoldAndNoWrapUp() throws IOException {
        List<Interaction> read = new ArrayList<>();

        ImportReport report = read("not-recorded.csv", read);

        // 4 accepted rows; talk is empty on lines 3-5; hold, acw, resolved and surveys have no column at all.
        assertThat(report.notRecorded()).containsExactly(entry("talk_seconds", 3L), entry("hold_seconds", 4L),
                entry("acw_seconds", 4L), entry("transfers (no CSV column)", 4L),
                entry("ended_at of abandoned contacts", 1L), entry("resolved", 4L), entry("csat, ces, nps", 4L));
        assertThat(read).allSatisfy(i -> {
            assertThat(i.hold()).isNull();
            assertThat(i.afterContactWork()).isNull();
            assertThat(i.handleTime()).isNull();
            assertThat(i.isRecorded(InteractionFact.TRANSFERS)).isFalse();
        });
        assertThat(read.get(0).talk()).isEqualTo(Duration.ofSeconds(250));
        assertThat(read.get(1).talk()).isNull();
        Interaction abandonedAtUnknownTime = read.get(2);
        assertThat(abandonedAtUnknownTime.isAbandoned()).isTrue();
        assertThat(abandonedAtUnknownTime.queueWait()).isNull();
        assertThat(abandonedAtUnknownTime.endedAt()).isEqualTo(abandonedAtUnknownTime.queuedAt());
        assertThat(read.get(3).queueWait()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void jsonNullSaysNotRecordedAndAbsentStaysZero() throws IOException {
        List<Interaction> read = new ArrayList<>();

        ImportReport report = read("not-recorded.jsonl", read);

        // Accepted: i-1 (hold, acw, transfers null), i-2 (endedAt null), i-3 (no endedAt); none has
        // resolved or feedback. i-2 and i-3 leave talk out: absent is zero, not "not recorded".
        assertThat(report.notRecorded()).containsExactly(entry("holdSeconds", 1L), entry("acwSeconds", 1L),
                entry("transfers", 1L), entry("endedAt of abandoned contacts", 2L), entry("resolved", 3L),
                entry("feedback", 3L));
        assertThat(read.get(0).notRecorded()).containsExactlyInAnyOrder(InteractionFact.HOLD,
                InteractionFact.AFTER_CONTACT_WORK, InteractionFact.TRANSFERS);
        assertThat(read.get(1).talk()).isEqualTo(Duration.ZERO);
        assertThat(read.get(1).notRecorded()).containsExactly(InteractionFact.ABANDON_WAIT);
        assertThat(report.rejects().get(1)).satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(5);
            assertThat(reject.field()).isEqualTo("holds");
            assertThat(reject.message()).contains("1 hold segment(s) but its hold is marked not recorded");
        });
    }

    @Test
    void aFileThatRecordsEverythingReportsNothingMissing() {
        String line = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\",\"queuedAt\":\"2026-03-02T09:00:00Z\","
                + "\"answeredAt\":\"2026-03-02T09:00:20Z\",\"endedAt\":\"2026-03-02T09:05:00Z\",\"talkSeconds\":250,"
                + "\"resolved\":true,\"feedback\":{\"nps\":9}}\n";

        ImportReport report = InteractionReader.jsonLines(ImportOptions.ofDefaults()).read(
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "all.jsonl", i -> { });

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.notRecorded()).isEmpty();
    }
}
