package dev.cxkit.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines at {@code '\n'}, which never occurs inside a UTF-8
 * multi-byte sequence, so splitting before decoding is safe. A line longer than the cap is consumed
 * to its end without being stored; only its length is counted. A UTF-8 byte order mark at the start
 * and a {@code '\r'} before the {@code '\n'} are removed. Memory: one read buffer plus at most
 * {@code maxLineBytes} for the current line. Not thread-safe.
 */
final class LineSplitter {

    private static final int READ_BUFFER = 64 * 1024;
    /** Reads eight bytes of a {@code byte[]} as one {@code long}, the first byte lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[READ_BUFFER];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean atStart = true;

    private byte[] line = new byte[256];
    private int size;
    private long length;
    private long lineNumber;

    LineSplitter(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Advances to the next line.
     *
     * @return {@code false} at the end of input
     */
    boolean next() throws IOException {
        size = 0;
        length = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!sawAny) {
                    return false;
                }
                break;
            }
            if (atStart) {
                atStart = false;
                skipByteOrderMark();
                if (position == limit) {
                    continue;
                }
            }
            sawAny = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            if (newline >= 0) {
                position = newline + 1;
                break;
            }
            position = limit;
        }
        lineNumber++;
        if (!isTooLong() && size > 0 && line[size - 1] == '\r') {
            size--;
            length--;
        }
        return true;
    }

    private int indexOfNewline() {
        int i = position;
        // Eight bytes at a time: y has a zero byte where x has a '\n', and the lowest zero byte of y
        // is the lowest byte whose top bit is set in (y - 0x01…01) & ~y (bytes above it may be set by
        // the borrow; they are never looked at).
        for (; i + Long.BYTES <= limit; i += Long.BYTES) {
            long y = (long) LONGS.get(buffer, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long zeros = (y - 0x0101010101010101L) & ~y & 0x8080808080808080L;
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        long newLength = length + count;
        // A '\r' before the '\n' does not count against the cap, hence the + 1.
        if (newLength <= (long) maxLineBytes + 1) {
            if (size + count > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, size + count),
                        (long) maxLineBytes + 1));
            }
            System.arraycopy(buffer, from, line, size, count);
            size += count;
        } else {
            size = 0;
        }
        length = newLength;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit - position < 3 && !endOfInput) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                endOfInput = true;
            } else {
                limit += n;
            }
        }
        if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** @return the 1-based number of the current line */
    long lineNumber() {
        return lineNumber;
    }

    /** @return whether the current line exceeds the cap; then {@link #bytes()} is not available */
    boolean isTooLong() {
        return length > maxLineBytes && !(length == maxLineBytes + 1L && size > 0 && line[size - 1] == '\r');
    }

    /** @return the length of the current line in bytes, without the line end */
    long length() {
        return length;
    }

    /** @return the bytes of the current line; valid up to {@link #size()} until the next call */
    byte[] bytes() {
        return line;
    }

    /** @return the number of valid bytes in {@link #bytes()} */
    int size() {
        return size;
    }

    /** @return whether the current line holds only spaces and tabs */
    boolean isBlank() {
        for (int i = 0; i < size; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
