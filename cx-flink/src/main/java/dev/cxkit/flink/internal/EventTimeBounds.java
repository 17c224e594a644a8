package dev.cxkit.flink.internal;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;

/**
 * The event-time settings both job configs carry ({@code maxOutOfOrderness}, {@code allowedLateness}):
 * their defaults and their checks, in one place so that the two jobs cannot drift apart. Stateless.
 */
public final class EventTimeBounds {

    /** The default bound on out-of-order {@code queuedAt}: 5 min. */
    public static final Duration DEFAULT_MAX_OUT_OF_ORDERNESS = Duration.ofMinutes(5);

    /** The default allowed lateness: 1 h. */
    public static final Duration DEFAULT_ALLOWED_LATENESS = Duration.ofHours(1);

    private EventTimeBounds() {
    }

    /**
     * Checks both bounds: neither negative, and an out-of-orderness that Flink's milliseconds can hold.
     *
     * @param maxOutOfOrderness the watermark's bound
     * @param allowedLateness the allowed lateness
     * @param owner what the values belong to, for the message, such as "scorecard job config"
     * @throws IllegalArgumentException naming the value if a bound is negative, or the out-of-orderness
     *     is above zero but below one millisecond
     */
    public static void check(Duration maxOutOfOrderness, Duration allowedLateness, String owner) {
        Checks.nonNegative(maxOutOfOrderness, "maxOutOfOrderness", owner);
        Checks.nonNegative(allowedLateness, "allowedLateness", owner);
        if (maxOutOfOrderness.toMillis() == 0 && !maxOutOfOrderness.isZero()) {
            throw new IllegalArgumentException("The maxOutOfOrderness (" + maxOutOfOrderness
                    + ") is below Flink's millisecond resolution.\nMaybe use Duration.ZERO or at least 1 ms?");
        }
    }
}
