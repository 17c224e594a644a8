package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class FollowThroughKpiTest {

    private static final Instant DAY_END = T0.plus(Duration.ofDays(1));

    private static Instant hours(double h) {
        return T0.plusSeconds((long) (h * 3600));
    }

    private static Promise promise(String id, Instant dueBy, Duration grace, @Nullable Instant fulfilledAt) {
        return new Promise(PromiseId.of(id), PromiseKind.CALLBACK, T0, dueBy, grace, fulfilledAt, null);
    }

    /** p1 KEPT, p2 KEPT_LATE (within 1 h grace), p3 never fulfilled, p4 fulfilled after due (no grace), p5 due later. */
    private static final List<Promise> PROMISES = List.of(
            promise("p1", hours(1), Duration.ZERO, hours(0.5)),
            promise("p2", hours(2), Duration.ofHours(1), hours(2.5)),
            promise("p3", hours(3), Duration.ZERO, null),
            promise("p4", hours(4), Duration.ZERO, hours(5)),
            promise("p5", T0.plus(Duration.ofDays(3)), Duration.ZERO, null));

    private static PromiseKeptRate rate(PromiseKeptVariant variant) {
        PromiseKeptRate rate = PromiseKeptRate.create(variant);
        PROMISES.forEach(rate);
        return rate;
    }

    @Test
    void promiseKeptRateWithAndWithoutGraceDiffer() {
        Instant asOf = T0.plus(Duration.ofDays(2));
        PromiseKeptRate withGrace = rate(PromiseKeptVariant.withGrace(T0, DAY_END, asOf));
        PromiseKeptRate withoutGrace = rate(PromiseKeptVariant.withoutGrace(T0, DAY_END, asOf));

        // with grace: p1 + p2 kept of p1–p4 → 2 / 4; without: only p1 → 1 / 4; p5 is due outside the day
        assertThat(withGrace.result().value()).hasValue(0.5);
        assertThat(withGrace.result().variant()).isEqualTo("with-grace");
        assertThat(withoutGrace.result().value()).hasValue(0.25);
        assertThat(withGrace.result().count()).isEqualTo(4);
        assertThat(withGrace.outsidePeriodCount()).isEqualTo(1);
        assertThatThrownBy(() -> withGrace.combine(withoutGrace)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void promisesNotYetDueAreExcludedAndOpenOnesPastDueAreBroken() {
        Instant asOf = hours(2.25);
        PromiseKeptRate withGrace = rate(PromiseKeptVariant.withGrace(T0, DAY_END, asOf));
        PromiseKeptRate withoutGrace = rate(PromiseKeptVariant.withoutGrace(T0, DAY_END, asOf));

        // at 2:15 with grace only p1 (due 1:00) is judged: 1 / 1; p2 (deadline 3:00), p3, p4 pending
        assertThat(withGrace.result().value()).hasValue(1.0);
        assertThat(withGrace.pendingCount()).isEqualTo(3);
        // without grace p2 (due 2:00, still open at 2:15) is broken: 1 / 2; p3, p4 pending
        assertThat(withoutGrace.result().value()).hasValue(0.5);
        assertThat(withoutGrace.pendingCount()).isEqualTo(2);
    }

    @Test
    void promiseKeptRateIsEmptyWhenNothingIsDue() {
        PromiseKeptRate rate = PromiseKeptRate.create(PromiseKeptVariant.withGrace(T0, DAY_END, T0));
        PROMISES.forEach(rate);

        assertThat(rate.result().isEmpty()).isTrue();
        assertThatThrownBy(() -> PromiseKeptVariant.withGrace(DAY_END, T0, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
    }

    @Test
    void promisesAreReadFromInteractions() {
        PromiseKeptRate rate = PromiseKeptRate.create(PromiseKeptVariant.withoutGrace(T0, DAY_END, DAY_END));
        rate.acceptPromisesOf(ContactFixture.phone(0).addPromise(
                new Promise(PromiseId.of("p-9"), PromiseKind.CALLBACK, ContactFixture.at(30), hours(1), Duration.ZERO,
                        hours(0.5), null)).build());

        assertThat(rate.result().value()).hasValue(1.0);
    }

    private static Feedback feedback(Priority priority, Instant receivedAt, @Nullable Instant closedAt) {
        return Feedback.builder(receivedAt).priority(priority).loopClosedAt(closedAt).build();
    }

    private static Instant days(long d) {
        return T0.plus(Duration.ofDays(d));
    }

    @Test
    void feedbackClosureGivesMeanClosureTimeAndHighPriorityShareWithinTwoWeeks() {
        FeedbackClosure closure = FeedbackClosure.create(days(20));
        List.of(feedback(Priority.HIGH, T0, days(1)),        // closed in 1 d: met
                feedback(Priority.HIGH, T0, days(15)),       // closed in 15 d: missed
                feedback(Priority.URGENT, T0, null),         // open 20 d: missed
                feedback(Priority.HIGH, days(10), null),     // open 10 d: pending
                feedback(Priority.NORMAL, T0, days(2)),      // closed in 2 d, not high priority
                feedback(Priority.HIGH, days(21), null),     // received after asOf
                feedback(Priority.HIGH, T0, days(25)))       // closed after asOf: open at asOf, 20 d: missed
                .forEach(closure::acceptFeedback);
        closure.accept(ContactFixture.answered(0));

        // mean over loops closed by asOf: (1 d + 15 d + 2 d) / 3 = 6 d = 518400 s
        assertThat(closure.result().value()).hasValue(518_400.0);
        assertThat(closure.result().count()).isEqualTo(3);
        // high priority: met 1 of judged 4 (1 d, 15 d, open 20 d, closed after asOf) → 0.25
        assertThat(closure.closedWithinResult().value()).hasValue(0.25);
        assertThat(closure.closedWithinResult().variant()).isEqualTo("P14D");
        assertThat(closure.pendingCount()).isEqualTo(1);
        assertThat(closure.openCount()).isEqualTo(3);
        assertThat(closure.receivedAfterAsOfCount()).isEqualTo(1);
        assertThat(closure.withoutFeedbackCount()).isEqualTo(1);
    }

    @Test
    void feedbackClosureLimitIsConfigurableAndEmptyInputIsEmpty() {
        FeedbackClosure threeDays = FeedbackClosure.create(days(20), Duration.ofDays(3));
        threeDays.acceptFeedback(feedback(Priority.HIGH, T0, days(2)));
        threeDays.acceptFeedback(feedback(Priority.HIGH, T0, days(4)));

        // closed in 2 d met, 4 d missed → 1 / 2
        assertThat(threeDays.closedWithinResult().value()).hasValue(0.5);
        assertThat(threeDays.closedWithinResult().variant()).isEqualTo("P3D");
        FeedbackClosure empty = FeedbackClosure.create(days(20));
        assertThat(empty.result().isEmpty()).isTrue();
        assertThat(empty.closedWithinResult().isEmpty()).isTrue();
        assertThatThrownBy(() -> threeDays.combine(empty)).isInstanceOf(IllegalArgumentException.class);
    }
}
