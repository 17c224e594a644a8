package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.AUDITOR;
import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.contact;
import static dev.cxkit.audit.Timelines.hold;
import static dev.cxkit.audit.Timelines.phone;
import static dev.cxkit.audit.Timelines.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import dev.cxkit.audit.AuditSummary.ThemeCount;
import org.junit.jupiter.api.Test;

/** Hand-written timelines for the codes that need history, run through {@link AuditRun}. */
class AuditRunTest {

    private static final Instant WEEK_LATER = T0.plus(Duration.ofDays(7));
    private static final CaseId CASE = CaseId.of("k-1");

    @Test
    void sameCustomerAndReasonWithinSevenDaysIsARepeat() {
        Interaction first = phone(T0).build();
        Interaction again = phone(T0.plus(Duration.ofDays(6))).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(first, again));

        assertThat(result.findings()).hasSize(1);
        AuditFinding repeat = result.findings().get(0);
        assertThat(repeat.code()).isEqualTo(MistakeCode.REPEAT_CONTACT);
        assertThat(repeat.interactionId()).isEqualTo(again.id());
        assertThat(repeat.evidence()).containsEntry("previousInteraction", first.id().value()).containsEntry("gap", "PT144H");
    }

    @Test
    void exactlySevenDaysLaterIsStillARepeatButOneSecondMoreIsNot() {
        Interaction first = phone(T0).build();
        Interaction atWindow = phone(T0.plus(Duration.ofDays(7))).build();
        Interaction past = contact("c-9", Channel.PHONE, T0, "billing.refund").build();
        Interaction pastAgain = contact("c-9", Channel.PHONE, T0.plus(Duration.ofDays(7)).plusSeconds(1), "billing.refund").build();

        Timelines.Result result = run(AUDITOR, T0.plus(Duration.ofDays(8)), List.of(first, past, atWindow, pastAgain));

        assertThat(result.of(MistakeCode.REPEAT_CONTACT)).extracting(AuditFinding::interactionId).containsExactly(atWindow.id());
    }

    @Test
    void otherReasonOrSameInstantIsNoRepeat() {
        Interaction first = phone(T0).build();
        Interaction sameInstant = phone(T0).build();
        Interaction otherReason = contact("c-1", Channel.CHAT, T0.plusSeconds(3600), "orders.where").build();

        assertThat(run(AUDITOR, WEEK_LATER, List.of(first, sameInstant, otherReason)).findings()).isEmpty();
    }

    @Test
    void contactsSlightlyOutOfOrderAreReorderedWithinMaxDisorder() {
        Interaction later = phone(T0.plusSeconds(1800)).build();
        Interaction earlier = phone(T0).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(later, earlier));

        assertThat(result.of(MistakeCode.REPEAT_CONTACT)).extracting(AuditFinding::interactionId).containsExactly(later.id());
        assertThat(result.summary().lateContacts()).isZero();
    }

    @Test
    void contactsLaterThanMaxDisorderAreCountedAndStillChecked() {
        // maxDisorder is 1 h: the contact at +5 h releases the one at +3 h, so one at +0 h comes too late.
        Interaction later = phone(T0.plus(Duration.ofHours(3))).build();
        Interaction latest = contact("c-2", Channel.PHONE, T0.plus(Duration.ofHours(5)), "orders.where").build();
        Interaction earlier = phone(T0).addHold(hold(20, false, null)).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(later, latest, earlier));

        assertThat(result.summary().lateContacts()).isEqualTo(1);
        assertThat(result.of(MistakeCode.UNEXPLAINED_HOLD)).extracting(AuditFinding::interactionId).containsExactly(earlier.id());
    }

    @Test
    void solvedCaseMovedBackToOpenIsReopened() {
        List<CaseEvent> events = List.of(new CaseEvent(CASE, T0, CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(CASE, T0.plusSeconds(3600), CaseStatus.SOLVED, null),
                new CaseEvent(CASE, T0.plusSeconds(7200), CaseStatus.OPEN, null));

        Timelines.Result result = run(AUDITOR, WEEK_LATER, events);

        assertThat(result.findings()).extracting(AuditFinding::code).containsExactly(MistakeCode.REOPENED_CASE);
        assertThat(result.findings().get(0).caseId()).isEqualTo(CASE);
        assertThat(result.findings().get(0).evidence()).containsEntry("from", "SOLVED")
                .containsEntry("resolvedAt", T0.plusSeconds(3600).toString())
                .containsEntry("reopenedAt", T0.plusSeconds(7200).toString());
    }

    @Test
    void caseQuietLongerThanCaseMemoryIsForgottenWhileOneTouchedSinceIsKept() {
        // Two cases solved on day 0, k-2 seen first; a contact touches k-2 on day 15. Daily contacts of
        // other customers move the clock (and the weekly sweep) to day 20, when both cases are
        // reopened. With a 10-day memory k-1 (quiet for 20 days) is forgotten, so its reopen has no
        // SOLVED to follow, although k-2, seen before it, is remembered (touched 5 days before). A
        // 30-day memory keeps both.
        CaseId other = CaseId.of("k-2");
        List<Object> input = new ArrayList<>();
        input.add(new CaseEvent(other, T0, CaseStatus.NEW, Priority.NORMAL));
        input.add(new CaseEvent(other, T0.plusSeconds(3600), CaseStatus.SOLVED, null));
        input.add(new CaseEvent(CASE, T0, CaseStatus.NEW, Priority.NORMAL));
        input.add(new CaseEvent(CASE, T0.plusSeconds(3600), CaseStatus.SOLVED, null));
        for (int day = 1; day <= 20; day++) {
            Interaction.Builder clock = contact("c-" + (100 + day), Channel.PHONE, T0.plus(Duration.ofDays(day)),
                    "orders.where");
            input.add((day == 15 ? clock.caseId(other) : clock).build());
        }
        Instant day20 = T0.plus(Duration.ofDays(20)).plusSeconds(60);
        input.add(new CaseEvent(CASE, day20, CaseStatus.OPEN, null));
        input.add(new CaseEvent(other, day20, CaseStatus.OPEN, null));
        Instant asOf = T0.plus(Duration.ofDays(21));

        Auditor shortMemory = Auditor.builder().calendar(Timelines.WEEKDAYS).caseMemory(Duration.ofDays(10)).build();
        Auditor longMemory = Auditor.builder().calendar(Timelines.WEEKDAYS).caseMemory(Duration.ofDays(30)).build();

        assertThat(run(shortMemory, asOf, input).of(MistakeCode.REOPENED_CASE)).extracting(AuditFinding::caseId)
                .containsExactly(other);
        assertThat(run(longMemory, asOf, input).of(MistakeCode.REOPENED_CASE)).extracting(AuditFinding::caseId)
                .containsExactlyInAnyOrder(CASE, other);
    }

    @Test
    void pendingAndBackIsNoReopenAndEventsAfterAsOfAreIgnored() {
        List<CaseEvent> events = List.of(new CaseEvent(CASE, T0, CaseStatus.NEW, null),
                new CaseEvent(CASE, T0.plusSeconds(60), CaseStatus.PENDING, null),
                new CaseEvent(CASE, T0.plusSeconds(120), CaseStatus.OPEN, null),
                new CaseEvent(CASE, T0.plusSeconds(180), CaseStatus.SOLVED, null),
                new CaseEvent(CASE, WEEK_LATER.plusNanos(1), CaseStatus.OPEN, null));

        Timelines.Result result = run(AUDITOR, WEEK_LATER, events);

        // An event after asOf is not known at asOf (one at asOf would be: the period ends at asOf, inclusive).
        assertThat(result.findings()).isEmpty();
        assertThat(result.summary().ignoredCaseEvents()).isEqualTo(1);
        assertThat(result.summary().caseEvents()).isEqualTo(4);
    }

    /** Opening contact Monday 10:00 Berlin, HIGH case solved Monday 12:00: follow-up due by Wednesday 20:00 Berlin. */
    private static List<Object> highPriorityCase(Priority priority) {
        return new ArrayList<>(List.of(phone(T0).caseId(CASE).build(),
                new CaseEvent(CASE, T0.plusSeconds(60), CaseStatus.NEW, priority),
                new CaseEvent(CASE, T0.plus(Duration.ofHours(2)), CaseStatus.SOLVED, null)));
    }

    @Test
    void highPriorityCaseWithoutFollowUpWithinTwoBusinessDays() {
        Timelines.Result result = run(AUDITOR, WEEK_LATER, highPriorityCase(Priority.HIGH));

        assertThat(result.findings()).extracting(AuditFinding::code).containsExactly(MistakeCode.NO_FOLLOW_UP);
        // Second business day after Monday 2026-03-02 is Wednesday 03-04; closing 20:00 Berlin = 19:00 UTC.
        assertThat(result.findings().get(0).evidence()).containsEntry("deadline", "2026-03-04T19:00:00Z");
        assertThat(result.findings().get(0).caseId()).isEqualTo(CASE);
    }

    @Test
    void aContactOfTheCustomerByTheDeadlineIsAFollowUp() {
        List<Object> input = highPriorityCase(Priority.URGENT);
        input.add(contact("c-1", Channel.EMAIL, Instant.parse("2026-03-04T18:59:00Z"), "account.login").build());

        assertThat(run(AUDITOR, WEEK_LATER, input).of(MistakeCode.NO_FOLLOW_UP)).isEmpty();
    }

    @Test
    void normalCaseOrDeadlineAfterAsOfNeedsNoJudgement() {
        assertThat(run(AUDITOR, WEEK_LATER, highPriorityCase(Priority.NORMAL)).findings()).isEmpty();
        assertThat(run(AUDITOR, Instant.parse("2026-03-04T18:00:00Z"), highPriorityCase(Priority.HIGH)).findings()).isEmpty();
    }

    @Test
    void caseOpenedByAnEscalatedContactNeedsAFollowUp() {
        Interaction escalated = phone(T0).caseId(CASE)
                .addTransfer(new Transfer(T0.plusSeconds(120), null, Tier.T2, true, "Checked the invoice")).build();
        List<Object> input = List.of(escalated, new CaseEvent(CASE, T0.plusSeconds(60), CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(CASE, T0.plus(Duration.ofHours(2)), CaseStatus.SOLVED, null));

        Timelines.Result result = run(AUDITOR, WEEK_LATER, input);

        assertThat(result.of(MistakeCode.NO_FOLLOW_UP)).hasSize(1);
        assertThat(result.of(MistakeCode.NO_FOLLOW_UP).get(0).evidence()).containsEntry("escalated", "true");
    }

    @Test
    void aFollowUpPromiseFulfilledWithinTheWindowIsAFollowUp() {
        // Issue 26 item 1: the catalog asks for "a follow-up contact or promise". The opening contact
        // promises a follow-up call due Wednesday noon; it is made on Tuesday, inside the window that ends
        // Wednesday 20:00 Berlin (19:00 UTC). The same promise fulfilled on Thursday, or a refund promise
        // fulfilled on Tuesday, is no follow-up.
        Instant tuesday = Instant.parse("2026-03-03T10:00:00Z");
        Instant thursday = Instant.parse("2026-03-05T10:00:00Z");

        assertThat(run(AUDITOR, WEEK_LATER, caseWithPromise(PromiseKind.FOLLOW_UP, tuesday)).of(MistakeCode.NO_FOLLOW_UP))
                .isEmpty();
        assertThat(run(AUDITOR, WEEK_LATER, caseWithPromise(PromiseKind.CALLBACK, tuesday)).of(MistakeCode.NO_FOLLOW_UP))
                .isEmpty();
        assertThat(run(AUDITOR, WEEK_LATER, caseWithPromise(PromiseKind.FOLLOW_UP, thursday)).of(MistakeCode.NO_FOLLOW_UP))
                .hasSize(1);
        assertThat(run(AUDITOR, WEEK_LATER, caseWithPromise(PromiseKind.REFUND, tuesday)).of(MistakeCode.NO_FOLLOW_UP))
                .hasSize(1);
        // Fulfilled after asOf: not known at asOf, so no follow-up yet.
        assertThat(run(AUDITOR, Instant.parse("2026-03-04T20:00:00Z"), caseWithPromise(PromiseKind.FOLLOW_UP,
                Instant.parse("2026-03-04T19:30:00Z"))).of(MistakeCode.NO_FOLLOW_UP)).hasSize(1);
    }

    private static List<Object> caseWithPromise(PromiseKind kind, Instant fulfilledAt) {
        Interaction opening = phone(T0).caseId(CASE).addPromise(new Promise(PromiseId.of("p-1"), kind,
                T0.plusSeconds(500), Instant.parse("2026-03-04T11:00:00Z"), Duration.ZERO, fulfilledAt, null)).build();
        return List.of(opening, new CaseEvent(CASE, T0.plusSeconds(60), CaseStatus.NEW, Priority.HIGH),
                new CaseEvent(CASE, T0.plus(Duration.ofHours(2)), CaseStatus.SOLVED, null));
    }

    @Test
    void aCaseEscalatedInALaterContactNeedsAFollowUpAfterItsNextResolution() {
        // Issue 26 item 4: "escalated case" is any escalation of the case by its resolution, not only
        // of its opening contact. Solved Monday (no escalation yet: nothing needed), reopened on
        // Tuesday by a contact that is escalated, solved again Tuesday: that resolution needs a follow-up.
        Instant tuesday = Instant.parse("2026-03-03T09:00:00Z");
        Interaction opening = phone(T0).caseId(CASE).build();
        Interaction escalatedLater = phone(tuesday).caseId(CASE)
                .addTransfer(new Transfer(tuesday.plusSeconds(120), null, Tier.T2, true, "Checked the invoice")).build();
        List<Object> input = List.of(opening, new CaseEvent(CASE, T0.plusSeconds(60), CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(CASE, T0.plus(Duration.ofHours(2)), CaseStatus.SOLVED, null),
                new CaseEvent(CASE, tuesday.plusSeconds(30), CaseStatus.OPEN, null),
                escalatedLater,
                new CaseEvent(CASE, tuesday.plus(Duration.ofHours(3)), CaseStatus.SOLVED, null));

        Timelines.Result result = run(AUDITOR, WEEK_LATER, input);

        assertThat(result.of(MistakeCode.NO_FOLLOW_UP)).singleElement().satisfies(f -> assertThat(f.evidence())
                .containsEntry("resolvedAt", tuesday.plus(Duration.ofHours(3)).toString())
                .containsEntry("escalated", "true").containsEntry("priority", "NORMAL"));
        // The customer's own contact on Tuesday came before that resolution, so it is no follow-up.
        assertThat(result.of(MistakeCode.REOPENED_CASE)).hasSize(1);
    }

    @Test
    void aMoveFromClosedBackToActiveIsAReopenAndSolvedToClosedIsNot() {
        // Issue 20 item 6, docs/kpis.md#reopen-rate: SOLVED → CLOSED is one resolution; CLOSED → OPEN is a
        // reopen (Freshdesk, Salesforce); SOLVED → PENDING is a reopen (Freshdesk); the same moves make
        // the reopen-rate KPI count the case (Case.reopenedAt).
        CaseId other = CaseId.of("k-2");
        List<CaseEvent> events = List.of(new CaseEvent(CASE, T0, CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(CASE, T0.plusSeconds(3600), CaseStatus.SOLVED, null),
                new CaseEvent(CASE, T0.plusSeconds(7200), CaseStatus.CLOSED, null),
                new CaseEvent(CASE, T0.plusSeconds(10_800), CaseStatus.OPEN, null),
                new CaseEvent(other, T0, CaseStatus.NEW, Priority.NORMAL),
                new CaseEvent(other, T0.plusSeconds(3600), CaseStatus.SOLVED, null),
                new CaseEvent(other, T0.plusSeconds(7200), CaseStatus.PENDING, null));

        Timelines.Result result = run(AUDITOR, WEEK_LATER, events);

        assertThat(result.of(MistakeCode.REOPENED_CASE)).extracting(f -> f.caseId().value() + " from "
                + f.evidence().get("from") + " to " + f.evidence().get("status"))
                .containsExactly("k-1 from CLOSED to OPEN", "k-2 from SOLVED to PENDING");
        assertThat(new dev.cxkit.core.Case(CASE, events.subList(0, 4)).reopenedAt()).containsExactly(T0.plusSeconds(10_800));
        assertThat(new dev.cxkit.core.Case(other, events.subList(4, 7)).reopenedAt()).containsExactly(T0.plusSeconds(7200));
    }

    @Test
    void flagsThatWereNotRecordedAreNotJudgedButCounted() {
        // Issue 26 item 2: an absent explained / warm / acknowledged is "not judged", never false.
        Instant start = T0.plusSeconds(80);
        Interaction unrecorded = phone(T0)
                .addHold(new HoldSegment(start, start.plusSeconds(30), null, null))
                .addHold(new HoldSegment(start.plusSeconds(60), start.plusSeconds(90), null, null))
                .addTransfer(new Transfer(T0.plusSeconds(300), null, Tier.T1, null, "Needs billing"))
                .addEmotionalCue(new EmotionalCue(T0.plusSeconds(100), "frustrated", null)).build();
        Interaction recordedFalse = contact("c-2", Channel.PHONE, T0.plusSeconds(1), "orders.where")
                .addHold(new HoldSegment(start, start.plusSeconds(30), false, null))
                .addTransfer(new Transfer(T0.plusSeconds(300), null, Tier.T1, false, "Needs billing"))
                .addEmotionalCue(new EmotionalCue(T0.plusSeconds(100), "frustrated", false)).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(unrecorded, recordedFalse));

        assertThat(result.findings()).extracting(AuditFinding::interactionId).containsOnly(recordedFalse.id());
        assertThat(result.findings()).extracting(AuditFinding::code).containsExactlyInAnyOrder(
                MistakeCode.UNEXPLAINED_HOLD, MistakeCode.COLD_TRANSFER, MistakeCode.EMOTION_NOT_ACKNOWLEDGED);
        // Counted once per contact and code, in catalog order.
        assertThat(result.summary().notJudged()).containsExactly(entry(MistakeCode.HOLD_OVER_STATED, 0L),
                entry(MistakeCode.LONG_HOLD, 0L), entry(MistakeCode.UNEXPLAINED_HOLD, 1L),
                entry(MistakeCode.COLD_TRANSFER, 1L), entry(MistakeCode.MISSING_HANDOFF_SUMMARY, 0L),
                entry(MistakeCode.EMOTION_NOT_ACKNOWLEDGED, 1L), entry(MistakeCode.BOT_DEAD_END, 0L));
    }

    @Test
    void aContactWithoutItsHoldTimeOrTransfersIsNotJudgedForThemAndNotCountedAsUnescalated() {
        // A flat CSV export records neither hold segments nor transfers (InteractionFact): not a zero, not "none".
        Interaction flat = phone(T0).notRecorded(InteractionFact.HOLD, InteractionFact.TRANSFERS).build();
        Interaction abandoned = phone(T0.plusSeconds(1)).answeredAt(null).endedAt(T0.plusSeconds(60))
                .notRecorded(InteractionFact.HOLD, InteractionFact.TRANSFERS).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(flat, abandoned));

        assertThat(result.summary().notJudged()).containsExactly(entry(MistakeCode.HOLD_OVER_STATED, 1L),
                entry(MistakeCode.LONG_HOLD, 1L), entry(MistakeCode.UNEXPLAINED_HOLD, 1L),
                entry(MistakeCode.COLD_TRANSFER, 1L), entry(MistakeCode.MISSING_HANDOFF_SUMMARY, 1L),
                entry(MistakeCode.EMOTION_NOT_ACKNOWLEDGED, 0L), entry(MistakeCode.BOT_DEAD_END, 0L));
        assertThat(result.findings()).extracting(AuditFinding::code).containsExactly(MistakeCode.REPEAT_CONTACT);
    }

    @Test
    void teamsAndReasonsEscalatingFarAboveTheirPeersAreFlagged() {
        // Issue 26 item 5. Four teams with 20 handled contacts each, every agent alone in their tier's
        // peer group being equal; team "tech" escalates 18 of 20 (0.9), the others 2 of 20 (0.1):
        // median 0.1, MAD 0 → threshold 0.1, so "tech" is flagged. Its reason "tech.crash" is only
        // handled by it: of the four reasons it alone is above the median too. Agents: a-1..a-4 each
        // in their own team, all T1; a-3 (tech) is flagged as an agent as well, a different finding.
        List<Interaction> contacts = new ArrayList<>();
        String[] teams = {"billing", "orders", "tech", "account"};
        Instant at = T0;
        for (int t = 0; t < teams.length; t++) {
            for (int i = 0; i < 20; i++) {
                at = at.plusSeconds(60);
                Interaction.Builder b = contact("c-" + t + "-" + i, Channel.PHONE, at, teams[t] + ".crash")
                        .agent(AgentId.of("a-" + (t + 1)), Tier.T1, TeamId.of(teams[t]));
                if (i < (t == 2 ? 18 : 2)) {
                    b.addTransfer(new Transfer(at.plusSeconds(100), null, Tier.T2, true, "Tried the usual"));
                }
                contacts.add(b.build());
            }
        }

        Timelines.Result result = run(AUDITOR, WEEK_LATER, contacts);

        assertThat(result.of(MistakeCode.ESCALATION_PATTERN)).extracting(AuditFinding::ruleId, f -> f.team() == null
                ? f.evidence().get("reason") : f.team().value(), f -> f.agentId() == null ? "-" : f.agentId().value())
                .containsExactlyInAnyOrder(tuple("escalation-pattern", "tech", "a-3"),
                        tuple("escalation-pattern-team", "tech", "-"),
                        tuple("escalation-pattern-reason", "tech.crash", "-"));
        assertThat(result.of(MistakeCode.ESCALATION_PATTERN)).filteredOn(f -> f.ruleId().equals("escalation-pattern-team"))
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("rate", "0.9000")
                        .containsEntry("peerMedian", "0.1000").containsEntry("peerMad", "0.0000").containsEntry("peers", "4"));
    }

    @Test
    void agentEscalatingFarAboveTierPeersIsATrainingGap() {
        // Agents a-1..a-4: 2 of 20 escalated (0.1); a-5: 10 of 20 (0.5); a-6 only 19 contacts, all escalated.
        // Peers a-1..a-5: median 0.1, deviations [0,0,0,0,0.4] → MAD 0 → threshold 0.1; only a-5 is above.
        List<Interaction> contacts = new ArrayList<>();
        Instant at = T0;
        for (int agent = 1; agent <= 6; agent++) {
            int count = agent == 6 ? 19 : 20;
            int escalations = agent == 5 ? 10 : agent == 6 ? 19 : 2;
            for (int i = 0; i < count; i++) {
                at = at.plusSeconds(60);
                Interaction.Builder b = contact("c-" + agent + "-" + i, Channel.PHONE, at, "billing.refund")
                        .agent(AgentId.of("a-" + agent), Tier.T1, TeamId.of("billing"));
                if (i < escalations) {
                    b.addTransfer(new Transfer(at.plusSeconds(100), null, Tier.T2, true, "Tried the usual"));
                }
                contacts.add(b.build());
            }
        }

        Timelines.Result result = run(AUDITOR, WEEK_LATER, contacts);

        assertThat(result.of(MistakeCode.ESCALATION_PATTERN)).extracting(AuditFinding::agentId)
                .containsExactly(AgentId.of("a-5"));
        assertThat(result.of(MistakeCode.ESCALATION_PATTERN).get(0).evidence()).containsEntry("rate", "0.5000")
                .containsEntry("peerMedian", "0.1000").containsEntry("peers", "5");
        assertThat(result.summary().trainingGaps()).singleElement().satisfies(gap -> {
            assertThat(gap.agentId()).isEqualTo(AgentId.of("a-5"));
            assertThat(gap.handled()).isEqualTo(20);
            assertThat(gap.escalated()).isEqualTo(10);
            assertThat(gap.threshold()).isEqualTo(0.1);
        });
    }

    @Test
    void weekFarAboveItsFourTrailingWeeksIsASpike() {
        // Weeks from Monday 2026-03-02 (2026-W10); contacts on Mondays, so the first week is complete. Reason A: 10, 12, 8, 10 then 15; mean 10, sample sd
        // sqrt((0 + 4 + 4 + 0) / 3) = 1.633, threshold 10 + 3 × 1.633 = 14.9 < 15 → spike in 2026-W14.
        // Reason B: the same then 14 ≤ 14.9 → none. Reason C: 1, 1, 1, 1 then 9: above 1 + 0 but below 10 → none.
        List<Interaction> contacts = new ArrayList<>();
        int[][] weekly = {{10, 12, 8, 10, 15}, {10, 12, 8, 10, 14}, {1, 1, 1, 1, 9}};
        String[] reasons = {"orders.late", "orders.damaged", "orders.other"};
        for (int week = 0; week < 5; week++) {
            Instant monday = T0.plus(Duration.ofDays(7L * week));
            int minute = 0;
            for (int r = 0; r < reasons.length; r++) {
                for (int i = 0; i < weekly[r][week]; i++) {
                    contacts.add(contact("c-" + r + "-" + week + "-" + i, Channel.PHONE, monday.plusSeconds(60L * minute++),
                            reasons[r]).build());
                }
            }
        }

        // asOf: Monday 2026-04-06 00:00 Berlin (CEST, UTC+2), so the week of 2026-03-30 is complete.
        Timelines.Result result = run(AUDITOR, Instant.parse("2026-04-05T22:00:00Z"), contacts);

        assertThat(result.of(MistakeCode.CONTACT_REASON_SPIKE)).singleElement().satisfies(spike -> {
            assertThat(spike.evidence()).containsEntry("reason", "orders.late").containsEntry("week", "2026-W14")
                    .containsEntry("count", "15").containsEntry("trailingMean", "10.00").containsEntry("trailingSd", "1.63");
            assertThat(spike.occurredAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        });
    }

    @Test
    void aWeekNotCompleteBeforeAsOfIsNotJudged() {
        List<Interaction> contacts = new ArrayList<>();
        for (int week = 0; week < 5; week++) {
            Instant monday = T0.plus(Duration.ofDays(7L * week));
            for (int i = 0; i < (week == 4 ? 40 : 10); i++) {
                contacts.add(contact("c-" + week + "-" + i, Channel.PHONE, monday.plusSeconds(60L * i), "orders.late").build());
            }
        }

        // asOf Sunday 2026-04-05 12:00: the week of 2026-03-30 is not over.
        assertThat(run(AUDITOR, Instant.parse("2026-04-05T10:00:00Z"), contacts).of(MistakeCode.CONTACT_REASON_SPIKE)).isEmpty();
    }

    @Test
    void grantsOfEarlierContactsCountAgainstTheCapInARunOnly() {
        // Cap 150 EUR in 30 days: 2 × 50 on Monday, 50 on Tuesday (150, fine), 10 on Wednesday (160 > 150).
        Interaction monday = phone(T0).addGrant(refund("50.00")).addGrant(refund("50.00")).build();
        Interaction tuesday = contact("c-1", Channel.PHONE, T0.plus(Duration.ofDays(1)), "orders.where")
                .addGrant(refund("50.00")).build();
        Interaction wednesday = contact("c-1", Channel.PHONE, T0.plus(Duration.ofDays(2)), "account.login")
                .addGrant(refund("10.00")).build();

        Timelines.Result result = run(AUDITOR, WEEK_LATER, List.of(monday, tuesday, wednesday));

        assertThat(result.of(MistakeCode.OVER_AUTHORITY)).extracting(AuditFinding::interactionId)
                .containsExactly(wednesday.id());
        assertThat(AUDITOR.checkContact(wednesday, WEEK_LATER)).isEmpty();
    }

    private static Grant refund(String eur) {
        return new Grant(Action.REFUND, Money.of(eur, "EUR"));
    }

    @Test
    void summaryCountsFindingsPerCodeAgentTeamAndTopThemesPerQuarter() {
        List<Interaction> contacts = new ArrayList<>();
        String[][] themes = {{"wait time", "resolution"}, {"wait time"}, {"wait time", "friendliness"},
                {"resolution"}, {"agent knowledge"}};
        for (int i = 0; i < themes.length; i++) {
            Instant at = T0.plusSeconds(3600L * i);
            Feedback feedback = Feedback.builder(at.plusSeconds(900)).csat(CsatScore.of(4, 5)).nps(9).themes(List.of(themes[i]))
                    .build();
            contacts.add(contact("c-t" + i, Channel.PHONE, at, "billing.refund").feedback(feedback)
                    .addHold(new dev.cxkit.core.HoldSegment(at.plusSeconds(60), at.plusSeconds(90), false, null)).build());
        }

        AuditSummary summary = run(AUDITOR, WEEK_LATER, contacts).summary();

        // Counts: wait time 3, resolution 2, then agent knowledge and friendliness 1 each (ties by name).
        assertThat(summary.topThemesPerQuarter()).containsOnlyKeys("2026-Q1");
        assertThat(summary.topThemesPerQuarter().get("2026-Q1")).containsExactly(new ThemeCount("wait time", 3),
                new ThemeCount("resolution", 2), new ThemeCount("agent knowledge", 1));
        assertThat(summary.count(MistakeCode.UNEXPLAINED_HOLD)).isEqualTo(5);
        assertThat(summary.findingsPerAgent()).containsEntry(AgentId.of("a-1"), 5L);
        assertThat(summary.findingsPerTeam()).containsEntry(TeamId.of("billing"), 5L);
        assertThat(summary.interactions()).isEqualTo(5);
    }

    @Test
    void finishedRunRejectsInputAndFinishesOnce() {
        AuditRun run = AUDITOR.start(WEEK_LATER, f -> { });
        run.accept(phone(T0).build());
        AuditSummary first = run.finish();

        assertThat(run.finish()).isSameAs(first);
        assertThatThrownBy(() -> run.accept(phone(T0).build())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is finished");
    }
}
