package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 §1 (clock skew) and issue 25 item 8 (talk + hold within the contact). Before, the
 * reader accepted {@code talkSeconds: 300000000} in a 10-minute contact (AHT 150,050,079 s) and
 * rejected a one-second skew with "Maybe the times are in different zones?".
 */
class ClockSkewAndTimelineTest {

    private static final ImportOptions TWO_SECONDS = ImportOptions.builder().clockSkew(Duration.ofSeconds(2)).build();

    private static ImportReport readJson(ImportOptions options, String text, List<Interaction> sink) {
        return InteractionReader.jsonLines(options)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.jsonl", sink::add);
    }

    private static String contact(String answeredAt, String endedAt, int talk, int hold) {
        return "{\"id\":\"i-" + talk + "-" + hold + "\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
                + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"" + answeredAt + "\",\"endedAt\":\"" + endedAt
                + "\",\"talkSeconds\":" + talk + ",\"holdSeconds\":" + hold + "}\n";
    }

    @Test
    void aSkewWithinTheToleranceIsClampedAndCounted() throws IOException {
        List<Interaction> read = new ArrayList<>();
        ImportReport report;
        try (InputStream in = getClass().getResourceAsStream("/bad-input/clock-skew.jsonl")) {
            report = InteractionReader.jsonLines(TWO_SECONDS).read(in, "clock-skew.jsonl", read::add);
        }

        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.clockSkewAdjusted()).isEqualTo(2);
        assertThat(read.get(0).answeredAt()).isEqualTo(read.get(0).queuedAt());
        assertThat(read.get(1).endedAt()).isEqualTo(read.get(1).answeredAt());
        // An hour is not skew: still rejected, with the zone hint.
        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.line()).isEqualTo(3);
            assertThat(reject.message()).endsWith("Maybe the times are in different zones?");
        });
    }

    @Test
    void talkAndHoldMayExceedTheContactByTheToleranceOnly() {
        List<Interaction> read = new ArrayList<>();
        // 540 s between answer and end; 541 s of talk is one second too many.
        String text = contact("2026-03-02T09:01:00Z", "2026-03-02T09:10:00Z", 541, 0)
                + contact("2026-03-02T09:01:00Z", "2026-03-02T09:10:00Z", 500, 43);

        ImportReport strict = readJson(ImportOptions.ofDefaults(), text, read);
        ImportReport tolerant = readJson(TWO_SECONDS, text, read);

        assertThat(strict.rejected()).isEqualTo(2);
        assertThat(strict.rejects().get(0).message()).isEqualTo("talk (541 s) and hold (0 s) add up to 541 s, "
                + "more than the 540 s between answeredAt and endedAt");
        assertThat(tolerant.accepted()).isEqualTo(1);
        assertThat(tolerant.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.field()).isEqualTo("talkSeconds");
            assertThat(reject.kind()).isEqualTo(RejectKind.INCONSISTENT);
            assertThat(reject.message()).contains("543 s, more than the 540 s between answeredAt and endedAt "
                    + "(with the clock-skew tolerance of 2 s)");
        });
    }

    @Test
    void aHoldLongerThanTheContactNamesTheHoldField() {
        List<Interaction> read = new ArrayList<>();

        ImportReport report = readJson(ImportOptions.ofDefaults(),
                contact("2026-03-02T09:01:00Z", "2026-03-02T09:10:00Z", 300, 99_999), read);

        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.field()).isEqualTo("holdSeconds");
            assertThat(reject.message()).isEqualTo("the hold (99999 s) is longer than the 540 s between answeredAt "
                    + "and endedAt Maybe the durations are in milliseconds?");
        });
    }

    @Test
    void theToleranceIsAFewSecondsNotAZone() {
        assertThat(ImportOptions.ofDefaults().clockSkew()).isZero();
        assertThatThrownBy(() -> ImportOptions.builder().clockSkew(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The clockSkew (PT1H) is outside PT0S–PT1M.");
        assertThatThrownBy(() -> ImportOptions.builder().clockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TWO_SECONDS.toBuilder().build().clockSkew()).isEqualTo(Duration.ofSeconds(2));
    }
}
