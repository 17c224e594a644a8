package dev.cxkit.assist.promise;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;

/**
 * How long the delivering team expects it will take before it can act, counted in the promise
 * kind's {@link PromiseClock}: the expected wait before an agent is free (holds, transfers) or before a
 * callback slot comes up. Immutable.
 *
 * @param expectedDelay the expected delay, not negative
 */
public record CapacityHint(Duration expectedDelay) {

    private static final CapacityHint NONE = new CapacityHint(Duration.ZERO);

    /** Validates the delay. */
    public CapacityHint {
        Checks.nonNegative(expectedDelay, "expected delay", "a capacity hint");
    }

    /**
     * No known delay.
     *
     * @return a hint of zero
     */
    public static CapacityHint none() {
        return NONE;
    }

    /**
     * A known expected delay.
     *
     * @param expectedDelay not negative
     * @return the hint
     */
    public static CapacityHint of(Duration expectedDelay) {
        return new CapacityHint(expectedDelay);
    }

    /**
     * The delay implied by a queue: {@code ⌈waiting × 3600 / handledPerHour⌉} seconds, for example 6
     * callbacks booked ahead at 4 an hour give 1 h 30 min.
     *
     * @param waiting items ahead in the queue, not negative
     * @param handledPerHour items the team handles per hour, positive
     * @return the hint
     * @throws IllegalArgumentException if {@code waiting} is negative or {@code handledPerHour} not positive
     */
    public static CapacityHint queue(int waiting, int handledPerHour) {
        if (waiting < 0) {
            throw new IllegalArgumentException("The queue length (" + waiting + ") must not be negative.");
        }
        if (handledPerHour <= 0) {
            throw new IllegalArgumentException("The throughput (" + handledPerHour
                    + " per hour) must be positive.\nMaybe nobody is staffed, so no promise can be made?");
        }
        long seconds = ((long) waiting * 3600 + handledPerHour - 1) / handledPerHour;
        return new CapacityHint(Duration.ofSeconds(seconds));
    }
}
