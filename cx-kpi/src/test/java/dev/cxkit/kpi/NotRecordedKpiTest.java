package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.T0;
import static dev.cxkit.kpi.ContactFixture.abandoned;
import static dev.cxkit.kpi.ContactFixture.answered;
import static dev.cxkit.kpi.ContactFixture.handled;
import static dev.cxkit.kpi.ContactFixture.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;

import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.InteractionId;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 §2: an accumulator counts only the contacts that carry its fact, and says how many it
 * left out. Expected values are worked out by hand in each test.
 */
class NotRecordedKpiTest {

    /** An abandon whose wait the source does not know. */
    private static Interaction abandonedAtUnknownTime() {
        return Interaction.builder(InteractionId.of("u-" + System.identityHashCode(new Object())), CustomerId.of("c-9"),
                Channel.PHONE).queuedAt(T0).notRecorded(InteractionFact.ABANDON_WAIT).build();
    }

    @Test
    void ahtAveragesOnlyContactsWhoseHandleTimeIsRecorded() {
        AverageHandleTime aht = AverageHandleTime.create();
        // 300 s and 500 s recorded; one contact without its wrap-up time; one abandoned.
        List.of(handled(200, 40, 60), handled(400, 0, 100), phone(10).afterContactWork(null).build(), abandoned(30))
                .forEach(aht);

        assertThat(aht.result().value()).hasValueCloseTo(400.0, within(1e-9));
        assertThat(aht.result().count()).isEqualTo(2);
        assertThat(aht.notRecordedCount()).isEqualTo(1);
        assertThat(aht.abandonedCount()).isEqualTo(1);
    }

    @Test
    void noRecordedHandleTimeIsNoDataNotZero() {
        AverageHandleTime aht = AverageHandleTime.create();
        Percentiles handle = Percentiles.create(PercentileMeasure.HANDLE_TIME);
        List<Interaction> tickets = List.of(phone(10).talk(null).build(), phone(20).talk(null).hold(null).build());
        tickets.forEach(aht);
        tickets.forEach(handle);

        assertThat(aht.result().isEmpty()).isTrue();
        assertThat(aht.result().count()).isZero();
        assertThat(handle.p90().isEmpty()).isTrue();
        // Tickets without handle time: AHT is "no data" on the scorecard, not "0.0 s, met".
        assertThat(Scorecard.ofDefaults().evaluate(List.of(aht.result())).rows())
                .filteredOn(row -> row.benchmark().kpiId().equals(AverageHandleTime.ID))
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(ScorecardRow.Status.NO_DATA))
                .isNotEmpty();
    }

    @Test
    void holdMeanLeavesOutContactsWithoutHoldData() {
        HoldTime hold = HoldTime.create();
        // 40 s and 0 s recorded: mean 20 s over 2; one contact from a source without hold.
        List.of(handled(100, 40, 0), handled(100, 0, 0), phone(5).hold(null).build()).forEach(hold);

        assertThat(hold.result().value()).hasValueCloseTo(20.0, within(1e-9));
        assertThat(hold.result().count()).isEqualTo(2);
        assertThat(hold.notRecordedCount()).isEqualTo(1);
    }

    @Test
    void transferAndEscalationRatesNeedRecordedTransfers() {
        TransferRate transfer = TransferRate.create();
        EscalationRate escalation = EscalationRate.create();
        // A flat export: transfers not recorded on every contact.
        List<Interaction> flat = List.of(phone(5).notRecorded(InteractionFact.TRANSFERS).build(),
                phone(8).notRecorded(InteractionFact.TRANSFERS).build());
        flat.forEach(transfer);
        flat.forEach(escalation);

        assertThat(transfer.result().isEmpty()).isTrue();
        assertThat(transfer.result().count()).isZero();
        assertThat(transfer.notRecordedCount()).isEqualTo(2);
        assertThat(escalation.result().isEmpty()).isTrue();
        assertThat(escalation.notRecordedCount()).isEqualTo(2);

        // One recorded contact with a T1 -> T2 transfer: 1 of 1, the flat ones still left out.
        Interaction escalated = ContactFixture.transferredTo(dev.cxkit.core.Tier.T2);
        transfer.accept(escalated);
        escalation.accept(escalated);
        assertThat(transfer.result().value()).hasValue(1.0);
        assertThat(transfer.result().count()).isEqualTo(1);
        assertThat(escalation.result().value()).hasValue(1.0);
    }

    @Test
    void anAbandonWithUnknownWaitIsAnAbandonButNeverAShortOne() {
        Abandonment abandonment = Abandonment.create(Duration.ofSeconds(5));
        // Answered 2; short abandon (3 s) 1, left out; abandon after 60 s 1; unknown wait 1.
        // (1 + 1) / (2 + 1 + 1) = 0.5 over 4. Taken as a 0 s wait, the unknown one was a short
        // abandon and the rate 1 / 3.
        List.of(answered(10), answered(40), abandoned(3), abandoned(60), abandonedAtUnknownTime()).forEach(abandonment);

        assertThat(abandonment.result().value()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(abandonment.result().count()).isEqualTo(4);
        assertThat(abandonment.shortAbandonCount()).isEqualTo(1);
        assertThat(abandonment.unknownWaitCount()).isEqualTo(1);
    }

    @Test
    void serviceLevelFormulasThatNeedTheWaitLeaveTheUnknownAbandonOut() {
        ServiceLevel level = ServiceLevel.create(ServiceLevelConfig.builder().threshold(Duration.ofSeconds(20))
                .shortAbandon(Duration.ofSeconds(5)).build());
        // A<=T: answered after 10 s; A>T: after 40 s; B<=S: abandon at 3 s; B<=T: at 15 s; B>T: at 60 s;
        // and one abandon with an unknown wait (U). O = 5 known + U.
        List.of(answered(10), answered(40), abandoned(3), abandoned(15), abandoned(60), abandonedAtUnknownTime())
                .forEach(level);

        // F1 (A<=T + B<=T) / O, U left out: (1 + 2) / 5.
        assertRatio(level.result(ServiceLevelFormula.FORMULA1), 3, 5);
        // F2 A<=T / A: 1 / 2.
        assertRatio(level.result(ServiceLevelFormula.FORMULA2), 1, 2);
        // F3 A<=T / O, U counts as missed: 1 / 6.
        assertRatio(level.result(ServiceLevelFormula.FORMULA3), 1, 6);
        // F4 A<=T / (A + B>T), U left out: 1 / 3.
        assertRatio(level.result(ServiceLevelFormula.FORMULA4), 1, 3);
        // F5 (A<=T + B<=S) / O, U not short: 2 / 6.
        assertRatio(level.result(ServiceLevelFormula.FORMULA5), 2, 6);
        assertThat(level.unknownWaitCount()).isEqualTo(1);
    }

    private static void assertRatio(KpiValue value, long numerator, long denominator) {
        assertThat(value.value()).hasValueCloseTo((double) numerator / denominator, within(1e-12));
        assertThat(value.count()).isEqualTo(denominator);
    }
}
