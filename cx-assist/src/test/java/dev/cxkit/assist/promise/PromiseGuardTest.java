package dev.cxkit.assist.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.PromiseKind;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PromiseGuardTest {

    // Europe/Berlin is UTC+1 in November 2026; 2026-11-23 is a Monday, 2026-11-27 a Friday.
    static final BusinessCalendar OFFICE = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    private static final Instant FRIDAY_1630 = Instant.parse("2026-11-27T15:30:00Z");
    private static final Instant MONDAY_1000 = Instant.parse("2026-11-23T09:00:00Z");

    private final PromiseGuard guard = PromiseGuard.of(PromiseGuardConfig.ofDefaults(),
            InstantSource.fixed(FRIDAY_1630));

    @Test
    void adjustsFridayAfternoonCallbackToMondayInBusinessTime() {
        // 30 min left on Friday (16:30–17:00), 1 h 30 min on Monday from 09:00 → Monday 10:30 local = 09:30Z.
        PromiseVerdict verdict = guard.checkNow(PromiseKind.CALLBACK, Duration.ofHours(2), OFFICE,
                CapacityHint.none());

        assertThat(verdict).isInstanceOfSatisfying(AdjustTo.class, adjust -> {
            assertThat(adjust.dueBy()).isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
            assertThat(adjust.within()).isEqualTo(Duration.ofHours(2));
            assertThat(adjust.facts().requestedDueBy()).isEqualTo(Instant.parse("2026-11-27T17:30:00Z"));
            assertThat(adjust.reason()).isEqualTo("2 h of business time from Fri 2026-11-27 16:30 Europe/Berlin "
                    + "runs over closed hours. Promise 2 h of business time instead, due Mon 2026-11-30 10:30 "
                    + "Europe/Berlin.");
        });
    }

    @Test
    void refusesFridayCallbackWhenCallbacksMustBeKeptInCalendarTime() {
        PromiseGuardConfig strict = PromiseGuardConfig.builder().rule(PromiseKind.CALLBACK,
                PromiseRule.businessHours(Duration.ofHours(8), Duration.ofMinutes(15), ClosedHours.REFUSE)).build();

        PromiseVerdict verdict = PromiseGuard.of(strict, InstantSource.fixed(FRIDAY_1630))
                .checkNow(PromiseKind.CALLBACK, Duration.ofHours(2), OFFICE, CapacityHint.none());

        assertThat(verdict).isInstanceOfSatisfying(Refuse.class, refuse -> assertThat(refuse.reason())
                .isEqualTo("A CALLBACK promise must be kept in calendar time, but the team is closed before 2 h of "
                        + "business time has passed (it would fall due Mon 2026-11-30 10:30 Europe/Berlin). "
                        + "Maybe promise a time after reopening?"));
    }

    @Test
    void acceptsCallbackThatFitsInOpeningHours() {
        // Monday 10:00 + 2 h, all open → 12:00 local = 11:00Z.
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.CALLBACK, MONDAY_1000,
                Duration.ofHours(2)), OFFICE, CapacityHint.none());

        assertThat(verdict).isEqualTo(new Ok(Instant.parse("2026-11-23T11:00:00Z"), verdict.facts()));
    }

    @Test
    void adjustsThirtySecondHoldToTheExpectedWait() {
        // The article case: "30 seconds" that became two minutes.
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.HOLD_DURATION, MONDAY_1000,
                Duration.ofSeconds(30)), OFFICE, CapacityHint.of(Duration.ofMinutes(2)));

        assertThat(verdict).isInstanceOfSatisfying(AdjustTo.class, adjust -> {
            assertThat(adjust.within()).isEqualTo(Duration.ofMinutes(2));
            assertThat(adjust.dueBy()).isEqualTo(MONDAY_1000.plusSeconds(120));
            assertThat(adjust.reason()).startsWith("The team expects a delay of 2 min (capacity hint 2 min plus 0 % "
                    + "margin). Promise 2 min instead");
        });
    }

    @Test
    void roundsHoldsUpToThirtySecondsAfterTheMargin() {
        // 100 s × 125 % = 125 s → next multiple of 30 s = 150 s.
        PromiseGuard withMargin = PromiseGuard.of(PromiseGuardConfig.builder().capacityMarginPercent(25).build(),
                InstantSource.fixed(MONDAY_1000));

        PromiseVerdict verdict = withMargin.checkNow(PromiseKind.HOLD_DURATION, Duration.ofSeconds(30), OFFICE,
                CapacityHint.of(Duration.ofSeconds(100)));

        assertThat(verdict).isInstanceOfSatisfying(AdjustTo.class,
                adjust -> assertThat(adjust.within()).isEqualTo(Duration.ofSeconds(150)));
        assertThat(verdict.facts().expectedDelay()).isEqualTo(Duration.ofSeconds(125));
    }

    @Test
    void refusesHoldLongerThanFiveMinutes() {
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.HOLD_DURATION, MONDAY_1000,
                Duration.ofSeconds(30)), OFFICE, CapacityHint.of(Duration.ofMinutes(6)));

        assertThat(verdict).isInstanceOfSatisfying(Refuse.class, refuse -> assertThat(refuse.reason())
                .isEqualTo("A HOLD_DURATION promise may be at most 5 min, but keeping it needs 6 min. "
                        + "Maybe offer a callback or escalate instead?"));
    }

    @Test
    void adjustsRefundInThreeDaysToFiveBusinessDays() {
        // Monday 10:00 + 5 business days (Tue, Wed, Thu, Fri, Mon) → Monday 2026-11-30 10:00 local = 09:00Z.
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.REFUND, MONDAY_1000,
                Duration.ofDays(3)), OFFICE, CapacityHint.none());

        assertThat(verdict).isInstanceOfSatisfying(AdjustTo.class, adjust -> {
            assertThat(adjust.dueBy()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
            assertThat(adjust.within()).isEqualTo(Duration.ofDays(5));
            assertThat(adjust.reason()).isEqualTo("A REFUND takes at least 5 business days. Promise 5 business "
                    + "days instead, due Mon 2026-11-30 10:00 Europe/Berlin.");
        });
    }

    @Test
    void acceptsRefundInSevenDaysBecauseFiveBusinessDaysFit() {
        // Seven calendar days from Monday 10:00 is Monday 2026-11-30 10:00, the same as 5 business days.
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.REFUND, MONDAY_1000,
                Duration.ofDays(7)), OFFICE, CapacityHint.none());

        assertThat(verdict).isInstanceOfSatisfying(Ok.class,
                ok -> assertThat(ok.dueBy()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z")));
    }

    @Test
    void refusesPromiseBeyondTheHorizon() {
        PromiseVerdict verdict = guard.check(ProposedPromise.within(PromiseKind.FIX_BY, MONDAY_1000,
                Duration.ofDays(45)), OFFICE, CapacityHint.none());

        assertThat(verdict).isInstanceOfSatisfying(Refuse.class, refuse -> assertThat(refuse.reason())
                .isEqualTo("A FIX_BY promise due Thu 2027-01-07 10:00 Europe/Berlin is more than 30 d away. "
                        + "Maybe escalate instead of promising a date?"));
    }

    @Test
    void turnsAQueueIntoAnExpectedDelay() {
        // 6 callbacks ahead at 4 an hour → 1 h 30 min.
        assertThat(CapacityHint.queue(6, 4).expectedDelay()).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> CapacityHint.queue(6, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The throughput (0 per hour) must be positive.\n"
                        + "Maybe nobody is staffed, so no promise can be made?");
    }

    @Test
    void rejectsInvalidInput() {
        assertThatThrownBy(() -> ProposedPromise.within(PromiseKind.HOLD_DURATION, MONDAY_1000, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The promised duration (PT0S) of a HOLD_DURATION promise must be positive.");
        assertThatThrownBy(() -> PromiseRule.businessDays(-1))
                .hasMessage("The minimum lead (-1 business days) of a promise rule must not be negative.");
        assertThatThrownBy(() -> new PromiseRule(PromiseClock.BUSINESS_DAYS, Duration.ofHours(36), null,
                Duration.ofDays(1), ClosedHours.ADJUST))
                .hasMessage("The minimum lead (PT36H) of a BUSINESS_DAYS promise rule is not a whole number of days."
                        + "\nMaybe use BUSINESS_HOURS?");
        assertThatThrownBy(() -> PromiseGuardConfig.builder().maxHorizon(Duration.ofDays(3)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The minimum lead (PT120H) of REFUND is beyond the horizon (PT72H), so every such "
                        + "promise would be refused.\nMaybe raise maxHorizon?");
    }
}
