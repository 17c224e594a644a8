package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Interaction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stream reader hands a plain ASCII line to Jackson as bytes and decodes any other line to text
 * first. Both must give the same outcome and the same reject message as the text path
 * ({@link InteractionReader#parseLine}), column numbers included, although Jackson's byte parser
 * words several errors differently and places some number errors one column further.
 */
class AsciiLineParsingTest {

    private static final InteractionReader READER = InteractionReader.jsonLines(ImportOptions.ofDefaults());
    private static final String VALID = "{\"id\":\"i-1\",\"customerId\":\"c-1\",\"channel\":\"PHONE\","
            + "\"queuedAt\":\"2026-03-02T09:00:00Z\",\"answeredAt\":\"2026-03-02T09:00:40Z\","
            + "\"endedAt\":\"2026-03-02T09:10:00Z\",\"talkSeconds\":420,\"sentiment\":-0.5,"
            + "\"holds\":[{\"start\":\"2026-03-02T09:03:00Z\",\"end\":\"2026-03-02T09:05:00Z\",\"explained\":true}],"
            + "\"feedback\":{\"csat\":4,\"csatScale\":5,\"themes\":[\"wait time\"]}}";

    /**
     * A malformed ASCII line, its twin with one letter inside a string replaced by {@code é} (same
     * number of characters, one byte more), and the message both must get. The messages are the
     * text parser's, as the reader gave them before the byte path; the columns count characters:
     * one past the last character at the end of input ({@code {"id":"i-1} has 10), the offending
     * character otherwise ({@code ]} is the 10th of {@code {"id":[1,]}}), and for a number cut
     * short after its point the text parser's column 17, where the byte parser says 18.
     */
    static Stream<Arguments> malformedTwins() {
        String eof = "malformed JSON: Unexpected end-of-input";
        return Stream.of(
                Arguments.of("{\"id\":\"i-1", "{\"id\":\"é-1",
                        eof + ": was expecting closing quote for a string value at column 11"),
                Arguments.of("{\"id", "{\"éd", eof + " in field name at column 5"),
                Arguments.of("{\"a\":-", "{\"é\":-", eof + "No digit following sign at column 7"),
                Arguments.of("{\"id\":[1,]}", "{\"éd\":[1,]}", "malformed JSON: Unexpected character (']' (code 93)): "
                        + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
                        + " at column 10"),
                Arguments.of("{\"talkSeconds\":1.}", "{\"tälkSeconds\":1.}", "malformed JSON: Unexpected character "
                        + "('}' (code 125)) in numeric value: Decimal point not followed by a digit at column 17"),
                Arguments.of("{\"a\":1} x", "{\"é\":1} x", "malformed JSON: Unrecognized token 'x': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 9"));
    }

    @ParameterizedTest
    @MethodSource("malformedTwins")
    void asciiLineAndItsNonAsciiTwinGetTheTextParsersMessage(String ascii, String twin, String message) {
        Reject asciiReject = readOne(ascii).rejects().get(0);
        Reject twinReject = readOne(twin).rejects().get(0);

        assertThat(asciiReject.kind()).isEqualTo(RejectKind.MALFORMED);
        assertThat(asciiReject.message()).isEqualTo(message);
        assertThat(twinReject.message()).isEqualTo(message);
        assertThat(READER.parseLine(ascii, "in.jsonl")).isEqualTo(new ParsedLine.Rejected<Interaction>(asciiReject));
    }

    /**
     * A zero byte is ASCII, but near the start of a byte array it makes Jackson's encoding detection
     * read the line as UTF-16 or UTF-32; such lines take the text path.
     */
    @ParameterizedTest
    @MethodSource("zeroBytes")
    void lineWithZeroByteGetsTheTextParsersMessage(String line) {
        ImportReport report = readOne(line);

        assertThat(report.rejects()).hasSize(1);
        assertThat(READER.parseLine(line, "in.jsonl"))
                .isEqualTo(new ParsedLine.Rejected<Interaction>(report.rejects().get(0)));
        // The text parser sees a control character where a token or a string character should be.
        assertThat(report.rejects().get(0).message()).contains("(CTRL-CHAR, code 0)");
    }

    static Stream<String> zeroBytes() {
        return Stream.of("\0\0\0{", "{\0\0\0", "\0{\"a\":1}", "{\"a\":\"\0\"}");
    }

    /** Arbitrary edits of a valid line with ASCII characters: the byte path agrees with the text path. */
    @Property(tries = 400)
    void byteAndTextPathsAgreeOnEditedAsciiLines(@ForAll("editedAsciiLines") String line) {
        ParseLineTest.assertParseLineAgreesWithRead(line, "in.jsonl");
    }

    @Provide
    Arbitrary<String> editedAsciiLines() {
        // Any ASCII character except the line ends; JSON punctuation and digits more often.
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u007f').filter(c -> c != '\n' && c != '\r').map(String::valueOf),
                Arbitraries.of("{", "}", "[", "]", "\"", ":", ",", "-", ".", "e", "0", "1", "\\", "\\u12", "nul",
                        "true", "NaN", " ", "\t"));
        Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 12);
        return Combinators.combine(at, cut, insert, Arbitraries.integers().between(0, 2))
                .as((position, length, text, kind) -> {
                    int end = Math.min(VALID.length(), position + length);
                    return switch (kind) {
                        case 0 -> VALID.substring(0, position) + text + VALID.substring(position);
                        case 1 -> VALID.substring(0, position) + VALID.substring(end);
                        default -> VALID.substring(0, position) + text + VALID.substring(end);
                    };
                })
                .filter(line -> !line.isBlank());
    }

    private static ImportReport readOne(String line) {
        ImportReport report = READER.read(ParseLineTest.stream(line), "in.jsonl", interaction -> { });
        assertThat(report.read()).isEqualTo(1);
        return report;
    }
}
