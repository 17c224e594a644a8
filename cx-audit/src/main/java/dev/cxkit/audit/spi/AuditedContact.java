package dev.cxkit.audit.spi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;

/**
 * The contact under audit, as a rule fact: the interaction and the figures the reply and hold rules
 * compare, precomputed. Immutable.
 *
 * @param interaction the interaction
 * @param asOf the instant the audit judges open promises and feedback at
 * @param channel the interaction's channel
 * @param answered whether an agent answered (not abandoned)
 * @param queueWaitMillis answered contacts: answeredAt − queuedAt in ms; {@code -1} if abandoned
 * @param firstReplyMillis answered contacts: (firstReplyAt, else answeredAt) − queuedAt in ms; {@code -1} if abandoned
 * @param businessFirstReplyMillis answered EMAIL contacts: the same span in business time of the
 *     auditor's calendar, in ms; {@code -1} for other channels and abandoned contacts
 * @param totalHoldMillis the interaction's total hold in ms; {@code -1} if not recorded (no hold rule fires)
 * @param customerRepeatedInformation the interaction's flag
 */
public record AuditedContact(Interaction interaction, Instant asOf, Channel channel, boolean answered,
        long queueWaitMillis, long firstReplyMillis, long businessFirstReplyMillis, long totalHoldMillis,
        boolean customerRepeatedInformation) {

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
     * @param calendar business hours for the e-mail reply time
     * @return the fact
     */
    public static AuditedContact of(Interaction interaction, Instant asOf, BusinessCalendar calendar) {
        Instant answeredAt = interaction.answeredAt();
        long queueWait = -1;
        long firstReply = -1;
        long businessReply = -1;
        if (answeredAt != null) {
            Instant reply = interaction.firstReplyAt() != null ? interaction.firstReplyAt() : answeredAt;
            queueWait = Duration.between(interaction.queuedAt(), answeredAt).toMillis();
            firstReply = Duration.between(interaction.queuedAt(), reply).toMillis();
            if (interaction.channel() == Channel.EMAIL) {
                businessReply = calendar.businessDurationBetween(interaction.queuedAt(), reply).toMillis();
            }
        }
        return new AuditedContact(interaction, asOf, interaction.channel(), answeredAt != null, queueWait, firstReply,
                businessReply, interaction.hold() == null ? -1 : interaction.hold().toMillis(),
                interaction.customerRepeatedInformation());
    }

    /**
     * The reply time as a duration, for evidence.
     *
     * @return (firstReplyAt, else answeredAt) − queuedAt; {@link Duration#ZERO} if abandoned
     */
    public Duration firstReply() {
        return Duration.ofMillis(Math.max(0, firstReplyMillis));
    }
}
