package dev.cxkit.core;

import java.time.LocalDate;
import java.time.Period;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A customer. Personal data is optional and always masked in {@link #toString()}. Immutable.
 *
 * @param id the customer's id
 * @param segment the segment, {@link Segment#STANDARD} unless the CRM says otherwise
 * @param customerSince the day the customer relationship began, or {@code null} if unknown
 * @param preferredChannel the channel the customer prefers, or {@code null}
 * @param personalData name, e-mail and phone; {@link PersonalData#NONE} if unknown
 */
public record Customer(CustomerId id, Segment segment, @Nullable LocalDate customerSince,
        @Nullable Channel preferredChannel, PersonalData personalData) {

    /** Validates required fields. */
    public Customer {
        Checks.notNull(id, "customer id");
        Checks.notNull(segment, "segment");
        Checks.notNull(personalData, "personal data");
    }

    /**
     * A customer with only an id and a segment.
     *
     * @param id the id
     * @param segment the segment
     * @return the customer
     */
    public static Customer of(CustomerId id, Segment segment) {
        return new Customer(id, segment, null, null, PersonalData.NONE);
    }

    /**
     * How long the customer has been a customer on a given day.
     *
     * @param asOf the day to measure at
     * @return the tenure, or {@link Period#ZERO} if {@link #customerSince()} is unknown or after {@code asOf}
     */
    public Period tenure(LocalDate asOf) {
        return customerSince == null || customerSince.isAfter(asOf) ? Period.ZERO : Period.between(customerSince, asOf);
    }
}
