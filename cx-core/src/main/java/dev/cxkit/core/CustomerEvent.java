package dev.cxkit.core;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;

/**
 * A change in a customer relationship, as a CRM exports it: the customer joined, or churned (closed
 * the account, cancelled, did not renew). The input of the churn-by-FCR comparison; see
 * docs/formats.md#customer-events-as-json-lines. Immutable.
 *
 * @param customerId the customer
 * @param at when it happened
 * @param kind what happened
 */
public record CustomerEvent(CustomerId customerId, Instant at, Kind kind) {

    /** What happened to the relationship. */
    public enum Kind {
        /** The relationship began. */
        JOINED,
        /** The relationship ended: the customer left. */
        CHURNED;

        /**
         * Parses a kind, case-insensitively.
         *
         * @param value for example {@code CHURNED}
         * @return the kind
         * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
         */
        public static Kind parse(String value) {
            return Checks.parseEnum(Kind.class, value, "customer event kind");
        }
    }

    /** Validates required fields. */
    public CustomerEvent {
        Checks.notNull(customerId, "customerId");
        Checks.notNull(at, "at");
        Checks.notNull(kind, "kind");
    }

    /**
     * A churn event.
     *
     * @param customerId the customer who left
     * @param at when
     * @return the event
     */
    public static CustomerEvent churned(CustomerId customerId, Instant at) {
        return new CustomerEvent(customerId, at, Kind.CHURNED);
    }
}
