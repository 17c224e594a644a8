package dev.cxkit.wfm;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.cxkit.core.Money;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A plan's totals for one local day. Immutable.
 *
 * @param date the local date in the plan's zone
 * @param contacts the contacts expected that day
 * @param scheduledHeadHours Σ scheduled heads × interval hours, exact
 * @param peakScheduledHeads the most heads scheduled in one interval that day
 * @param cost the sum of the day's row costs, or {@code null} without a rate
 */
public record DailyTotal(LocalDate date, double contacts, BigDecimal scheduledHeadHours, int peakScheduledHeads,
        @Nullable Money cost) {

    /** Validates the fields. */
    public DailyTotal {
        Checks.notNull(date, "date");
        Checks.notNull(scheduledHeadHours, "scheduledHeadHours");
        if (scheduledHeadHours.signum() < 0 || peakScheduledHeads < 0) {
            throw new IllegalArgumentException("The totals of " + date + " must not be negative.");
        }
    }
}
