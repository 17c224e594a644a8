package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.strings().withChars("ab\"é中 \r").ofMaxLength(200).list().ofMaxSize(20);
    }

    /** Reads with a stream that returns at most 7 bytes per call, so lines straddle every buffer edge. */
    private static List<String> split(byte[] bytes, int max) throws IOException {
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        LineSplitter splitter = new LineSplitter(trickle, max);
        List<String> result = new ArrayList<>();
        while (splitter.next()) {
            result.add(splitter.isTooLong() ? "<" + splitter.length() + ">"
                    : new String(splitter.bytes(), 0, splitter.size(), StandardCharsets.UTF_8));
        }
        return result;
    }

    @Property(tries = 200)
    void splitsJoinedLinesBackIntoTheSameLines(@ForAll("lines") List<String> lines) throws IOException {
        // Lines ending in '\r' would lose it as a CRLF end; the generator may produce them, so expect that.
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        byte[] bytes = (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8);

        assertThat(escaped(split(bytes, 1 << 20))).isEqualTo(escaped(expected));
    }

    /**
     * The same with whole-buffer reads, so that the splitter searches eight bytes at a time: lines of
     * every length from 0 to 40 put each '\n' at each position of an eight-byte word.
     */
    @Property(tries = 200)
    void splitsJoinedLinesReadInLargeChunks(@ForAll("lines") List<String> lines) throws IOException {
        List<String> input = new ArrayList<>(lines);
        for (int length = 0; length <= 40; length++) {
            input.add("x".repeat(length));
        }
        List<String> expected = new ArrayList<>();
        for (String line : input) {
            expected.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        byte[] bytes = (String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8);

        LineSplitter splitter = new LineSplitter(new ByteArrayInputStream(bytes), 1 << 20);
        List<String> result = new ArrayList<>();
        while (splitter.next()) {
            result.add(new String(splitter.bytes(), 0, splitter.size(), StandardCharsets.UTF_8));
        }

        assertThat(escaped(result)).isEqualTo(escaped(expected));
    }

    /** Shows '\r' visibly so that a failure message stays readable. */
    private static List<String> escaped(List<String> lines) {
        return lines.stream().map(line -> line.replace("\r", "\\r")).toList();
    }

    @Test
    void stripsByteOrderMarkOnlyAtTheStart() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = new String(bom, StandardCharsets.ISO_8859_1) + "a\n" + new String(bom, StandardCharsets.ISO_8859_1);

        List<String> result = split(text.getBytes(StandardCharsets.ISO_8859_1), 100);

        assertThat(result).containsExactly("a", "\uFEFF");
    }

    @Test
    void reportsTheLengthOfAnOverLongLineAndContinues() throws IOException {
        byte[] bytes = ("x".repeat(50) + "\nshort\n" + "y".repeat(20)).getBytes(StandardCharsets.US_ASCII);

        assertThat(split(bytes, 20)).containsExactly("<50>", "short", "y".repeat(20));
    }

    @Test
    void aLastLineWithoutNewlineIsALine() throws IOException {
        assertThat(split("a\nb".getBytes(StandardCharsets.US_ASCII), 100)).containsExactly("a", "b");
        assertThat(split(new byte[0], 100)).isEmpty();
    }
}
