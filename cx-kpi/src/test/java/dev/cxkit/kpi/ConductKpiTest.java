package dev.cxkit.kpi;

import static dev.cxkit.kpi.ContactFixture.abandoned;
import static dev.cxkit.kpi.ContactFixture.answered;
import static dev.cxkit.kpi.ContactFixture.at;
import static dev.cxkit.kpi.ContactFixture.handled;
import static dev.cxkit.kpi.ContactFixture.transferredTo;
import static dev.cxkit.kpi.ContactFixture.withHolds;
import static dev.cxkit.kpi.TimeKpiTest.event;
import static dev.cxkit.kpi.TimeKpiTest.kase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.stream.Stream;

import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import org.junit.jupiter.api.Test;

class ConductKpiTest {

    @Test
    void holdGivesMeanPerHandledContactAndSegmentShares() {
        var hold = HoldTime.create();
        // segments 60 s (told why), 400 s (not told), 30 s (not told) = 490 s; a flat export with 110 s
        // hold; a contact without hold; an abandoned one counted apart
        Stream.of(withHolds(new long[] {60, 400, 30}, new boolean[] {true, false, false}), handled(300, 110, 0),
                answered(5), abandoned(20)).forEach(hold);

        // mean: (490 + 110 + 0) / 3 handled = 200 s
        assertThat(hold.result().value()).hasValue(200.0);
        assertThat(hold.result().id()).isEqualTo("cx.kpi.hold.mean");
        assertThat(hold.result().count()).isEqualTo(3);
        // over 5 min: only the 400 s segment → 1 / 3
        assertThat(hold.overLimitResult().value().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(hold.overLimitResult().variant()).isEqualTo("PT5M");
        // unexplained: 400 s and 30 s → 2 / 3
        assertThat(hold.unexplainedResult().value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(hold.holdWithoutSegmentsCount()).isEqualTo(1);
        assertThat(hold.abandonedCount()).isEqualTo(1);
    }

    @Test
    void holdLimitIsConfigurableAndPartOfTheVariant() {
        var oneMinute = HoldTime.create(Duration.ofMinutes(1));
        oneMinute.accept(withHolds(new long[] {60, 61}, new boolean[] {true, true}));

        // 60 s is not over a 1 min limit, 61 s is → 1 / 2
        assertThat(oneMinute.overLimitResult().value()).hasValue(0.5);
        assertThatThrownBy(() -> oneMinute.combine(HoldTime.create())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdWithoutSegmentsHasEmptySegmentShares() {
        var hold = HoldTime.create();
        hold.accept(handled(100, 20, 0));

        assertThat(hold.result().value()).hasValue(20.0);
        assertThat(hold.overLimitResult().isEmpty()).isTrue();
        assertThat(hold.unexplainedResult().isEmpty()).isTrue();
        assertThat(HoldTime.create().result().isEmpty()).isTrue();
    }

    @Test
    void transferRateCountsContactsNotTransfers() {
        var rate = TransferRate.create();
        // 2 of 3 handled contacts transferred (3 transfers in all) → 2 / 3
        Stream.of(transferredTo(Tier.T2), transferredTo(Tier.T1, Tier.T2), answered(5), abandoned(9)).forEach(rate);

        assertThat(rate.result().value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(rate.result().count()).isEqualTo(3);
        assertThat(rate.transferCount()).isEqualTo(3);
        assertThat(rate.abandonedCount()).isEqualTo(1);
        assertThat(TransferRate.create().result().isEmpty()).isTrue();
    }

    @Test
    void escalationRateCountsTransfersUpATierAndSetsAsideUnknownTiers() {
        var rate = EscalationRate.create();
        Interaction unknownTier = ContactFixture.phone(0).addTransfer(new Transfer(at(10), null, null, false, null)).build();
        // escalated: T1→T2, T1→T2→T3 (2 escalations); not: T1→T1, no transfer; undetermined: unknown tier
        // → 2 of 4 judged = 0.5
        Stream.of(transferredTo(Tier.T2), transferredTo(Tier.T2, Tier.T3), transferredTo(Tier.T1), answered(3),
                unknownTier, abandoned(4)).forEach(rate);

        assertThat(rate.result().value()).hasValue(0.5);
        assertThat(rate.result().count()).isEqualTo(4);
        assertThat(rate.escalationCount()).isEqualTo(3);
        assertThat(rate.undeterminedCount()).isEqualTo(1);
        assertThat(rate.abandonedCount()).isEqualTo(1);
        assertThat(EscalationRate.create().result().isEmpty()).isTrue();
    }

    @Test
    void reopenRateIsReopenedOverResolvedCases() {
        var rate = ReopenRate.create();
        // resolved and reopened; resolved once; never resolved (counted apart) → 1 / 2
        rate.accept(kase("k-1", event("k-1", 0, CaseStatus.OPEN), event("k-1", 10, CaseStatus.SOLVED),
                event("k-1", 20, CaseStatus.OPEN)));
        rate.accept(kase("k-2", event("k-2", 0, CaseStatus.OPEN), event("k-2", 10, CaseStatus.CLOSED)));
        rate.accept(kase("k-3", event("k-3", 0, CaseStatus.NEW)));

        assertThat(rate.result().value()).hasValue(0.5);
        assertThat(rate.result().id()).isEqualTo("cx.kpi.reopen");
        assertThat(rate.unresolvedCount()).isEqualTo(1);
        assertThat(ReopenRate.create().result().isEmpty()).isTrue();
    }

    @Test
    void reopenRateCountsTheMovesOfTheOneReopenDefinition() {
        // docs/kpis.md#reopen-rate (issue 20 item 6): a move from SOLVED or CLOSED to an active status, the same
        // moves as the audit's REOPENED_CASE. A real ticket log had both SOLVED → PENDING and SOLVED → CLOSED → OPEN.
        var rate = ReopenRate.create();
        rate.accept(kase("k-1", event("k-1", 0, CaseStatus.OPEN), event("k-1", 10, CaseStatus.SOLVED),
                event("k-1", 20, CaseStatus.PENDING)));
        rate.accept(kase("k-2", event("k-2", 0, CaseStatus.OPEN), event("k-2", 10, CaseStatus.SOLVED),
                event("k-2", 20, CaseStatus.CLOSED), event("k-2", 30, CaseStatus.OPEN)));
        rate.accept(kase("k-3", event("k-3", 0, CaseStatus.OPEN), event("k-3", 10, CaseStatus.SOLVED),
                event("k-3", 20, CaseStatus.CLOSED)));
        rate.accept(kase("k-4", event("k-4", 0, CaseStatus.NEW), event("k-4", 10, CaseStatus.CLOSED),
                event("k-4", 20, CaseStatus.ON_HOLD)));

        // k-1, k-2 and k-4 reopened; k-3 only filed after solving → 3 / 4.
        assertThat(rate.result().value()).hasValue(0.75);
    }
}
