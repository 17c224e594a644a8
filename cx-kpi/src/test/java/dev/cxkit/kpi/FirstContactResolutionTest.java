package dev.cxkit.kpi;

import static dev.cxkit.kpi.FcrTestData.abandoned;
import static dev.cxkit.kpi.FcrTestData.base;
import static dev.cxkit.kpi.FcrTestData.contact;
import static dev.cxkit.kpi.FcrTestData.day;
import static dev.cxkit.kpi.FcrTestData.saidResolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Interaction;
import org.junit.jupiter.api.Test;

class FirstContactResolutionTest {

    private static final FcrVariant.RepeatWindow PER_CUSTOMER =
            FcrVariant.repeatWithin(Duration.ofDays(7), RepeatScope.PER_CUSTOMER);
    private static final FcrVariant.RepeatWindow PER_ISSUE =
            FcrVariant.repeatWithin(Duration.ofDays(7), RepeatScope.PER_ISSUE);

    /**
     * Week of Monday 2026-03-02 (day 0):
     * <pre>
     * i-1 c-1 billing Mon 09:00
     * i-2 c-1 billing Wed 09:00   2 days after i-1
     * i-3 c-1 tech    Thu 09:00   1 day after i-2
     * i-8 c-1 (none)  Thu 12:00   3 hours after i-3
     * i-4 c-2 billing Mon 10:00
     * i-5 c-2 billing Tue 03-17   15 days after i-4
     * i-6 c-3 tech    Fri         abandoned
     * i-7 c-3 tech    Sat
     * </pre>
     */
    private static List<Interaction> timeline() {
        return List.of(
                contact("i-1", "c-1", "billing", day(0, 9)),
                contact("i-2", "c-1", "billing", day(2, 9)),
                contact("i-3", "c-1", "tech", day(3, 9)),
                contact("i-8", "c-1", null, day(3, 12)),
                contact("i-4", "c-2", "billing", day(0, 10)),
                contact("i-5", "c-2", "billing", day(15, 10)),
                abandoned("i-6", "c-3", "tech", day(4, 9)),
                contact("i-7", "c-3", "tech", day(5, 9)));
    }

    private static FirstContactResolution run(FcrVariant variant, List<Interaction> interactions) {
        FirstContactResolution fcr = FirstContactResolution.create(variant);
        interactions.forEach(fcr);
        return fcr;
    }

    @Test
    void perCustomerCountsAnyLaterContactOfTheCustomerAsRepeat() {
        // c-1: i-1 first; i-2 (2 d later), i-3 (1 d after i-2), i-8 (3 h after i-3) repeats -> i-1 not resolved.
        // c-2: i-4 first, resolved (next is 15 d later); i-5 first, resolved.
        // c-3: i-6 abandoned, left out; i-7 first, resolved.
        // First contacts 4 (i-1, i-4, i-5, i-7), resolved 3 -> 3/4.
        FirstContactResolution fcr = run(PER_CUSTOMER, timeline());

        assertThat(fcr.result()).isEqualTo(KpiValue.of("cx.kpi.fcr", "per-customer/P7D", 0.75, 4, KpiUnit.RATIO));
        assertThat(fcr.counts()).isEqualTo(new FcrCounts(8, 1, 0, 0, 0, 7, 3, 4, 0, 0, 4, 3));
    }

