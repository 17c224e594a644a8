package dev.cxkit.assist.promise;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.internal.Checks;

/**
 * A promise an agent is about to make: "{@code kind} within {@code within}", said at {@code madeAt}.
 * The guard reads {@code within} in the kind's {@link PromiseClock}. Immutable.
 *
 * @param kind what is promised
 * @param madeAt when the agent would say it
 * @param within the promised duration, positive
 */
public record ProposedPromise(PromiseKind kind, Instant madeAt, Duration within) {

    /** Validates the fields. */
    public ProposedPromise {
        Checks.notNull(kind, "kind");
        Checks.notNull(madeAt, "madeAt");
        Checks.notNull(within, "within");
        if (within.isZero() || within.isNegative()) {
            throw new IllegalArgumentException("The promised duration (" + within + ") of a " + kind
                    + " promise must be positive.");
        }
    }

    /**
     * A promise of a duration, for example {@code within(HOLD_DURATION, now, Duration.ofSeconds(30))}.
     *
     * @param kind what is promised
     * @param madeAt when it is said
     * @param within the duration, positive
     * @return the proposed promise
     */
    public static ProposedPromise within(PromiseKind kind, Instant madeAt, Duration within) {
        return new ProposedPromise(kind, madeAt, within);
    }

    /**
     * A promise of a due instant ("by 18:30"), kept as the calendar duration from {@code madeAt}. For a
     * kind counted in business time the guard then reads that duration as business time, so a due
     * instant that spans closed hours is adjusted.
     *
     * @param kind what is promised
     * @param madeAt when it is said
     * @param dueBy the promised instant, after {@code madeAt}
     * @return the proposed promise
     * @throws IllegalArgumentException if {@code dueBy} is not after {@code madeAt}
     */
    public static ProposedPromise by(PromiseKind kind, Instant madeAt, Instant dueBy) {
        Checks.notNull(madeAt, "madeAt");
        Checks.notNull(dueBy, "dueBy");
        Checks.notBefore(dueBy, "dueBy", madeAt, "madeAt", Checks.lazy(() -> "a proposed " + kind + " promise"));
        return new ProposedPromise(kind, madeAt, Duration.between(madeAt, dueBy));
    }
}
