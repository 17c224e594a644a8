package dev.cxkit.exports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Physical lines of UTF-8 bytes with bounded memory: a line longer than the cap is read to its end
 * without being kept; a leading byte order mark is skipped; {@code \r\n} and {@code \n} both end a
 * line. Not thread-safe.
 */
final class LineReader {

    /**
     * One physical line.
     *
     * @param number the 1-based line number
     * @param text the decoded text, or {@code null} if the line was too long or not UTF-8
     * @param bytes the line's length in bytes, line end not counted
     * @param tooLong whether the line exceeded the cap
     */
    record Line(long number, @Nullable String text, long bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[256];
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private long lineNumber;
    private boolean eof;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or {@code null} at the end of the input. */
    @Nullable Line next() throws IOException {
        if (eof) {
            return null;
        }
        int kept = 0;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd) {
                chunkEnd = in.read(chunk);
                chunkPos = 0;
                if (chunkEnd <= 0) {
                    chunkEnd = 0;
                    eof = true;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            byte b = chunk[chunkPos++];
            if (b == '\n') {
                break;
            }
            if (length < maxBytes + 1L) {
                if (kept == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(Math.max(kept * 2, 16), maxBytes + 1));
                }
                buffer[kept++] = b;
            }
            length++;
        }
        lineNumber++;
        if (kept > 0 && buffer[kept - 1] == '\r' && length <= maxBytes + 1L) {
            kept--;
            length--;
        }
        int start = 0;
        if (lineNumber == 1 && kept >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB
                && buffer[2] == (byte) 0xBF) {
            start = 3;
            length -= 3;
        }
        if (length > maxBytes) {
            return new Line(lineNumber, null, length, true);
        }
        try {
            String text = decoder.reset().decode(ByteBuffer.wrap(buffer, start, kept - start)).toString();
            return new Line(lineNumber, text, length, false);
        } catch (CharacterCodingException e) {
            return new Line(lineNumber, null, length, false);
        }
    }
}
