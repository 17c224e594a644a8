package dev.cxkit.audit;

import static dev.cxkit.audit.Timelines.AS_OF;
import static dev.cxkit.audit.Timelines.AUDITOR;
import static dev.cxkit.audit.Timelines.T0;
import static dev.cxkit.audit.Timelines.check;
import static dev.cxkit.audit.Timelines.contact;
import static dev.cxkit.audit.Timelines.hold;
import static dev.cxkit.audit.Timelines.phone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.cxkit.core.Action;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import org.junit.jupiter.api.Test;

/**
 * One hand-written timeline per per-contact code, and the near-misses that must not fire. Expected
 * values follow the catalog's defaults (docs/audit-catalog.md); the arithmetic is in each comment.
 */
class ContactChecksTest {

    private static List<MistakeCode> codes(List<AuditFinding> findings) {
        return findings.stream().map(AuditFinding::code).toList();
    }

    @Test
    void cleanContactHasNoFindings() {
        assertThat(check(phone(T0).build())).isEmpty();
    }

    @Test
    void abandonedContactWithNothingInItHasNoFindings() {
        Interaction abandoned = phone(T0).answeredAt(null).endedAt(T0.plusSeconds(300)).build();

        assertThat(check(abandoned)).isEmpty();
    }

    @Test
    void reportsHoldOverStatedWithEvidence() {
        // "30 seconds" became 124 s: 124 > 30 × 1.5 = 45 and 124 > 30 + 30 = 60.
        HoldSegment segment = hold(124, true, 30L);

        List<AuditFinding> findings = check(phone(T0).addHold(segment).build());

        assertThat(codes(findings)).containsExactly(MistakeCode.HOLD_OVER_STATED);
        AuditFinding finding = findings.get(0);
        assertThat(finding.evidence()).containsEntry("stated", "PT30S").containsEntry("actual", "PT2M4S")
                .containsEntry("holdFrom", segment.start().toString()).containsEntry("holdTo", segment.end().toString());
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.ruleId()).isEqualTo("hold-over-stated");
        assertThat(finding.occurredAt()).isEqualTo(segment.end());
        assertThat(finding.threshold()).isEqualTo("actual > stated × 1.5 and > stated + PT30S");
        assertThat(finding.agentId()).hasToString("a-1");
        assertThat(finding.team()).hasToString("billing");
    }

    @Test
    void holdOf44SecondsOnA30SecondStatementIsNotOverStated() {
        // 44 s ≤ 30 × 1.5 = 45 s and ≤ 30 + 30 = 60 s: neither condition holds.
        assertThat(check(phone(T0).addHold(hold(44, true, 30L)).build())).isEmpty();
    }

    @Test
    void holdOverOneAndAHalfTimesButWithinTheMarginIsNotOverStated() {
        // 50 s on "30 s": 50 > 45 but 50 ≤ 60, so the 30 s margin spares it.
        assertThat(check(phone(T0).addHold(hold(50, true, 30L)).build())).isEmpty();
        // 61 s: 61 > 45 and 61 > 60.
        assertThat(codes(check(phone(T0).addHold(hold(61, true, 30L)).build())))
                .containsExactly(MistakeCode.HOLD_OVER_STATED);
    }

    @Test
    void holdWithoutStatedWaitIsNeverOverStated() {
        assertThat(check(phone(T0).addHold(hold(200, true, null)).build())).isEmpty();
    }

    @Test
    void reportsALongHoldSegmentOnceAndNotExactlyFiveMinutes() {
        assertThat(check(phone(T0).addHold(hold(300, true, null)).build())).isEmpty();

        List<AuditFinding> findings = check(phone(T0).addHold(hold(301, true, null)).build());

        assertThat(codes(findings)).containsExactly(MistakeCode.LONG_HOLD);
        assertThat(findings.get(0).ruleId()).isEqualTo("long-hold");
        assertThat(findings.get(0).evidence()).containsEntry("actual", "PT5M1S");
    }

    @Test
    void reportsALongTotalHoldWhenNoSegmentIsLong() {
        // Two holds of 3 minutes: neither > 5 min, together 6 min > 5 min.
        Instant first = T0.plusSeconds(60);
        Interaction interaction = phone(T0)
                .addHold(new HoldSegment(first, first.plusSeconds(180), true, null))
                .addHold(new HoldSegment(first.plusSeconds(200), first.plusSeconds(380), true, null))
                .build();

        List<AuditFinding> findings = check(interaction);

        assertThat(codes(findings)).containsExactly(MistakeCode.LONG_HOLD);
        assertThat(findings.get(0).ruleId()).isEqualTo("long-hold-total");
        assertThat(findings.get(0).evidence()).containsEntry("totalHold", "PT6M").containsEntry("segments", "2");
    }

    @Test
    void reportsAnUnexplainedHoldButNotAnExplainedOne() {
        assertThat(codes(check(phone(T0).addHold(hold(20, false, null)).build())))
                .containsExactly(MistakeCode.UNEXPLAINED_HOLD);
        assertThat(check(phone(T0).addHold(hold(20, true, null)).build())).isEmpty();
    }

    @Test
    void phoneAnswerAfterMoreThanSixtySecondsIsSlow() {
        assertThat(check(phone(T0).answeredAt(T0.plusSeconds(60)).build())).isEmpty();

        List<AuditFinding> findings = check(phone(T0).answeredAt(T0.plusSeconds(61)).build());

        assertThat(codes(findings)).containsExactly(MistakeCode.SLOW_FIRST_REPLY);
        assertThat(findings.get(0).evidence()).containsEntry("wait", "PT1M1S");
    }

    @Test
    void chatAndSocialFirstReplyAfterMoreThan45SecondsIsSlow() {
        Interaction chatOnTime = contact("c-2", Channel.CHAT, T0, "orders.where").answeredAt(T0.plusSeconds(5))
                .firstReplyAt(T0.plusSeconds(45)).build();
        Interaction socialLate = contact("c-2", Channel.SOCIAL, T0, "orders.where").answeredAt(T0.plusSeconds(5))
                .firstReplyAt(T0.plusSeconds(46)).build();
        Interaction chatNoReplyInstant = contact("c-2", Channel.CHAT, T0, "orders.where").answeredAt(T0.plusSeconds(50))
                .build();

        assertThat(check(chatOnTime)).isEmpty();
        assertThat(codes(check(socialLate))).containsExactly(MistakeCode.SLOW_FIRST_REPLY);
        assertThat(codes(check(chatNoReplyInstant))).containsExactly(MistakeCode.SLOW_FIRST_REPLY);
    }

    @Test
    void emailReplyIsMeasuredInBusinessHours() {
        // Friday 2026-03-06 19:00 Berlin. Opening hours Mon–Fri 08–20.
        Instant friday19 = Instant.parse("2026-03-06T18:00:00Z");
        // Reply Monday 10:00: Fri 19–20 (1 h) + Mon 08–10 (2 h) = 3 h of business time, not slow.
        Interaction monday = contact("c-3", Channel.EMAIL, friday19, "account.login")
                .answeredAt(Instant.parse("2026-03-09T09:00:00Z")).endedAt(Instant.parse("2026-03-09T09:10:00Z")).build();
        // Reply Wednesday 12:00: 1 h + Mon 12 h + Tue 12 h + Wed 4 h = 29 h > 24 h.
        Interaction wednesday = contact("c-3", Channel.EMAIL, friday19, "account.login")
                .answeredAt(Instant.parse("2026-03-11T11:00:00Z")).endedAt(Instant.parse("2026-03-11T11:10:00Z")).build();

        assertThat(check(monday)).isEmpty();
        List<AuditFinding> findings = check(wednesday);
        assertThat(codes(findings)).containsExactly(MistakeCode.SLOW_FIRST_REPLY);
        assertThat(findings.get(0).evidence()).containsEntry("businessTime", "PT29H");
    }

    @Test
    void messagingReplyAfterMoreThanFifteenBusinessMinutesIsSlow() {
        // Timelines' calendar: Europe/Berlin, Monday–Friday 08:00–20:00 (CET, UTC+1, in early March).
        // T0 is Monday 10:00 local: 15 min exactly is in time, 15 min 1 s is not (strict, as in the catalog).
        Interaction inTime = contact("c-4", Channel.MESSAGING, T0, "orders.where").answeredAt(T0.plus(Duration.ofMinutes(15)))
                .endedAt(T0.plus(Duration.ofHours(1))).build();
        Interaction slow = contact("c-4", Channel.MESSAGING, T0, "orders.where")
                .answeredAt(T0.plus(Duration.ofMinutes(15)).plusSeconds(1)).endedAt(T0.plus(Duration.ofHours(1))).build();
        // Friday 19:55 local to Monday 08:09 local: 5 + 9 = 14 business minutes, although 60 hours passed.
        Instant friday = Instant.parse("2026-03-06T18:55:00Z");
        Interaction overTheWeekend = contact("c-4", Channel.MESSAGING, friday, "orders.where")
                .answeredAt(Instant.parse("2026-03-09T07:09:00Z")).endedAt(Instant.parse("2026-03-09T07:30:00Z")).build();

        assertThat(check(inTime)).isEmpty();
        assertThat(check(overTheWeekend)).isEmpty();
        List<AuditFinding> findings = check(slow);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("slow-first-reply-messaging");
            assertThat(f.evidence()).containsEntry("businessTime", "PT15M1S");
            assertThat(f.threshold()).isEqualTo("messaging first reply > PT15M of business time");
        });
    }

    @Test
    void selfServiceHasNoReplyExpectation() {
        Interaction slow = contact("c-4", Channel.SELF_SERVICE, T0, "orders.where").answeredAt(T0.plus(Duration.ofHours(5)))
                .endedAt(T0.plus(Duration.ofHours(6))).build();

        assertThat(check(slow)).isEmpty();
    }

    @Test
    void coldTransferWithoutSummaryIsTwoMistakesAndAWarmOneWithSummaryNone() {
        Instant at = T0.plusSeconds(200);
        Interaction cold = phone(T0).addTransfer(new Transfer(at, null, Tier.T2, false, null)).build();
        Interaction warm = phone(T0).addTransfer(new Transfer(at, null, Tier.T2, true, "Reset tried, still failing")).build();
        Interaction warmBlank = phone(T0).addTransfer(new Transfer(at, null, Tier.T2, true, "   ")).build();

        List<AuditFinding> findings = check(cold);

        assertThat(codes(findings)).containsExactlyInAnyOrder(MistakeCode.COLD_TRANSFER, MistakeCode.MISSING_HANDOFF_SUMMARY);
        assertThat(findings.get(0).evidence()).containsEntry("escalation", "true");
        assertThat(check(warm)).isEmpty();
        assertThat(codes(check(warmBlank))).containsExactly(MistakeCode.MISSING_HANDOFF_SUMMARY);
    }

    @Test
    void reportsACustomerWhoHadToRepeatInformation() {
        assertThat(codes(check(phone(T0).customerRepeatedInformation(true).build())))
                .containsExactly(MistakeCode.CUSTOMER_REPEATED_INFO);
    }

    @Test
    void reportsAnUnacknowledgedCueButNotAnAcknowledgedOne() {
        Instant at = T0.plusSeconds(100);
        List<AuditFinding> findings = check(phone(T0).addEmotionalCue(new EmotionalCue(at, "frustrated", false)).build());

        assertThat(codes(findings)).containsExactly(MistakeCode.EMOTION_NOT_ACKNOWLEDGED);
        assertThat(findings.get(0).evidence()).containsEntry("cue", "frustrated");
        assertThat(check(phone(T0).addEmotionalCue(new EmotionalCue(at, "frustrated", true)).build())).isEmpty();
    }

    @Test
    void brokenPromiseIsJudgedAtAsOf() {
        Instant made = T0.plusSeconds(300);
        // Due one day later with one hour of grace: deadline T0 + 5 min + 25 h.
        Promise open = new Promise(PromiseId.of("p-1"), PromiseKind.CALLBACK, made, made.plus(Duration.ofDays(1)),
                Duration.ofHours(1), null, null);
        Promise keptLate = new Promise(PromiseId.of("p-2"), PromiseKind.CALLBACK, made, made.plus(Duration.ofDays(1)),
                Duration.ofHours(1), made.plus(Duration.ofHours(24).plusMinutes(30)), null);
        Interaction interaction = phone(T0).addPromise(open).addPromise(keptLate).build();

        // At T0 + 1 day the open promise is not due yet; the late one was kept within grace.
        assertThat(AUDITOR.checkContact(interaction, AS_OF)).isEmpty();
        // Two days later the open one is past due + grace.
        List<AuditFinding> later = AUDITOR.checkContact(interaction, T0.plus(Duration.ofDays(3)));
        assertThat(codes(later)).containsExactly(MistakeCode.BROKEN_PROMISE);
        assertThat(later.get(0).evidence()).containsEntry("promiseId", "p-1")
                .containsEntry("fulfilledAt", "not by " + T0.plus(Duration.ofDays(3)));
        assertThat(later.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(later.get(0).occurredAt()).isEqualTo(open.deadline());
    }

    @Test
    void negativeFeedbackOpenMoreThan14DaysIsReported() {
        Instant received = T0.plus(Duration.ofHours(1));
        Feedback negative = Feedback.builder(received).csat(CsatScore.of(1, 5)).addTheme("wait time").build();
        Feedback positive = Feedback.builder(received).csat(CsatScore.of(5, 5)).nps(10).build();
        Interaction withNegative = phone(T0).feedback(negative).build();

        assertThat(AUDITOR.checkContact(withNegative, received.plus(Duration.ofDays(14)))).isEmpty();
        assertThat(codes(AUDITOR.checkContact(withNegative, received.plus(Duration.ofDays(14)).plusSeconds(1))))
                .containsExactly(MistakeCode.FEEDBACK_LOOP_OPEN);
        assertThat(AUDITOR.checkContact(phone(T0).feedback(positive).build(), received.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void highPriorityFeedbackClosedLateIsReportedAsHighSeverity() {
        Instant received = T0.plus(Duration.ofHours(1));
        Feedback late = Feedback.builder(received).csat(CsatScore.of(4, 5)).nps(8).priority(Priority.URGENT)
                .loopClosedAt(received.plus(Duration.ofDays(15))).build();

        List<AuditFinding> findings = AUDITOR.checkContact(phone(T0).feedback(late).build(), received.plus(Duration.ofDays(20)));

        assertThat(codes(findings)).containsExactly(MistakeCode.FEEDBACK_LOOP_OPEN);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(findings.get(0).evidence()).containsEntry("openFor", "PT360H").containsEntry("closed", "true");
    }

    @Test
    void grantAboveTheTierLimitIsOverAuthority() {
        Interaction over = phone(T0).addGrant(new Grant(Action.REFUND, Money.of("60.00", "EUR"))).build();
        Interaction within = phone(T0).addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR"))).build();

        List<AuditFinding> findings = check(over);

        assertThat(codes(findings)).containsExactly(MistakeCode.OVER_AUTHORITY);
        assertThat(findings.get(0).evidence()).containsEntry("policyDecision", "NEEDS_APPROVAL")
                .containsEntry("policyRules", "[refund-t1]").containsEntry("amount", "60.00 EUR");
        assertThat(check(within)).isEmpty();
    }

    @Test
    void grantsOfOneContactAddUpAgainstTheCap() {
        // 3 × 50 = 150 is the cap; the fourth 50 makes 200 > 150.
        Interaction.Builder b = phone(T0);
        for (int i = 0; i < 4; i++) {
            b.addGrant(new Grant(Action.REFUND, Money.of("50.00", "EUR")));
        }

        assertThat(codes(check(b.build()))).containsExactly(MistakeCode.OVER_AUTHORITY);
    }

    @Test
    void withoutPolicyGrantsAreNotChecked() {
        Auditor noPolicy = Auditor.builder().calendar(Timelines.WEEKDAYS).build();
        Interaction over = phone(T0).addGrant(new Grant(Action.REFUND, Money.of("900.00", "EUR"))).build();

        assertThat(noPolicy.checkContact(over, AS_OF)).isEmpty();
    }
}