    @Test
    void perIssueOnlyMatchesTheSameReasonAndNeverMatchesContactsWithoutReason() {
        // c-1 billing: i-1 first, i-2 repeat -> i-1 not resolved. c-1 tech: i-3 first, resolved.
        // i-8 has no reason: its own first contact, resolved. c-2 billing: i-4, i-5 first, resolved.
        // c-3 tech: i-6 abandoned; i-7 first, resolved. First contacts 6, resolved 5 -> 5/6.
        FirstContactResolution fcr = run(PER_ISSUE, timeline());

        assertThat(fcr.result().variant()).isEqualTo("per-issue/P7D");
        assertThat(fcr.result().value().getAsDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(fcr.result().count()).isEqualTo(6);
        assertThat(fcr.counts()).isEqualTo(new FcrCounts(8, 1, 0, 0, 0, 7, 1, 6, 0, 1, 6, 5));
    }

    @Test
    void theDefaultIsPerIssueWithinSevenDays() {
        FirstContactResolution fcr = FirstContactResolution.create();
        timeline().forEach(fcr);

        assertThat(fcr.variant()).isEqualTo(PER_ISSUE);
        assertThat(fcr.result()).isEqualTo(run(PER_ISSUE, timeline()).result());
    }

    @Test
    void aContactExactlyOneWindowLaterIsARepeat() {
        // The window is inclusive: 7 days to the millisecond is a repeat, so the one first contact is not resolved.
        Instant t0 = day(0, 9);
        FirstContactResolution atBoundary = run(PER_CUSTOMER,
                List.of(contact("i-1", "c-1", "x", t0), contact("i-2", "c-1", "x", t0.plus(Duration.ofDays(7)))));
        // One millisecond later it is a new first contact: two first contacts, both resolved.
        FirstContactResolution after = run(PER_CUSTOMER, List.of(contact("i-1", "c-1", "x", t0),
                contact("i-2", "c-1", "x", t0.plus(Duration.ofDays(7)).plusMillis(1))));

        assertThat(atBoundary.result()).isEqualTo(KpiValue.of("cx.kpi.fcr", "per-customer/P7D", 0.0, 1, KpiUnit.RATIO));
        assertThat(after.result()).isEqualTo(KpiValue.of("cx.kpi.fcr", "per-customer/P7D", 1.0, 2, KpiUnit.RATIO));
    }

    @Test
    void contactsAtTheSameInstantAreOneFirstContactAndOneRepeat() {
        Instant t0 = day(1, 9);
        FirstContactResolution fcr = run(PER_CUSTOMER,
                List.of(contact("i-2", "c-1", "x", t0), contact("i-1", "c-1", "x", t0)));

        // Whichever id is first, one is a repeat of the other within 0 ms: FCR 0/1.
        assertThat(fcr.counts().repeats()).isEqualTo(1);
        assertThat(fcr.result().value()).hasValue(0.0);
    }

    @Test
    void givesTheSameResultForInputInAnyOrder() {
        List<Interaction> reversed = new ArrayList<>(timeline());
        Collections.reverse(reversed);

        for (FcrVariant variant : List.of(PER_CUSTOMER, PER_ISSUE, FcrVariant.ticket(), FcrVariant.survey())) {
            assertThat(run(variant, reversed).counts()).as(variant.label()).isEqualTo(run(variant, timeline()).counts());
        }
    }

    @Test
    void censorsFirstContactsWhoseWindowEndsAfterTheObservationEnd() {
        // Observed until Friday 03-06 00:00. c-2 on 02-20: window ends 02-27, observed, resolved.
        // c-1 on Mon 03-02: window ends 03-09, after the end -> censored. c-3 on 03-10: after the end, ignored.
        FcrVariant.RepeatWindow variant = PER_CUSTOMER.observedUntil(day(4, 0));
        FirstContactResolution fcr = run(variant, List.of(
                contact("i-1", "c-1", "x", day(0, 9)),
                contact("i-2", "c-2", "x", day(-10, 9)),
                contact("i-3", "c-3", "x", day(8, 9))));

        assertThat(fcr.result()).isEqualTo(KpiValue.of("cx.kpi.fcr",
                "per-customer/P7D/as-of=2026-03-06T00:00:00Z", 1.0, 1, KpiUnit.RATIO));
        assertThat(fcr.counts().censored()).isEqualTo(1);
        assertThat(fcr.counts().afterObservationEnd()).isEqualTo(1);
    }

    @Test
    void aFirstContactWhoseWindowEndsExactlyAtTheObservationEndIsNotCensored() {
        FirstContactResolution fcr = run(PER_CUSTOMER.observedUntil(day(7, 9)),
                List.of(contact("i-1", "c-1", "x", day(0, 9))));

        assertThat(fcr.counts().censored()).isZero();
        assertThat(fcr.result().count()).isEqualTo(1);
    }

    @Test
    void ticketVariantCountsCasesResolvedByTheirOnlyContact() {
        // k-1: one contact, resolved -> FCR. k-2: two contacts (the second resolved) -> not.
        // k-3: one contact, not resolved -> not. k-4: one contact, outcome unknown -> left out.
        // k-5: an abandoned attempt (left out) and one resolved contact -> FCR. i-9 has no case -> left out.
        // Eligible cases 4 (k-1, k-2, k-3, k-5), resolved 2 -> 0.5.
        List<Interaction> interactions = List.of(
                onCase("i-1", "k-1", true, day(0, 9)),
                onCase("i-2", "k-2", false, day(0, 10)),
                onCase("i-3", "k-2", true, day(1, 10)),
                onCase("i-4", "k-3", false, day(0, 11)),
                onCase("i-5", "k-4", null, day(0, 12)),
                base("i-6", "c-1", "x", day(0, 13)).caseId(CaseId.of("k-5")).endedAt(day(0, 14)).build(),
                onCase("i-7", "k-5", true, day(0, 15)),
                contact("i-9", "c-1", "x", day(0, 16)));

        FirstContactResolution fcr = run(FcrVariant.ticket(), interactions);

        assertThat(fcr.result()).isEqualTo(KpiValue.of("cx.kpi.fcr", "ticket", 0.5, 4, KpiUnit.RATIO));
        assertThat(fcr.counts()).isEqualTo(new FcrCounts(8, 1, 0, 1, 1, 6, 0, 0, 0, 0, 4, 2));
    }

    @Test
    void ticketVariantSeesSeveralContactsOfACaseSplitAcrossShards() {
        FirstContactResolution a = run(FcrVariant.ticket(), List.of(onCase("i-1", "k-1", true, day(0, 9))));
        FirstContactResolution b = run(FcrVariant.ticket(), List.of(onCase("i-2", "k-1", true, day(1, 9))));

        // Each shard alone says 1/1; together the case had two contacts: 0/1.
        assertThat(a.combine(b).result().value()).hasValue(0.0);
    }

    @Test
    void surveyVariantIsTheShareOfYesAmongAnswers() {
        // Answers: yes, yes, no -> 2/3. An unanswered question and a missing survey are left out.
        List<Interaction> interactions = List.of(
                surveyed("i-1", true), surveyed("i-2", true), surveyed("i-3", false), surveyed("i-4", null),
                contact("i-5", "c-5", "x", day(0, 9)));

        FirstContactResolution fcr = run(FcrVariant.survey(), interactions);

        assertThat(fcr.result().variant()).isEqualTo("survey");
        assertThat(fcr.result().value().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(fcr.result().count()).isEqualTo(3);
        assertThat(fcr.counts().unknownOutcome()).isEqualTo(2);
    }

    @Test
    void handlesManyCustomersSplitAcrossShards() {
        // Customer j has contacts on day 0 and day j % 10. Gaps 0..7 days are repeats (8 of every 10
        // customers: one unresolved first contact each); gaps 8 and 9 days give two resolved first contacts.
        // 1000 customers: eligible 800 + 2 × 200 = 1200, resolved 400 -> 1/3.
        FirstContactResolution even = FirstContactResolution.create(PER_CUSTOMER);
        FirstContactResolution odd = FirstContactResolution.create(PER_CUSTOMER);
        for (int j = 0; j < 1000; j++) {
            even.accept(contact("i-" + j + "-a", "c-" + j, "x", day(0, 9)));
            odd.accept(contact("i-" + j + "-b", "c-" + j, "x", day(j % 10, 9)));
        }

        FirstContactResolution fcr = odd.combine(even);

        assertThat(fcr.counts().eligible()).isEqualTo(1200);
        assertThat(fcr.counts().resolved()).isEqualTo(400);
        assertThat(fcr.counts().repeats()).isEqualTo(800);
    }

    @Test
    void emptyInputGivesAnEmptyValueForEveryVariant() {
        for (FcrVariant variant : List.of(PER_CUSTOMER, PER_ISSUE, FcrVariant.ticket(), FcrVariant.survey())) {
            KpiValue value = FirstContactResolution.create(variant).result();
            assertThat(value).isEqualTo(KpiValue.empty("cx.kpi.fcr", variant.label(), 0, KpiUnit.RATIO));
        }
    }

    @Test
    void onlyAbandonedContactsGiveAnEmptyValue() {
        FirstContactResolution fcr = run(PER_CUSTOMER, List.of(abandoned("i-1", "c-1", "x", day(0, 9))));

        assertThat(fcr.result().isEmpty()).isTrue();
        assertThat(fcr.counts().abandoned()).isEqualTo(1);
    }

    @Test
    void combiningWithItselfCountsEveryContactTwice() {
        FirstContactResolution fcr = run(PER_CUSTOMER, List.of(contact("i-1", "c-1", "x", day(0, 9))));

        // The single contact now has a twin at the same instant: one first contact, repeated -> 0/1.
        assertThat(fcr.combine(fcr).result().value()).hasValue(0.0);
        assertThat(fcr.counts().contacts()).isEqualTo(2);
    }

    @Test
    void rejectsCombiningDifferentVariants() {
        assertThatThrownBy(() -> FirstContactResolution.create(PER_CUSTOMER)
                .combine(FirstContactResolution.create(PER_ISSUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("per-customer/P7D")
                .hasMessageContaining("per-issue/P7D");
    }

    @Test
    void countsNameTheNegativeField() {
        assertThatThrownBy(() -> new FcrCounts(1, 0, 0, 0, 0, 1, -1, 1, 0, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The repeats count (-1) is negative.");
    }

    @Test
    void labelsWindowsThatAreNotWholeDaysInIsoForm() {
        assertThat(FcrVariant.repeatWithin(Duration.ofHours(36), RepeatScope.PER_ISSUE).label())
                .isEqualTo("per-issue/PT36H");
        assertThat(FcrVariant.repeatWithin(Duration.ofDays(30), RepeatScope.PER_CUSTOMER).label())
                .isEqualTo("per-customer/P30D");
    }

    @Test
    void rejectsWindowsShorterThanAMillisecond() {
        assertThatThrownBy(() -> FcrVariant.repeatWithin(Duration.ZERO, RepeatScope.PER_ISSUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(PT0S)");
        assertThatThrownBy(() -> FcrVariant.repeatWithin(Duration.ofDays(-1), RepeatScope.PER_ISSUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Interaction onCase(String id, String caseId, Boolean resolved, Instant at) {
        return base(id, "c-1", "x", at).caseId(CaseId.of(caseId)).answeredAt(at).endedAt(at.plusSeconds(600))
                .resolved(resolved).build();
    }

    private static Interaction surveyed(String id, Boolean resolved) {
        Instant at = day(0, 9);
        return base(id, "c-1", "x", at).answeredAt(at).endedAt(at.plusSeconds(600))
                .feedback(saidResolved(resolved, at.plusSeconds(3600))).build();
    }
}
