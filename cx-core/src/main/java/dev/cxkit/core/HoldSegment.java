package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One period a customer was put on hold. Immutable.
 *
 * @param start when the hold began
 * @param end when the agent came back
 * @param explained whether the customer was told why; {@code null} if the record does not say (not
 *     recorded, which is not the same as "not explained": the audit does not judge such a hold)
 * @param statedWait the wait the agent announced ("30 seconds"), or {@code null} if none was stated
 */
public record HoldSegment(Instant start, Instant end, @Nullable Boolean explained, @Nullable Duration statedWait) {

    /** Validates order and the stated wait. */
    public HoldSegment {
        Checks.notNull(start, "hold start");
        Checks.notNull(end, "hold end");
        Checks.notBefore(end, "end", start, "start", "hold segment");
        if (statedWait != null) {
            Checks.nonNegative(statedWait, "statedWait", Checks.owner("hold segment starting at", start));
        }
    }

    /**
     * How long the hold lasted.
     *
     * @return {@code end - start}
     */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
