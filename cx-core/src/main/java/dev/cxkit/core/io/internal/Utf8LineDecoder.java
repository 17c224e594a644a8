package dev.cxkit.core.io.internal;

import dev.cxkit.core.io.RejectKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes one line strictly: malformed or unmappable bytes are a reject naming the byte. Not thread-safe. */
final class Utf8LineDecoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);

    /**
     * Decodes {@code bytes[0, size)}.
     *
     * @throws RecordException if the bytes are not UTF-8, naming the 1-based byte in the line
     */
    String decode(byte[] bytes, int size) {
        return decode(bytes, 0, size);
    }

    /**
     * Decodes {@code bytes[offset, offset + size)}.
     *
     * @throws RecordException if the bytes are not UTF-8, naming the 1-based byte in the line
     */
    String decode(byte[] bytes, int offset, int size) {
        if (chars.capacity() < size) {
            chars = CharBuffer.allocate(Math.max(size, chars.capacity() * 2));
        }
        chars.clear();
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, size);
        CoderResult result = decoder.decode(in, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            throw new RecordException(null, RejectKind.ENCODING,
                    "not valid UTF-8 at byte " + (in.position() - offset + 1));
        }
        chars.flip();
        return chars.toString();
    }
}
