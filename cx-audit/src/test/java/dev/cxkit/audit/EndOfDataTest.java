package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.phone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import org.junit.jupiter.api.Test;

class EndOfDataTest {

    @Test
    void isTheLatestRecordedInstantButNeverADueDate() {
        // Contact T0 … T0 + 10 min; promise due in 30 days, fulfilled at +3 days; feedback closed at +5 days.
        Interaction contact = phone(T0).addPromise(new Promise(PromiseId.of("p"), PromiseKind.REFUND, T0.plusSeconds(60),
                T0.plus(Duration.ofDays(30)), Duration.ZERO, T0.plus(Duration.ofDays(3)), null)).build();
        Interaction surveyed = phone(T0.plus(Duration.ofDays(1))).feedback(Feedback.builder(T0.plus(Duration.ofDays(1)))
                .csat(CsatScore.of(2, 5)).loopClosedAt(T0.plus(Duration.ofDays(5))).build()).build();
        EndOfData end = EndOfData.create();
        EndOfData other = EndOfData.create();

        assertThat(end.result()).isEmpty();
        end.accept(contact);
        assertThat(end.result()).contains(T0.plus(Duration.ofDays(3)));
        other.accept(surveyed);
        other.accept(new CaseEvent(CaseId.of("k-1"), T0.plus(Duration.ofDays(4)), CaseStatus.SOLVED, Priority.HIGH));
        assertThat(end.combine(other).result()).contains(T0.plus(Duration.ofDays(5)));
        assertThat(EndOfData.create().combine(end).result()).contains(Instant.parse("2026-03-07T09:00:00Z"));
    }
}
