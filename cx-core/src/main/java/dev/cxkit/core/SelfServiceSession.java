package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a self-service or bot conversation: how it ended, how many bot turns it took,
 * whether the bot offered a person, and whether the conversation so far went along when it handed
 * over. It rides on an {@link Interaction} of the {@link Channel#SELF_SERVICE} channel, or on a
 * {@link Channel#CHAT} or {@link Channel#MESSAGING} contact that a bot answered first. Immutable and
 * thread-safe.
 *
 * <p><b>Not recorded is not "no".</b> {@code steps}, {@code personOffered} and
 * {@code transcriptHandedOver} are {@code null} when the source does not carry them; the audit then
 * does not judge the session (BOT_DEAD_END needs {@code personOffered}).
 *
 * @param outcome how the session ended
 * @param steps the number of bot turns, zero or more, or {@code null} if not recorded
 * @param personOffered whether the bot offered the customer a person, or {@code null} if not recorded
 * @param transcriptHandedOver for a {@link Outcome#HANDED_OVER} session, whether the person received
 *     the conversation so far; {@code null} if not recorded, and always {@code null} for other outcomes
 */
public record SelfServiceSession(Outcome outcome, @Nullable Integer steps, @Nullable Boolean personOffered,
        @Nullable Boolean transcriptHandedOver) {

    /** How a self-service session ended. */
    public enum Outcome {
        /** The customer's need was met without a person. */
        RESOLVED,
        /** The bot passed the customer on to a person. */
        HANDED_OVER,
        /** The customer left without a resolution. */
        ABANDONED,
        /** The bot went round in circles (repeated the same prompts) until the session ended. */
        LOOPED;

        /**
         * Whether the session failed the customer: abandoned or looped. A hand-over is not a
         * failure of this kind (the customer reached a person).
         *
         * @return {@code true} for {@link #ABANDONED} and {@link #LOOPED}
         */
        public boolean isFailure() {
            return this == ABANDONED || this == LOOPED;
        }

        /**
         * Parses an outcome, case-insensitively.
         *
         * @param value for example {@code ABANDONED}
         * @return the outcome
         * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
         */
        public static Outcome parse(String value) {
            return Checks.parseEnum(Outcome.class, value, "self-service outcome");
        }
    }

    /**
     * Validates the session.
     *
     * @throws IllegalArgumentException if {@code steps} is negative, or {@code transcriptHandedOver}
     *     is given for an outcome other than {@link Outcome#HANDED_OVER}
     */
    public SelfServiceSession {
        Checks.notNull(outcome, "self-service outcome");
        if (steps != null && steps < 0) {
            throw new IllegalArgumentException("The steps (" + steps + ") of a self-service session are negative.");
        }
        if (transcriptHandedOver != null && outcome != Outcome.HANDED_OVER) {
            throw new IllegalArgumentException("The transcriptHandedOver (" + transcriptHandedOver
                    + ") of a self-service session is given, but its outcome is " + outcome + ", not HANDED_OVER.\n"
                    + "Maybe the outcome should be HANDED_OVER, or leave transcriptHandedOver unset?");
        }
    }

    /**
     * A session with only its outcome recorded.
     *
     * @param outcome how the session ended
     * @return the session
     */
    public static SelfServiceSession of(Outcome outcome) {
        return new SelfServiceSession(outcome, null, null, null);
    }

    /**
     * Whether this session is a dead end: it failed ({@linkplain Outcome#isFailure() abandoned or
     * looped}) and the bot never offered a person.
     *
     * @return {@code true} only if the outcome is a failure and {@code personOffered} is
     *     {@code false}; {@code false} when {@code personOffered} is not recorded
     */
    public boolean isDeadEnd() {
        return outcome.isFailure() && Boolean.FALSE.equals(personOffered);
    }

    /**
     * Whether the channel may carry a self-service session: {@link Channel#SELF_SERVICE}, or a
     * bot-first {@link Channel#CHAT} or {@link Channel#MESSAGING} contact.
     *
     * @param channel the channel
     * @return {@code true} for SELF_SERVICE, CHAT and MESSAGING
     */
    public static boolean allowedOn(Channel channel) {
        return channel == Channel.SELF_SERVICE || channel == Channel.CHAT || channel == Channel.MESSAGING;
    }
}
