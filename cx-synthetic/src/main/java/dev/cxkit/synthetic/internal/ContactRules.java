package dev.cxkit.synthetic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseOutcome;
import dev.cxkit.core.Transfer;

/**
 * The ground-truth definitions of the mistakes visible in one interaction alone, as documented on
 * {@link dev.cxkit.synthetic.TruthLabel}. Stateless.
 */
public final class ContactRules {

    static final Duration STATED_SLACK = Duration.ofSeconds(30);
    static final Duration LONG_HOLD = Duration.ofMinutes(5);
    static final Duration PHONE_ANSWER = Duration.ofSeconds(60);
    static final Duration WRITTEN_LIVE_REPLY = Duration.ofSeconds(45);
    static final Duration EMAIL_REPLY = Duration.ofHours(24);
    static final Duration MESSAGING_REPLY = Duration.ofMinutes(15);
    static final Duration FEEDBACK_LOOP = Duration.ofDays(14);

    private ContactRules() {
    }

    /**
     * The contact codes that apply to an interaction (all but OVER_AUTHORITY, which needs history).
     *
     * @param interaction the interaction
     * @param periodEnd the instant promises and feedback loops are judged at
     * @param calendar business hours for the e-mail reply expectation
     * @return the codes, possibly empty
     */
    public static Set<MistakeCode> contactCodes(Interaction interaction, Instant periodEnd, BusinessCalendar calendar) {
        Set<MistakeCode> codes = EnumSet.noneOf(MistakeCode.class);
        for (Promise promise : interaction.promises()) {
            if (promise.outcomeAt(periodEnd) == PromiseOutcome.BROKEN) {
                codes.add(MistakeCode.BROKEN_PROMISE);
            }
        }
        for (HoldSegment hold : interaction.holds()) {
            Duration actual = hold.duration();
            Duration stated = hold.statedWait();
            if (stated != null && actual.multipliedBy(2).compareTo(stated.multipliedBy(3)) > 0
                    && actual.compareTo(stated.plus(STATED_SLACK)) > 0) {
                codes.add(MistakeCode.HOLD_OVER_STATED);
            }
            if (actual.compareTo(LONG_HOLD) > 0) {
                codes.add(MistakeCode.LONG_HOLD);
            }
            if (Boolean.FALSE.equals(hold.explained())) {
                codes.add(MistakeCode.UNEXPLAINED_HOLD);
            }
        }
        Duration totalHold = interaction.hold();
        if (totalHold != null && totalHold.compareTo(LONG_HOLD) > 0) {
            codes.add(MistakeCode.LONG_HOLD);
        }
        if (isSlowFirstReply(interaction, calendar)) {
            codes.add(MistakeCode.SLOW_FIRST_REPLY);
        }
        for (Transfer transfer : interaction.transfers()) {
            if (Boolean.FALSE.equals(transfer.warm())) {
                codes.add(MistakeCode.COLD_TRANSFER);
            }
            if (!transfer.hasHandoffSummary()) {
                codes.add(MistakeCode.MISSING_HANDOFF_SUMMARY);
            }
        }
        if (interaction.customerRepeatedInformation()) {
            codes.add(MistakeCode.CUSTOMER_REPEATED_INFO);
        }
        for (EmotionalCue cue : interaction.emotionalCues()) {
            if (Boolean.FALSE.equals(cue.acknowledged())) {
                codes.add(MistakeCode.EMOTION_NOT_ACKNOWLEDGED);
            }
        }
        Feedback feedback = interaction.feedback();
        if (feedback != null && (feedback.isNegative() || feedback.priority().isHighOrAbove())
                && feedback.openFor(periodEnd).compareTo(FEEDBACK_LOOP) > 0) {
            codes.add(MistakeCode.FEEDBACK_LOOP_OPEN);
        }
        if (interaction.selfService() != null && interaction.selfService().isDeadEnd()) {
            codes.add(MistakeCode.BOT_DEAD_END);
        }
        return codes;
    }

    private static boolean isSlowFirstReply(Interaction interaction, BusinessCalendar calendar) {
        Instant answered = interaction.answeredAt();
        if (answered == null) {
            return false;
        }
        Instant reply = interaction.firstReplyAt() != null ? interaction.firstReplyAt() : answered;
        return switch (interaction.channel()) {
            case PHONE -> interaction.queueWait() != null && interaction.queueWait().compareTo(PHONE_ANSWER) > 0;
            case CHAT, SOCIAL -> Duration.between(interaction.queuedAt(), reply).compareTo(WRITTEN_LIVE_REPLY) > 0;
            case EMAIL -> calendar.businessDurationBetween(interaction.queuedAt(), reply).compareTo(EMAIL_REPLY) > 0;
            case MESSAGING -> calendar.businessDurationBetween(interaction.queuedAt(), reply).compareTo(MESSAGING_REPLY) > 0;
            case SELF_SERVICE -> false;
        };
    }
}
