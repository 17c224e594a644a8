package dev.cxkit.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class JsonTreeTest {

    /** Mostly ASCII letters, sometimes a zero byte or a byte from 0x80 up, at any position of an eight-byte word. */
    @Provide
    Arbitrary<byte[]> lines() {
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.bytes().between((byte) 'a', (byte) 'z')),
                Tuple.of(1, Arbitraries.just((byte) 0)),
                Tuple.of(1, Arbitraries.bytes().between(Byte.MIN_VALUE, (byte) -1)),
                Tuple.of(1, Arbitraries.just((byte) 0x7F)),
                Tuple.of(1, Arbitraries.just((byte) 1)));
        return bytes.array(byte[].class).ofMaxSize(40);
    }

    @Property(tries = 1000)
    void isPlainAsciiExactlyWhenEveryByteIsFrom1To127(@ForAll("lines") byte[] line) {
        boolean expected = true;
        for (byte b : line) {
            expected &= b >= 1 && b <= 127;
        }

        assertThat(JsonTree.isPlainAscii(line, line.length)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void isPlainAsciiLooksOnlyAtTheFirstSizeBytes(@ForAll("lines") byte[] line) {
        byte[] padded = Arrays.copyOf(line, line.length + 9);
        padded[line.length] = (byte) 0x80;

        assertThat(JsonTree.isPlainAscii(padded, line.length)).isEqualTo(JsonTree.isPlainAscii(line, line.length));
    }
}
