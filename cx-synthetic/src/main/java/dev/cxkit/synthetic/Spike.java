package dev.cxkit.synthetic;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.internal.Checks;

/**
 * A planned surge of one contact reason during one week, such as a delivery problem. Immutable.
 *
 * @param reason the reason that spikes; must be one of the configured reasons
 * @param week which ISO week, counted from the ISO week containing the start date (0 is that week);
 *     the week must be complete inside the period and have four complete weeks before it
 * @param factor how many times the usual volume of that reason arrives that week, above 1
 */
public record Spike(ContactReason reason, int week, double factor) {

    /** Validates the week and the factor. */
    public Spike {
        Checks.notNull(reason, "spike reason");
        if (week < 1) {
            throw new IllegalArgumentException("The spike week (" + week + ") must be at least 1."
                    + "\nMaybe count weeks from 0 = the week of the start date?");
        }
        if (!(factor > 1.0 && factor <= 100.0)) {
            throw new IllegalArgumentException("The spike factor (" + factor + ") must be above 1 and at most 100.");
        }
    }
}
