package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rejects and warnings about a field of a nested object name its path ({@code holds[1].start},
 * {@code feedback.nps}); the reader builds a path only when a message needs it.
 */
class NestedFieldPathTest {

    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    /** A valid contact from 09:00:00 to 09:10:00, answered at 09:00:40; %s adds fields. */
    private static final String LINE = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
            + "\"endedAt\":\"2026-03-02T09:10:00Z\"%s}";
    private static final String HOLD = "{\"start\":\"2026-03-02T09:01:00Z\",\"end\":\"2026-03-02T09:02:00Z\"}";

    static Stream<Arguments> nestedFaults() {
        return Stream.of(
                // The second hold's start is not an instant: the path counts array elements from 0.
                Arguments.of(",\"holds\":[" + HOLD + ",{\"start\":\"soon\",\"end\":\"2026-03-02T09:04:00Z\"}]",
                        "holds[1].start", RejectKind.INVALID_VALUE),
                // A hold ending before it starts fails in the domain constructor, reported at its end.
                Arguments.of(",\"holds\":[" + HOLD + ",{\"start\":\"2026-03-02T09:05:00Z\",\"end\":\"2026-03-02T09:04:00Z\"}]",
                        "holds[1].end", RejectKind.INCONSISTENT),
                Arguments.of(",\"feedback\":{\"nps\":11}", "feedback.nps", RejectKind.INCONSISTENT),
                Arguments.of(",\"feedback\":{\"nps\":1.5}", "feedback.nps", RejectKind.INVALID_VALUE),
                Arguments.of(",\"promises\":[{\"id\":\"p-1\",\"kind\":\"CALLBACK\",\"madeAt\":\"2026-03-02T09:09:00Z\","
                        + "\"dueBy\":\"2026-03-02T12:00:00Z\",\"graceSeconds\":-1}]", "promises[0].graceSeconds",
                        RejectKind.INVALID_VALUE),
                Arguments.of(",\"grants\":[{\"action\":\"REFUND\",\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                        + "{\"action\":\"REFUND\",\"amount\":\"lots\",\"currency\":\"EUR\"}]", "grants[1].amount",
                        RejectKind.INVALID_VALUE));
    }

    @ParameterizedTest
    @MethodSource("nestedFaults")
    void rejectNamesThePathOfTheNestedField(String fields, String path, RejectKind kind) {
        ImportReport report = read(LINE.formatted(fields));

        assertThat(report.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.field()).isEqualTo(path);
            assertThat(reject.kind()).isEqualTo(kind);
        });
    }

    @Test
    void warnsAboutAnUnknownFieldOfArrayElementsOnceByPattern() {
        String hold = "{\"start\":\"2026-03-02T09:0%d:00Z\",\"end\":\"2026-03-02T09:0%d:30Z\",\"colour\":\"red\"}";
        String text = LINE.formatted(",\"holds\":[" + hold.formatted(1, 1) + "," + hold.formatted(3, 3) + "]");

        ImportReport report = read(text);

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.warnings()).containsExactly("in.jsonl: unknown field 'holds[].colour' ignored");
    }

    private static ImportReport read(String line) {
        return READER.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "in.jsonl", i -> { });
    }
}
