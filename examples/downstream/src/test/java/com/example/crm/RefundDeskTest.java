package com.example.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.Tier;
import dev.cxkit.kpi.AverageHandleTime;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.test.TestInteractions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CRM team checks before each release, using only cxkit's published artifacts. */
class RefundDeskTest {

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-11-02T10:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void periodCapHoldsAcrossRestarts() {
        // authority.csv, refund-t1: 50.00 per request, 150.00 per customer in P30D.
        try (RefundDesk desk = RefundDesk.open(dir, CLOCK)) {
            assertThat(desk.refund("a-1", Tier.T1, "c-1", "50.00")).isInstanceOf(Allowed.class);
            assertThat(desk.refund("a-1", Tier.T1, "c-1", "50.00")).isInstanceOf(Allowed.class);
        }
        try (RefundDesk desk = RefundDesk.open(dir, CLOCK)) {
            assertThat(desk.refund("a-2", Tier.T1, "c-1", "50.00")).isInstanceOf(Allowed.class);
            // 150.00 already granted: the fourth 50.00 needs the team lead.
            Decision fourth = desk.refund("a-2", Tier.T1, "c-1", "50.00");
            assertThat(fourth).isInstanceOf(NeedsApproval.class);
            assertThat(fourth.outcome()).isEqualTo(Decision.Outcome.NEEDS_APPROVAL);
        }
    }

    @Test
    void answersTheFrontEndInCxkitsJson() {
        try (RefundDesk desk = RefundDesk.open(dir, CLOCK)) {
            assertThat(desk.refundAsJson("a-1", Tier.T1, "c-9", "30.00"))
                    .startsWith("{")
                    .contains("\"outcome\":\"ALLOWED\"");
        }
    }

    @Test
    void handleTimeOfTheRefundQueueFromTheTestkit() {
        AverageHandleTime aht = AverageHandleTime.create();
        Interaction first = TestInteractions.answeredCall(Duration.ofSeconds(20), Duration.ofMinutes(4));
        Interaction second = TestInteractions.answeredCall(Duration.ofSeconds(40), Duration.ofMinutes(6));
        aht.accept(first);
        aht.accept(second);
        // (240 s + 360 s) / 2, no hold and no wrap-up in the testkit's answered calls.
        assertThat(aht.result().value()).hasValueCloseTo(300.0, within(1e-9));
    }
}
