package dev.cxkit.kpi;

import dev.cxkit.core.CustomerId;
import dev.cxkit.core.internal.Checks;

/**
 * Whether one customer was a customer at the start and at the end of a period, the input of
 * {@link Churn}. Immutable.
 *
 * @param customerId the customer
 * @param activeAtStart whether the customer was active when the period began
 * @param activeAtEnd whether the customer was still (or newly) active when it ended
 */
public record CustomerMembership(CustomerId customerId, boolean activeAtStart, boolean activeAtEnd) {

    /** Validates the id. */
    public CustomerMembership {
        Checks.notNull(customerId, "customerId");
    }

    /**
     * Whether the customer was lost in the period.
     *
     * @return {@code true} if active at the start and not at the end
     */
    public boolean isLost() {
        return activeAtStart && !activeAtEnd;
    }
}
