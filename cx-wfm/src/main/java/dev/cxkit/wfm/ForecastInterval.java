package dev.cxkit.wfm;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The forecast for one interval. Immutable.
 *
 * @param start the interval's start
 * @param contacts the expected contacts, ≥ 0 (0 when the calendar is closed)
 * @param lower the lower end of the prediction interval, a whole number of contacts ≤ the upper end
 * @param upper the upper end of the prediction interval
 * @param averageHandleTime the expected average handle time, or {@code null} when the history has
 *        none to go by or the interval is closed
 * @param open whether the calendar is open during the interval
 */
public record ForecastInterval(Instant start, double contacts, double lower, double upper,
        @Nullable Duration averageHandleTime, boolean open) {

    /** Validates the figures. */
    public ForecastInterval {
        Checks.notNull(start, "start");
        if (!(contacts >= 0 && contacts < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The forecast contacts (" + contacts + ") of interval " + start
                    + " must be a finite number ≥ 0.");
        }
        if (!(lower >= 0 && lower <= upper)) {
            throw new IllegalArgumentException("The prediction interval [" + lower + ", " + upper + "] of interval "
                    + start + " must satisfy 0 ≤ lower ≤ upper.");
        }
        if (averageHandleTime != null && (averageHandleTime.isNegative() || averageHandleTime.isZero())) {
            throw new IllegalArgumentException("The average handle time (" + averageHandleTime + ") of interval "
                    + start + " must be positive.");
        }
    }
}
