package dev.cxkit.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Repeat detection keyed by customer, one operator at a time (default: per issue, 7 days; 1 h lateness). */
class RepeatClassifierTest {

    private static final long T0 = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final GroupKey BILLING = new GroupKey("billing", "PHONE", "2026-W10", T0);
    private static final GroupKey SUPPORT = new GroupKey("support", "CHAT", "2026-W10", T0);

    private KeyedOneInputStreamOperatorTestHarness<String, RepeatProbe, ScorecardInput> harness;

    @BeforeEach
    void open() throws Exception {
        JobSettings settings = new JobSettings(StandardKpis.Config.ofDefaults(), Duration.ZERO, Duration.ofHours(1));
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new RepeatClassifier(settings),
                RepeatProbe::key, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void contact(String id, long at, GroupKey group) throws Exception {
        harness.processElement(new RepeatProbe("c-1/billing.refund", java.time.Instant.ofEpochMilli(at), id, group, null, null, null, null), at);
    }

    private List<ScorecardInput> outcomes() {
        return harness.extractOutputValues();
    }

    @Test
    void countsAContactExactlyOneWindowLaterAsARepeatAndOneMillisecondMoreAsANewFirstContact() throws Exception {
        contact("i-1", T0, BILLING);
        contact("i-2", T0 + 7 * DAY, SUPPORT);
        contact("i-3", T0 + 14 * DAY + 1, BILLING);
        harness.processWatermark(Long.MAX_VALUE);

        assertThat(outcomes()).containsExactly(
                new RepeatOutcome(BILLING, false, false, false), // followed by i-2 within 7 days: not resolved
                new RepeatOutcome(SUPPORT, true, false, false), // exactly 7 days after i-1: inclusive, a repeat
                new RepeatOutcome(BILLING, false, false, true)); // 7 days + 1 ms after i-2, nothing after: resolved
    }

    @Test
    void waitsForASuccessorThatArrivesLateButWithinTheAllowedLateness() throws Exception {
        contact("i-1", T0, BILLING);
        // 7 days and 30 min later: the window of i-1 has passed, but not the 1 h allowed lateness.
        harness.processWatermark(T0 + 7 * DAY + Duration.ofMinutes(30).toMillis());
        assertThat(outcomes()).isEmpty();

        contact("i-2", T0 + 7 * DAY - Duration.ofMinutes(10).toMillis(), SUPPORT);
        harness.processWatermark(Long.MAX_VALUE);

        assertThat(outcomes()).containsExactly(new RepeatOutcome(BILLING, false, false, false),
                new RepeatOutcome(SUPPORT, true, false, false));
    }

    @Test
    void ordersContactsAtTheSameMillisecondByIdSoTheLaterIdIsTheRepeat() throws Exception {
        contact("i-2", T0, SUPPORT);
        contact("i-1", T0, BILLING);
        harness.processWatermark(Long.MAX_VALUE);

        assertThat(outcomes()).containsExactly(new RepeatOutcome(BILLING, false, false, false),
                new RepeatOutcome(SUPPORT, true, false, false));
    }

    @Test
    void keepsStateOnlyWhileAContactIsUndecided() throws Exception {
        contact("i-1", T0, BILLING);
        contact("i-2", T0 + 3 * DAY, BILLING);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        // i-1 is decided 7 days + 1 h + 1 ms after it; i-2 is still pending and needs i-1 as its predecessor.
        harness.processWatermark(T0 + 7 * DAY + Duration.ofHours(1).toMillis() + 1);
        assertThat(outcomes()).hasSize(1);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(1);

        harness.processWatermark(T0 + 10 * DAY + Duration.ofHours(1).toMillis() + 1);
        assertThat(outcomes()).hasSize(2);
        assertThat(harness.numKeyedStateEntries()).isZero();
        assertThat(harness.numEventTimeTimers()).isZero();
    }
}
