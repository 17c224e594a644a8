package dev.cxkit.assist.promise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.PromiseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the default guard over generated promises on a Monday–Friday 09–17 calendar. */
class PromiseGuardProperties {

    private static final Instant BASE = Instant.parse("2026-11-23T00:00:00Z");
    private final PromiseGuard guard = PromiseGuard.of(PromiseGuardConfig.ofDefaults(), InstantSource.fixed(BASE));

    @Property
    void adjustedPromiseIsNeverEarlierThanRequestedAndReachableInBusinessHours(
            @ForAll PromiseKind kind,
            @ForAll @LongRange(min = 0, max = 14 * 24 * 60) long madeAfterMinutes,
            @ForAll @LongRange(min = 1, max = 10 * 24 * 60) long withinMinutes,
            @ForAll @IntRange(min = 0, max = 600) int delaySeconds) {
        ProposedPromise promise = ProposedPromise.within(kind, BASE.plusSeconds(madeAfterMinutes * 60),
                Duration.ofMinutes(withinMinutes));

        PromiseVerdict verdict = guard.check(promise, PromiseGuardTest.OFFICE,
                CapacityHint.of(Duration.ofSeconds(delaySeconds)));

        PromiseFacts facts = verdict.facts();
        if (verdict instanceof AdjustTo adjust) {
            assertThat(adjust.dueBy()).isAfter(facts.requestedDueBy());
            if (facts.rule().basis() == PromiseClock.BUSINESS_HOURS) {
                assertThat(PromiseGuardTest.OFFICE.businessDurationBetween(promise.madeAt(), adjust.dueBy()))
                        .isGreaterThanOrEqualTo(facts.required());
            }
        } else if (verdict instanceof Ok ok) {
            assertThat(ok.dueBy()).isEqualTo(facts.requestedDueBy());
            if (facts.rule().basis() == PromiseClock.BUSINESS_HOURS) {
                assertThat(PromiseGuardTest.OFFICE.businessDurationBetween(promise.madeAt(), ok.dueBy()))
                        .isEqualTo(promise.within());
            }
        }
        Duration max = facts.rule().maxPromise();
        if (!(verdict instanceof Refuse) && max != null) {
            assertThat(facts.required()).isLessThanOrEqualTo(max);
        }
    }
}
