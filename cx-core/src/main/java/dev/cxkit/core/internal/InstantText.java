package dev.cxkit.core.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@link Instant#toString()} without the formatter: the same ISO-8601 text (seconds always, the
 * fraction in groups of three digits only as far as needed, {@code Z}) for instants from 1970 to
 * 9999, which is every instant an export holds; others go to {@code Instant.toString()}. The audit
 * renders about two instants per finding as evidence, and the general formatter cost more than the
 * rule that found it. Thread-safe.
 */
public final class InstantText {

    /** 10000-01-01T00:00:00Z: from here on ISO-8601 needs a sign and more than four year digits. */
    private static final long YEAR_10000 = 253_402_300_800L;
    private static final int SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    /**
     * The instant as {@link Instant#toString()} writes it.
     *
     * @param instant the instant
     * @return for example {@code 2026-03-02T09:00:00Z} or {@code 2026-03-02T09:00:00.250Z}
     */
    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= YEAR_10000) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        int nano = instant.getNano();
        byte[] text = new byte[31];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int length = 19;
        if (nano != 0) {
            text[length++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(text, length, nano / 1_000_000, 3);
                length += 3;
            } else if (nano % 1_000 == 0) {
                digits(text, length, nano / 1_000, 6);
                length += 6;
            } else {
                digits(text, length, nano, 9);
                length += 9;
            }
        }
        text[length++] = 'Z';
        return new String(text, 0, length, StandardCharsets.US_ASCII);
    }

    /** Writes {@code value} as exactly {@code count} decimal digits, zero-padded, at {@code at}. */
    private static void digits(byte[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
