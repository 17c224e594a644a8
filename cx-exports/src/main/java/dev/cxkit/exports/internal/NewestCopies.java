package dev.cxkit.exports.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which copy of a record delivered more than once to keep: the one with the greatest version
 * (an update timestamp), the later in the input on a tie. Fed on a first pass over the input, asked
 * on the second. Holds one small entry per distinct id. Not thread-safe.
 */
final class NewestCopies {

    private final Map<String, long[]> newest = new HashMap<>();
    private long offered;

    /**
     * @param version the copy's update time, or {@code null} if unknown (older than any known time)
     * @param ordinal the copy's position in the input
     */
    void offer(String id, @Nullable Instant version, long ordinal) {
        offered++;
        long v = version == null ? Long.MIN_VALUE : version.getEpochSecond() * 1_000_000_000L + version.getNano();
        long[] current = newest.get(id);
        if (current == null || v >= current[0]) {
            newest.put(id, new long[] {v, ordinal});
        }
    }

    /** Whether this copy is the one to keep; ids never offered are kept (their record fails on its own). */
    boolean isNewest(@Nullable String id, long ordinal) {
        long[] current = id == null ? null : newest.get(id);
        return current == null || current[1] == ordinal;
    }

    /** Copies replaced by a newer copy of the same record. */
    long superseded() {
        return offered - newest.size();
    }
}
