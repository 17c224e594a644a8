package dev.cxkit.core;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A commitment made to a customer: what, when it was made, when it is due, how much lateness is
 * tolerated, and when it was fulfilled. Immutable.
 *
 * <p>Outcome at an instant {@code t} (see {@link #outcomeAt(Instant)}), with {@code deadline = dueBy + grace}:
 * <ul>
 *   <li>fulfilled at or before {@code t}: {@code KEPT} if fulfilled ≤ dueBy, {@code KEPT_LATE} if ≤ deadline,
 *       otherwise {@code BROKEN};</li>
 *   <li>not (yet) fulfilled at {@code t}: {@code BROKEN} if {@code t} is after the deadline, otherwise {@code OPEN}.</li>
 * </ul>
 *
 * @param id the promise's id
 * @param kind what was promised
 * @param madeAt when it was made
 * @param dueBy when it is due
 * @param grace lateness still counted as kept (late); {@link Duration#ZERO} for none
 * @param fulfilledAt when it was fulfilled, or {@code null} if not (yet)
 * @param madeIn the interaction in which it was made, or {@code null} if unknown
 */
public record Promise(PromiseId id, PromiseKind kind, Instant madeAt, Instant dueBy, Duration grace,
        @Nullable Instant fulfilledAt, @Nullable InteractionId madeIn) {

    /** Validates that the promise is not due, nor fulfilled, before it was made. */
    public Promise {
        Checks.notNull(id, "promise id");
        Checks.notNull(kind, "promise kind");
        Checks.notNull(madeAt, "madeAt");
        Checks.notNull(dueBy, "dueBy");
        Object owner = Checks.owner("promise", id);
        Checks.nonNegative(grace, "grace", owner);
        Checks.notBefore(dueBy, "dueBy", madeAt, "madeAt", owner);
        if (fulfilledAt != null) {
            Checks.notBefore(fulfilledAt, "fulfilledAt", madeAt, "madeAt", owner);
        }
    }

    /**
     * The last instant at which fulfilment still counts as kept (late).
     *
     * @return {@code dueBy + grace}
     */
    public Instant deadline() {
        return dueBy.plus(grace);
    }

    /**
     * The outcome of this promise as known at an instant; see the class description.
     *
     * @param asOf the instant of evaluation
     * @return the outcome
     */
    public PromiseOutcome outcomeAt(Instant asOf) {
        Checks.notNull(asOf, "asOf");
        if (fulfilledAt != null && !fulfilledAt.isAfter(asOf)) {
            if (!fulfilledAt.isAfter(dueBy)) {
                return PromiseOutcome.KEPT;
            }
            return fulfilledAt.isAfter(deadline()) ? PromiseOutcome.BROKEN : PromiseOutcome.KEPT_LATE;
        }
        return asOf.isAfter(deadline()) ? PromiseOutcome.BROKEN : PromiseOutcome.OPEN;
    }
}
