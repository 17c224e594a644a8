package dev.cxkit.assist.promise;

import java.time.Duration;
import java.time.InstantSource;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.assist.promise.internal.DefaultPromiseGuard;

/**
 * Checks a promise before an agent makes it, so that promises made are promises that can be kept.
 *
 * <h2>How a promise is checked</h2>
 * <ol>
 *   <li>The requested due instant is {@code madeAt + within} in calendar time: what the customer
 *       hears (for {@link PromiseClock#BUSINESS_DAYS}, whole days in the calendar's zone).</li>
 *   <li>The expected delay is the {@link CapacityHint} plus the configured margin. What delivery
 *       requires is the largest of the promised duration, the rule's minimum lead and that delay,
 *       counted in the rule's {@link PromiseClock} (for {@link PromiseClock#BUSINESS_DAYS} only the lead and
 *       the delay: "in 7 days" holds when 5 business days fit in them).</li>
 *   <li>More than the rule's {@code maxPromise} → {@link Refuse}.</li>
 *   <li>If the required time, added in the rule's basis (business time through the calendar), ends
 *       exactly at the requested due instant → {@link Ok} (or {@link Refuse} if that instant is past
 *       the configured horizon).</li>
 *   <li>Otherwise a {@link PromiseClock#BUSINESS_HOURS} promise that only runs over closed hours under
 *       {@link ClosedHours#REFUSE} → {@link Refuse}; else the required time is rounded up to the
 *       rule's {@code roundTo} (never past {@code maxPromise}) and added in the basis →
 *       {@link AdjustTo}, unless that lands past the horizon → {@link Refuse}.</li>
 * </ol>
 * So "callback within 2 h" made on Friday 16:30 with a Monday–Friday 09:00–17:00 calendar becomes
 * "by Monday 10:30" (30 min on Friday and 1 h 30 min on Monday), and "hold 30 s" with an expected
 * wait of 2 min becomes 2 min, and "refund in 3 days" made on a Monday, when refunds take 5
 * business days, becomes "by next Monday".
 *
 * <p>Implementations are immutable and thread-safe. Only {@link #checkNow} reads the clock.
 */
public interface PromiseGuard {

    /**
     * A guard with a configuration and a clock.
     *
     * @param config the rules
     * @param clock where "now" comes from, for {@link #checkNow}
     * @return the guard
     */
    static PromiseGuard of(PromiseGuardConfig config, InstantSource clock) {
        return new DefaultPromiseGuard(config, clock);
    }

    /**
     * A guard with {@link PromiseGuardConfig#ofDefaults()} and the system clock.
     *
     * @return the guard
     */
    static PromiseGuard ofDefaults() {
        return of(PromiseGuardConfig.ofDefaults(), InstantSource.system());
    }

    /**
     * The rules of this guard.
     *
     * @return the configuration
     */
    PromiseGuardConfig config();

    /**
     * Checks a proposed promise.
     *
     * @param promise the promise the agent would make
     * @param calendar the business calendar of the team that must keep it
     * @param capacity the expected delay before the team can act
     * @return {@link Ok}, {@link AdjustTo} or {@link Refuse}, with the facts used
     */
    PromiseVerdict check(ProposedPromise promise, BusinessCalendar calendar, CapacityHint capacity);

    /**
     * Checks a promise made now, by the guard's clock.
     *
     * @param kind what is promised
     * @param within the promised duration, positive
     * @param calendar the business calendar of the team that must keep it
     * @param capacity the expected delay before the team can act
     * @return {@link Ok}, {@link AdjustTo} or {@link Refuse}, with the facts used
     * @throws IllegalArgumentException if {@code within} is not positive
     */
    PromiseVerdict checkNow(PromiseKind kind, Duration within, BusinessCalendar calendar, CapacityHint capacity);
}
