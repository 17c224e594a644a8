package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PromiseTest {

    private static final Instant MADE = Instant.parse("2026-05-04T10:00:00Z");
    /** Due one day after it was made. */
    private static final Instant DUE = Instant.parse("2026-05-05T10:00:00Z");
    /** Two hours of grace: the deadline is 2026-05-05T12:00:00Z. */
    private static final Duration GRACE = Duration.ofHours(2);
    private static final Instant DEADLINE = Instant.parse("2026-05-05T12:00:00Z");

    private static Promise callback(@Nullable Instant fulfilledAt) {
        return new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, MADE, DUE, GRACE, fulfilledAt, null);
    }

    @Test
    void deadlineIsDueByPlusGrace() {
        assertThat(callback(null).deadline()).isEqualTo(DEADLINE);
    }

    @Test
    void fulfilledBeforeDueIsKept() {
        assertThat(callback(DUE.minusSeconds(3600)).outcomeAt(DEADLINE.plusSeconds(86_400)))
                .isEqualTo(PromiseOutcome.KEPT);
    }

    @Test
    void fulfilledExactlyAtDueIsKept() {
        assertThat(callback(DUE).outcomeAt(DUE)).isEqualTo(PromiseOutcome.KEPT);
    }

    @Test
    void fulfilledWithinGraceIsKeptLate() {
        assertThat(callback(DUE.plusSeconds(1)).outcomeAt(DEADLINE)).isEqualTo(PromiseOutcome.KEPT_LATE);
    }

    @Test
    void fulfilledExactlyAtDeadlineIsKeptLate() {
        assertThat(callback(DEADLINE).outcomeAt(DEADLINE)).isEqualTo(PromiseOutcome.KEPT_LATE);
    }

    @Test
    void fulfilledAfterGraceIsBroken() {
        assertThat(callback(DEADLINE.plusNanos(1)).outcomeAt(DEADLINE.plusSeconds(60)))
                .isEqualTo(PromiseOutcome.BROKEN);
    }

    @Test
    void unfulfilledPastDeadlineIsBroken() {
        assertThat(callback(null).outcomeAt(DEADLINE.plusNanos(1))).isEqualTo(PromiseOutcome.BROKEN);
    }

    @Test
    void unfulfilledUntilDeadlineIsOpen() {
        assertThat(callback(null).outcomeAt(MADE)).isEqualTo(PromiseOutcome.OPEN);
        assertThat(callback(null).outcomeAt(DUE.plusSeconds(60))).isEqualTo(PromiseOutcome.OPEN);
        assertThat(callback(null).outcomeAt(DEADLINE)).isEqualTo(PromiseOutcome.OPEN);
    }

    @Test
    void fulfilmentAfterAsOfIsNotYetKnown() {
        Promise promise = callback(DUE.minusSeconds(60));

        // As of one second before fulfilment the promise is still open ...
        assertThat(promise.outcomeAt(DUE.minusSeconds(61))).isEqualTo(PromiseOutcome.OPEN);
        // ... and as of the fulfilment instant it is kept.
        assertThat(promise.outcomeAt(DUE.minusSeconds(60))).isEqualTo(PromiseOutcome.KEPT);
    }

    @Test
    void lateFulfilmentAfterAsOfLooksBrokenAsOfThen() {
        // Fulfilled a day after the deadline; as of one hour after the deadline nothing had happened.
        Promise promise = callback(DEADLINE.plus(Duration.ofDays(1)));

        assertThat(promise.outcomeAt(DEADLINE.plusSeconds(3600))).isEqualTo(PromiseOutcome.BROKEN);
        assertThat(promise.outcomeAt(DUE)).isEqualTo(PromiseOutcome.OPEN);
    }

    @Test
    void zeroGraceMakesAnyLatenessBroken() {
        Promise promise = new Promise(PromiseId.of("p-2"), PromiseKind.FOLLOW_UP, MADE, DUE, Duration.ZERO,
                DUE.plusNanos(1), null);

        assertThat(promise.outcomeAt(DEADLINE)).isEqualTo(PromiseOutcome.BROKEN);
    }

    @Test
    void rejectsDueBeforeMade() {
        assertThatThrownBy(() -> new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, DUE, MADE, GRACE, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dueBy (2026-05-04T10:00:00Z)")
                .hasMessageContaining("promise (p-1)")
                .hasMessageContaining("before its madeAt (2026-05-05T10:00:00Z)");
    }

    @Test
    void rejectsFulfilledBeforeMade() {
        assertThatThrownBy(() -> callback(MADE.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fulfilledAt (2026-05-04T09:59:59Z)")
                .hasMessageContaining("before its madeAt (2026-05-04T10:00:00Z)");
    }

    @Test
    void rejectsNegativeGrace() {
        assertThatThrownBy(() -> new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, MADE, DUE,
                        Duration.ofMinutes(-5), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grace (PT-5M)")
                .hasMessageContaining("promise (p-1)");
    }

    @Test
    void parsesKindWithSpacesAndDashes() {
        assertThat(PromiseKind.parse("hold duration")).isEqualTo(PromiseKind.HOLD_DURATION);
        assertThat(PromiseKind.parse(" fix-by ")).isEqualTo(PromiseKind.FIX_BY);
    }

    @Test
    void rejectsUnknownKindListingTheAllowedOnes() {
        assertThatThrownBy(() -> PromiseKind.parse("someday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("promise kind (someday)")
                .hasMessageContaining("CALLBACK, FOLLOW_UP, REFUND, FIX_BY, HOLD_DURATION, TRANSFER_DURATION");
    }
}
