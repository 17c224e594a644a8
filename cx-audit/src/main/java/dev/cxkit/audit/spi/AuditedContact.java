package dev.cxkit.audit.spi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * The contact under audit, as a rule fact: the interaction and the figures the reply and hold rules
 * compare, precomputed. The built-in rules compare the exact figures in nanoseconds (saturated at
 * {@link Long#MAX_VALUE} for spans over 292 years), so a hold of 300.0004 s is over 5 minutes, as
 * the generator's truth and the naive oracle say; the millisecond figures are the same spans cut
 * to whole milliseconds, kept for custom rules. Immutable.
 *
 * @param interaction the interaction
 * @param asOf the instant the audit judges open promises and feedback at
 * @param channel the interaction's channel
 * @param answered whether an agent answered (not abandoned)
 * @param queueWaitMillis answered contacts: answeredAt − queuedAt in ms; {@code -1} if abandoned
 * @param firstReplyMillis answered contacts: (firstReplyAt, else answeredAt) − queuedAt in ms; {@code -1} if abandoned
 * @param businessFirstReplyMillis answered EMAIL and MESSAGING contacts: the same span in business time
 *     of the auditor's calendar for the channel, in ms; {@code -1} for other channels and abandoned contacts
 * @param totalHoldMillis the interaction's total hold in ms; {@code -1} if not recorded (no hold rule fires)
 * @param customerRepeatedInformation the interaction's flag
 * @param queueWaitNanos {@code queueWaitMillis} exactly, in ns; {@code -1} if abandoned
 * @param firstReplyNanos {@code firstReplyMillis} exactly, in ns; {@code -1} if abandoned
 * @param businessFirstReplyNanos {@code businessFirstReplyMillis} exactly, in ns; {@code -1} if not measured
 * @param totalHoldNanos {@code totalHoldMillis} exactly, in ns; {@code -1} if not recorded
 */
public record AuditedContact(Interaction interaction, Instant asOf, Channel channel, boolean answered,
        long queueWaitMillis, long firstReplyMillis, long businessFirstReplyMillis, long totalHoldMillis,
        boolean customerRepeatedInformation, long queueWaitNanos, long firstReplyNanos, long businessFirstReplyNanos,
        long totalHoldNanos) {

    /** Validates the references. */
    public AuditedContact {
        Checks.notNull(interaction, "interaction");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(channel, "channel");
    }

    /**
     * Computes the fact for an interaction.
     *
     * @param interaction the interaction
     * @param asOf the instant of judgement
     * @param calendar business hours of the contact's channel, for the e-mail and messaging reply time
     * @return the fact
     */
    public static AuditedContact of(Interaction interaction, Instant asOf, BusinessCalendar calendar) {
        Instant answeredAt = interaction.answeredAt();
        Duration queueWait = null;
        Duration firstReply = null;
        Duration businessReply = null;
        if (answeredAt != null) {
            Instant reply = interaction.firstReplyAt() != null ? interaction.firstReplyAt() : answeredAt;
            queueWait = Duration.between(interaction.queuedAt(), answeredAt);
            firstReply = Duration.between(interaction.queuedAt(), reply);
            if (interaction.channel() == Channel.EMAIL || interaction.channel() == Channel.MESSAGING) {
                businessReply = calendar.businessDurationBetween(interaction.queuedAt(), reply);
            }
        }
        Duration hold = interaction.hold();
        return new AuditedContact(interaction, asOf, interaction.channel(), answeredAt != null, millis(queueWait),
                millis(firstReply), millis(businessReply), millis(hold), interaction.customerRepeatedInformation(),
                nanos(queueWait), nanos(firstReply), nanos(businessReply), nanos(hold));
    }

    /** A span in ms, {@code -1} for none. */
    static long millis(@Nullable Duration span) {
        return span == null ? -1 : span.toMillis();
    }

    /** A span in ns, saturated at {@link Long#MAX_VALUE}; {@code -1} for none. */
    static long nanos(@Nullable Duration span) {
        if (span == null) {
            return -1;
        }
        return span.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L - 1 ? Long.MAX_VALUE : span.toNanos();
    }

    /**
     * The reply time as a duration, for evidence.
     *
     * @return (firstReplyAt, else answeredAt) − queuedAt; {@link Duration#ZERO} if abandoned
     */
    public Duration firstReply() {
        return Duration.ofNanos(Math.max(0, firstReplyNanos));
    }

    /**
     * The reply time in business hours, for evidence.
     *
     * @return the business time of the reply; {@link Duration#ZERO} if not measured
     */
    public Duration businessFirstReply() {
        return Duration.ofNanos(Math.max(0, businessFirstReplyNanos));
    }
}
