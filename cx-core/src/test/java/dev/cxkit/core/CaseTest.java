package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CaseTest {

    private static final CaseId ID = CaseId.of("k-1");

    private static Instant day(int dayOfMonth) {
        return Instant.parse("2026-06-01T10:00:00Z").plusSeconds((dayOfMonth - 1) * 86_400L);
    }

    private static CaseEvent event(int dayOfMonth, CaseStatus status, @Nullable Priority priority) {
        return new CaseEvent(ID, day(dayOfMonth), status, priority);
    }

    /** NEW 1st, OPEN 2nd (HIGH), SOLVED 3rd, reopened OPEN 5th, SOLVED 6th, CLOSED 9th; given shuffled. */
    private static Case reopenedCase() {
        return new Case(ID, List.of(
                event(6, CaseStatus.SOLVED, null),
                event(1, CaseStatus.NEW, null),
                event(3, CaseStatus.SOLVED, null),
                event(9, CaseStatus.CLOSED, null),
                event(2, CaseStatus.OPEN, Priority.HIGH),
                event(5, CaseStatus.OPEN, null)));
    }

    @Test
    void sortsEventsByTime() {
        assertThat(reopenedCase().events()).extracting(CaseEvent::at)
                .containsExactly(day(1), day(2), day(3), day(5), day(6), day(9));
    }

    @Test
    void opensAtTheFirstEvent() {
        assertThat(reopenedCase().openedAt()).isEqualTo(day(1));
    }

    @Test
    void firstResolvedIsTheFirstSolvedOrClosed() {
        assertThat(reopenedCase().firstResolvedAt()).contains(day(3));
    }

    @Test
    void finalResolvedIsTheStartOfTheLastResolvedRun() {
        // SOLVED on the 6th then CLOSED on the 9th: resolved for good on the 6th.
        assertThat(reopenedCase().finalResolvedAt()).contains(day(6));
    }

    @Test
    void activeCaseHasNoFinalResolution() {
        Case active = new Case(ID, List.of(event(1, CaseStatus.NEW, null), event(3, CaseStatus.SOLVED, null),
                event(4, CaseStatus.OPEN, null)));

        assertThat(active.firstResolvedAt()).contains(day(3));
        assertThat(active.finalResolvedAt()).isEmpty();
        assertThat(active.reopenedAt()).containsExactly(day(4));
    }

    @Test
    void reportsReopenings() {
        assertThat(reopenedCase().reopenedAt()).containsExactly(day(5));
        assertThat(reopenedCase().wasReopened()).isTrue();
    }

    @Test
    void neverSolvedCaseIsNotReopened() {
        Case open = new Case(ID, List.of(event(1, CaseStatus.NEW, null), event(2, CaseStatus.PENDING, null),
                event(3, CaseStatus.OPEN, null)));

        assertThat(open.wasReopened()).isFalse();
        assertThat(open.firstResolvedAt()).isEmpty();
    }

    @Test
    void statusAtFollowsTheEvents() {
        Case c = reopenedCase();

        assertThat(c.statusAt(day(1).minusSeconds(1))).isEmpty();
        assertThat(c.statusAt(day(1))).contains(CaseStatus.NEW);
        assertThat(c.statusAt(day(4))).contains(CaseStatus.SOLVED);
        assertThat(c.statusAt(day(5))).contains(CaseStatus.OPEN);
        assertThat(c.statusAt(day(20))).contains(CaseStatus.CLOSED);
    }

    @Test
    void priorityIsTheLastOneSet() {
        assertThat(reopenedCase().priority()).isEqualTo(Priority.HIGH);
        assertThat(new Case(ID, List.of(event(1, CaseStatus.NEW, null))).priority()).isEqualTo(Priority.NORMAL);
        assertThat(new Case(ID, List.of(event(1, CaseStatus.NEW, Priority.LOW), event(2, CaseStatus.OPEN,
                Priority.URGENT))).priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void rejectsCaseWithoutEvents() {
        assertThatThrownBy(() -> new Case(ID, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case (k-1) has no events");
    }

    @Test
    void rejectsEventsOfAnotherCase() {
        CaseEvent foreign = new CaseEvent(CaseId.of("k-2"), day(2), CaseStatus.OPEN, null);

        assertThatThrownBy(() -> new Case(ID, List.of(event(1, CaseStatus.NEW, null), foreign)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event for case (k-2)")
                .hasMessageContaining("given to case (k-1)");
    }

    @Test
    void reopensFromSolvedOrClosedToAnyActiveStatusButNotBetweenResolvedOnes() {
        // Freshdesk and Salesforce reopen closed cases; SOLVED → PENDING is a reopen, SOLVED → CLOSED is not.
        Case kase = new Case(ID, List.of(event(1, CaseStatus.NEW, null), event(2, CaseStatus.SOLVED, null),
                event(3, CaseStatus.PENDING, null), event(4, CaseStatus.SOLVED, null), event(5, CaseStatus.CLOSED, null),
                event(6, CaseStatus.OPEN, null), event(7, CaseStatus.CLOSED, null)));

        assertThat(kase.reopenedAt()).containsExactly(day(3), day(6));
        assertThat(CaseStatus.isReopen(CaseStatus.SOLVED, CaseStatus.CLOSED)).isFalse();
        assertThat(CaseStatus.isReopen(CaseStatus.CLOSED, CaseStatus.SOLVED)).isFalse();
        assertThat(CaseStatus.isReopen(CaseStatus.OPEN, CaseStatus.PENDING)).isFalse();
    }

    @Test
    void copiesEventsDefensively() {
        assertThatThrownBy(() -> reopenedCase().events().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
