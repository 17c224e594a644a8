package dev.cxkit.assist.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import dev.cxkit.core.internal.Checks;

/**
 * The facts a {@link PromiseGuard} used for a verdict, so that it can be explained and audited.
 * Immutable.
 *
 * @param proposed the promise as proposed
 * @param rule the rule of its kind
 * @param zone the zone of the delivering team's calendar
 * @param requestedDueBy the instant the customer would understand: {@code madeAt + within} in
 *     calendar time (whole days as calendar days in {@code zone} for {@link PromiseClock#BUSINESS_DAYS})
 * @param expectedDelay the capacity hint's delay with the configured margin, in the rule's basis
 * @param required what delivery needs, before rounding, in the rule's basis: the largest of the
 *     promised duration, the rule's minimum lead and {@code expectedDelay}; for
 *     {@link PromiseClock#BUSINESS_DAYS} only the latter two, since a promise of n calendar days holds
 *     whenever the lead fits in them
 */
public record PromiseFacts(ProposedPromise proposed, PromiseRule rule, ZoneId zone, Instant requestedDueBy,
        Duration expectedDelay, Duration required) {

    /** Validates the fields. */
    public PromiseFacts {
        Checks.notNull(proposed, "proposed");
        Checks.notNull(rule, "rule");
        Checks.notNull(zone, "zone");
        Checks.notNull(requestedDueBy, "requestedDueBy");
        Checks.nonNegative(expectedDelay, "expected delay", "promise facts");
        Checks.nonNegative(required, "required", "promise facts");
    }
}
