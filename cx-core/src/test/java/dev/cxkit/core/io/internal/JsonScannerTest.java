package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast-path scanner must give exactly the tape Jackson gives, and must leave to Jackson every
 * line Jackson rejects: for any line it accepts, Jackson accepts it too and the tapes are equal
 * entry by entry (kind, name, parent, extent and value, decimals with their scale).
 */
class JsonScannerTest {

    private final JsonTree jackson = new JsonTree(1 << 20);

    @Property(tries = 3000)
    void whatTheScannerAcceptsJacksonReadsTheSame(@ForAll("lines") String line) {
        check(line);
    }

    @Property(tries = 3000)
    void aDamagedLineIsEitherReadTheSameOrLeftToJackson(@ForAll("damaged") String line) {
        check(line);
    }

    @Test
    void theUsualLineTakesTheFastPath() throws IOException {
        Path example = Path.of("src/test/resources/bad-input/formats-example.jsonl");
        for (String line : Files.readAllLines(example, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                assertThat(scan(line)).as(line).isTrue();
                check(line);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":-}", "{\"a\":1e5}", "{\"a\":NaN}",
        "{\"a\":truex}", "{\"a\":\"x\\\"y\"}", "{\"a\":1}{}", "[1]", "{\"a\":1,\"a\":2}", "{\"a\":1 2}",
        "{\"a\":1234567890123456789}", "{\"a\":[1,]}", "{'a':1}", "{\"a\":1}//", "{\"a\"\t:\"tab\u0001\"}", ""})
    void unusualOrBrokenLinesAreLeftToJackson(String line) {
        assertThat(scan(line)).isFalse();
    }

    @Test
    void fieldNamesAreCanonicalAcrossLines() {
        JsonTape tape = new JsonTape();
        byte[] first = "{\"reason\":\"a\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "{ \"reason\" : \"b\" }".getBytes(StandardCharsets.US_ASCII);
        assertThat(tape.scanner().scan(first, 0, first.length)).isTrue();
        String name = tape.name(1);
        assertThat(tape.scanner().scan(second, 0, second.length)).isTrue();

        assertThat(tape.name(1)).isSameAs(name).isEqualTo("reason");
        assertThat(tape.string(tape.find(0, "reason"))).isEqualTo("b");
    }

    private boolean scan(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return JsonTree.isPlainAscii(bytes, bytes.length) && new JsonTape().scanner().scan(bytes, 0, bytes.length);
    }

    private void check(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (!JsonTree.isPlainAscii(bytes, bytes.length)) {
            return;
        }
        JsonTape scanned = new JsonTape();
        if (!scanned.scanner().scan(bytes, 0, bytes.length)) {
            return;
        }
        JsonTape parsed = new JsonTape();
        assertThatCode(() -> jackson.parseObject(bytes, bytes.length, parsed)).as(line).doesNotThrowAnyException();
        assertThat(scanned.size()).as(line).isEqualTo(parsed.size());
        for (int e = 0; e < parsed.size(); e++) {
            String at = line + " entry " + e;
            assertThat(scanned.kind(e)).as(at).isEqualTo(parsed.kind(e));
            assertThat(scanned.name(e)).as(at).isEqualTo(parsed.name(e));
            assertThat(scanned.parent(e)).as(at).isEqualTo(parsed.parent(e));
            assertThat(scanned.end(e)).as(at).isEqualTo(parsed.end(e));
            switch (parsed.kind(e)) {
                case JsonTape.STRING -> assertThat(scanned.string(e)).as(at).isEqualTo(parsed.string(e));
                case JsonTape.LONG -> assertThat(scanned.longValue(e)).as(at).isEqualTo(parsed.longValue(e));
                // Equal with their scale: 1.50 stays 1.50, as Jackson reads it.
                case JsonTape.DECIMAL -> assertThat(scanned.decimal(e)).as(at).isEqualTo(parsed.decimal(e));
                default -> {
                }
            }
        }
        for (int e = 0; e < parsed.size(); e++) {
            String name = parsed.name(e);
            if (name != null) {
                assertThat(scanned.find(parsed.parent(e), name)).as(line).isEqualTo(parsed.find(parsed.parent(e), name));
            }
        }
    }

    @Provide
    Arbitrary<String> lines() {
        return object(3);
    }

    @Provide
    Arbitrary<String> damaged() {
        return Combinators.combine(object(3), Arbitraries.integers().between(0, 10_000),
                Arbitraries.of("", " ", "\"", "\\", ",", ":", "{", "}", "[", "]", "0", "-", ".", "e", "x", "\t", "\u0001",
                        "é"), Arbitraries.integers().between(0, 3))
                .as((line, at, insert, delete) -> {
                    int position = at % (line.length() + 1);
                    int to = Math.min(line.length(), position + delete);
                    return line.substring(0, position) + insert + line.substring(to);
                });
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> field = Combinators.combine(names(), value(depth), spaces(), spaces())
                .as((name, value, before, after) -> "\"" + name + "\"" + before + ":" + after + value);
        return field.list().ofMaxSize(6).map(fields -> "{" + String.join(",", fields) + "}");
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(strings(), numbers(), Arbitraries.of("true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4)
                .map(values -> "[" + String.join(", ", values) + "]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(depth - 1))));
    }

    private static Arbitrary<String> names() {
        // Few names, so that duplicates within an object come up.
        return Arbitraries.of("id", "at", "reason", "x", "a_b", "queuedAt", "feedback");
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.strings().withChars("abcXYZ019-:._ /+").ofMaxLength(12).map(s -> "\"" + s + "\"");
    }

    private static Arbitrary<String> numbers() {
        Arbitrary<String> whole = Arbitraries.longs().map(Objects::toString);
        Arbitrary<String> small = Arbitraries.integers().between(-1000, 1000).map(Objects::toString);
        Arbitrary<String> decimal = Combinators.combine(Arbitraries.integers().between(-99, 99),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6))
                .as((integral, fraction) -> integral + "." + fraction);
        Arbitrary<String> odd = Arbitraries.of("0", "-0", "-0.0", "1.50", "100000000000000000", "999999999999999999",
                "1000000000000000000", "1e3", "2E-2", "0.1e1", "00", "-", "1.", ".5");
        return Arbitraries.oneOf(whole, small, decimal, odd);
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.of("", "", "", " ", "\t", "  ");
    }

    @Test
    void theGeneratorsMakeLinesTheScannerTakes() {
        List<String> sample = lines().sampleStream().limit(200).toList();
        assertThat(sample.stream().filter(this::scan).count()).isGreaterThan(50);
    }
}
