package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@link InteractionReader#parseLine} agrees with reading the same line as a stream. */
class ParseLineTest {

    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    private static final String VALID = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
            + "\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420}";

    /** Every non-blank, text-valid line of the JSON Lines files of the bad-input corpus. */
    static Stream<String> corpusLines() throws IOException {
        Path corpus = Path.of("src/test/resources/bad-input");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.contains("\uFFFD")) {
                    text.lines().map(line -> line.startsWith("\uFEFF") ? line.substring(1) : line)
                            .filter(line -> !line.isBlank()).forEach(lines::add);
                }
            }
        }
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("corpusLines")
    void agreesWithTheStreamReaderOnEveryCorpusLine(String line) {
        assertParseLineAgreesWithRead(line, "topic");
    }

    /**
     * {@code parseLine} gives the interaction the stream reader accepts from the same one-line input,
     * or the reject it reports for it. Shared with {@link AsciiLineParsingTest}.
     */
    static void assertParseLineAgreesWithRead(String line, String source) {
        List<Interaction> read = new ArrayList<>();
        ImportReport report = READER.read(stream(line), source, read::add);

        ParsedLine<Interaction> parsed = READER.parseLine(line, source);

        if (report.accepted() == 1) {
            assertThat(parsed).isEqualTo(new ParsedLine.Accepted<>(read.get(0)));
        } else {
            assertThat(parsed).isEqualTo(new ParsedLine.Rejected<Interaction>(report.rejects().get(0)));
        }
    }

    @Test
    void acceptsAValidLine() {
        assertThat(READER.parseLine(VALID, "topic")).isInstanceOfSatisfying(ParsedLine.Accepted.class,
                accepted -> assertThat(((Interaction) accepted.value()).id().value()).isEqualTo("i-1"));
    }

    @Test
    void rejectsAMissingFieldAsDataNamingTheSourceAndField() {
        ParsedLine<Interaction> parsed = READER.parseLine(VALID.replace("\"customerId\":\"c-1\",", ""), "cx.contacts");

        assertThat(parsed).isInstanceOfSatisfying(ParsedLine.Rejected.class, rejected -> {
            Reject reject = rejected.reject();
            assertThat(reject.source()).isEqualTo("cx.contacts");
            assertThat(reject.line()).isEqualTo(1);
            assertThat(reject.field()).isEqualTo("customerId");
            assertThat(reject.kind()).isEqualTo(RejectKind.MISSING_FIELD);
        });
    }

    @Test
    void rejectsInsteadOfThrowingEvenWhenTheOptionsSayFailFast() {
        InteractionReader failFast = InteractionReader.jsonLines(ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).build());

        assertThat(failFast.parseLine("{", "topic")).isInstanceOf(ParsedLine.Rejected.class);
    }

    @Test
    void rejectsBlankTooLongAndUnpairedSurrogateLines() {
        assertThat(kind(READER.parseLine("  ", "t"))).isEqualTo(RejectKind.MALFORMED);
        // 200 three-byte characters are 600 bytes of UTF-8, over a 512-byte limit though only 200 chars long.
        InteractionReader small = InteractionReader.jsonLines(ImportOptions.builder().maxLineBytes(512).build());
        assertThat(kind(small.parseLine("{\"id\":\"" + "€".repeat(200) + "\"}", "t"))).isEqualTo(RejectKind.TOO_LONG);
        assertThat(kind(READER.parseLine(VALID.replace("c-1", "c-\uD800"), "t"))).isEqualTo(RejectKind.ENCODING);
        // A well-formed pair (an emoji) is fine.
        assertThat(READER.parseLine(VALID.replace("c-1", "c-\uD83D\uDE00"), "t")).isInstanceOf(ParsedLine.Accepted.class);
    }

    @Test
    void aCsvReaderCannotParseOneLineAndSaysWhatToUse() {
        InteractionReader csv = InteractionReader.csv(ImportOptions.ofDefaults());

        assertThatThrownBy(() -> csv.parseLine("i-1,c-1,PHONE", "t"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Maybe");
    }

    private static RejectKind kind(ParsedLine<Interaction> parsed) {
        assertThat(parsed).isInstanceOf(ParsedLine.Rejected.class);
        return ((ParsedLine.Rejected<Interaction>) parsed).reject().kind();
    }

    static InputStream stream(String line) {
        return new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8));
    }
}
