package dev.cxkit.assist.promise;

import java.time.Duration;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of promise is checked. Every duration is counted in {@code basis}. Immutable.
 *
 * @param basis how durations are counted
 * @param minimumLead the least time delivery takes, for example 5 business days for a refund; zero if
 *     it can be immediate
 * @param maxPromise the most that may be promised (an SLA target, or 5 minutes for a hold, after
 *     which callers hang up), or {@code null} for no limit; a promise that needs more is refused
 * @param roundTo adjusted figures are rounded up to a multiple of this, for example 30 s for holds;
 *     positive
 * @param closedHours what to do when a {@link PromiseClock#BUSINESS_HOURS} promise would run over
 *     closed hours; ignored for the other bases
 */
public record PromiseRule(PromiseClock basis, Duration minimumLead, @Nullable Duration maxPromise, Duration roundTo,
        ClosedHours closedHours) {

    private static final Duration DAY = Duration.ofDays(1);

    /** Validates durations; for {@link PromiseClock#BUSINESS_DAYS} they must be whole days. */
    public PromiseRule {
        Checks.notNull(basis, "basis");
        Checks.notNull(closedHours, "closedHours");
        Checks.nonNegative(minimumLead, "minimum lead", "a promise rule");
        Checks.notNull(roundTo, "roundTo");
        if (roundTo.isZero() || roundTo.isNegative()) {
            throw new IllegalArgumentException("The roundTo (" + roundTo + ") of a promise rule must be positive.");
        }
        if (maxPromise != null && (maxPromise.isZero() || maxPromise.isNegative())) {
            throw new IllegalArgumentException("The maxPromise (" + maxPromise
                    + ") of a promise rule must be positive.\nMaybe pass null for no limit?");
        }
        if (maxPromise != null && minimumLead.compareTo(maxPromise) > 0) {
            throw new IllegalArgumentException("The minimum lead (" + minimumLead + ") of a promise rule exceeds its "
                    + "maxPromise (" + maxPromise + "), so every promise would be refused.");
        }
        if (basis == PromiseClock.BUSINESS_DAYS) {
            wholeDays(minimumLead, "minimum lead");
            wholeDays(roundTo, "roundTo");
            if (maxPromise != null) {
                wholeDays(maxPromise, "maxPromise");
            }
        }
    }

    /**
     * A rule counted in calendar time, rounded to {@code roundTo}, with no minimum lead.
     *
     * @param maxPromise the most that may be promised, or {@code null}
     * @param roundTo rounding step, positive
     * @return the rule
     */
    public static PromiseRule calendar(@Nullable Duration maxPromise, Duration roundTo) {
        return new PromiseRule(PromiseClock.CALENDAR, Duration.ZERO, maxPromise, roundTo, ClosedHours.ADJUST);
    }

    /**
     * A rule counted in business hours with no minimum lead.
     *
     * @param maxPromise the most that may be promised (business time), or {@code null}
     * @param roundTo rounding step, positive
     * @param closedHours adjust or refuse a promise that would run over closed hours
     * @return the rule
     */
    public static PromiseRule businessHours(@Nullable Duration maxPromise, Duration roundTo, ClosedHours closedHours) {
        return new PromiseRule(PromiseClock.BUSINESS_HOURS, Duration.ZERO, maxPromise, roundTo, closedHours);
    }

    /**
     * A rule counted in whole business days, rounded to whole days.
     *
     * @param minimumLeadDays the least number of business days delivery takes, not negative
     * @return the rule, with no maximum
     */
    public static PromiseRule businessDays(int minimumLeadDays) {
        if (minimumLeadDays < 0) {
            throw new IllegalArgumentException("The minimum lead (" + minimumLeadDays
                    + " business days) of a promise rule must not be negative.");
        }
        return new PromiseRule(PromiseClock.BUSINESS_DAYS, Duration.ofDays(minimumLeadDays), null, DAY,
                ClosedHours.ADJUST);
    }

    private static void wholeDays(Duration value, String field) {
        if (!value.equals(Duration.ofDays(value.toDays()))) {
            throw new IllegalArgumentException("The " + field + " (" + value
                    + ") of a BUSINESS_DAYS promise rule is not a whole number of days.\nMaybe use BUSINESS_HOURS?");
        }
    }
}
