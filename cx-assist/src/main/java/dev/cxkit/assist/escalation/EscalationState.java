package dev.cxkit.assist.escalation;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Where a contact stands when the agent wonders whether to escalate. Immutable; build one with
 * {@link #builder(Tier)} or the canonical constructor.
 *
 * @param tier the tier now handling the contact
 * @param channel the channel of the contact (elapsed-time criteria watch live channels only)
 * @param attempts resolution attempts made so far at this tier, not negative
 * @param elapsed time the customer has spent on this contact so far, not negative
 * @param sentiment the customer's sentiment in [−1, 1] (−1 very negative), or {@code null} if unknown
 * @param reason the contact reason, or {@code null} if not yet known
 * @param segment the customer's segment
 * @param valueAtStake what the resolution is worth (refund, credit, contract), or {@code null} if unknown
 * @param flags facts the agent marked; copied
 * @param handoffSummary what was tried so far, for the receiving agent; {@code null} or blank if
 *     nothing was written yet
 */
public record EscalationState(Tier tier, Channel channel, int attempts, Duration elapsed, @Nullable Double sentiment,
        @Nullable ContactReason reason, Segment segment, @Nullable Money valueAtStake, Set<EscalationFlag> flags,
        @Nullable String handoffSummary) {

    /** Validates ranges and copies the flags. */
    public EscalationState {
        Checks.notNull(tier, "tier");
        Checks.notNull(channel, "channel");
        Checks.notNull(segment, "segment");
        Checks.notNull(flags, "flags");
        if (attempts < 0) {
            throw new IllegalArgumentException("The attempts (" + attempts
                    + ") of an escalation state must not be negative.");
        }
        Checks.nonNegative(elapsed, "elapsed time", "an escalation state");
        if (sentiment != null && !(sentiment >= -1.0 && sentiment <= 1.0)) {
            throw new IllegalArgumentException("The sentiment (" + sentiment
                    + ") of an escalation state is outside [-1, 1].\nMaybe it is on a 0–100 scale?");
        }
        if (valueAtStake != null && valueAtStake.isNegative()) {
            throw new IllegalArgumentException("The value at stake (" + valueAtStake
                    + ") of an escalation state must not be negative.");
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /**
     * Whether a non-blank summary of what was tried exists.
     *
     * @return {@code true} if {@link #handoffSummary()} is present and not blank
     */
    public boolean hasHandoffSummary() {
        return handoffSummary != null && !handoffSummary.isBlank();
    }

    /**
     * Whether the agent marked a flag.
     *
     * @param flag the flag
     * @return {@code true} if set
     */
    public boolean has(EscalationFlag flag) {
        return flags.contains(flag);
    }

    /**
     * Starts a state at a tier: phone, no attempts, no time elapsed, {@code STANDARD} segment, nothing
     * else known.
     *
     * @param tier the tier now handling the contact
     * @return a builder
     */
    public static Builder builder(Tier tier) {
        return new Builder(tier);
    }

    /**
     * A builder initialised from this state.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(tier).channel(channel).attempts(attempts).elapsed(elapsed).segment(segment)
                .sentiment(sentiment).reason(reason).valueAtStake(valueAtStake).handoffSummary(handoffSummary);
        builder.flags.addAll(flags);
        return builder;
    }

    /** Builds an {@link EscalationState}; validation happens in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private Tier tier;
        private Channel channel = Channel.PHONE;
        private int attempts;
        private Duration elapsed = Duration.ZERO;
        private @Nullable Double sentiment;
        private @Nullable ContactReason reason;
        private Segment segment = Segment.STANDARD;
        private @Nullable Money valueAtStake;
        private final Set<EscalationFlag> flags = EnumSet.noneOf(EscalationFlag.class);
        private @Nullable String handoffSummary;

        private Builder(Tier tier) {
            this.tier = Checks.notNull(tier, "tier");
        }

        /**
         * Sets the tier.
         *
         * @param value the tier now handling the contact
         * @return this builder
         */
        public Builder tier(Tier value) {
            this.tier = Checks.notNull(value, "tier");
            return this;
        }

        /**
         * Sets the channel (default {@code PHONE}).
         *
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) {
            this.channel = Checks.notNull(value, "channel");
            return this;
        }

        /**
         * Sets the attempts made at this tier (default 0).
         *
         * @param value not negative
         * @return this builder
         */
        public Builder attempts(int value) {
            this.attempts = value;
            return this;
        }

        /**
         * Sets the elapsed time (default zero).
         *
         * @param value not negative
         * @return this builder
         */
        public Builder elapsed(Duration value) {
            this.elapsed = Checks.notNull(value, "elapsed time");
            return this;
        }

        /**
         * Sets the sentiment (default unknown).
         *
         * @param value in [−1, 1], or {@code null} if unknown
         * @return this builder
         */
        public Builder sentiment(@Nullable Double value) {
            this.sentiment = value;
            return this;
        }

        /**
         * Sets the contact reason (default unknown).
         *
         * @param value the reason, or {@code null}
         * @return this builder
         */
        public Builder reason(@Nullable ContactReason value) {
            this.reason = value;
            return this;
        }

        /**
         * Sets the segment (default {@code STANDARD}).
         *
         * @param value the segment
         * @return this builder
         */
        public Builder segment(Segment value) {
            this.segment = Checks.notNull(value, "segment");
            return this;
        }

        /**
         * Sets the value at stake (default unknown).
         *
         * @param value not negative, or {@code null}
         * @return this builder
         */
        public Builder valueAtStake(@Nullable Money value) {
            this.valueAtStake = value;
            return this;
        }

        /**
         * Marks a flag.
         *
         * @param value the flag
         * @return this builder
         */
        public Builder flag(EscalationFlag value) {
            flags.add(Checks.notNull(value, "flag"));
            return this;
        }

        /**
         * Sets the summary of what was tried (default none).
         *
         * @param value the summary, or {@code null}
         * @return this builder
         */
        public Builder handoffSummary(@Nullable String value) {
            this.handoffSummary = value;
            return this;
        }

        /**
         * Builds the state.
         *
         * @return the state
         * @throws IllegalArgumentException if a value is out of range, see {@link EscalationState}
         */
        public EscalationState build() {
            return new EscalationState(tier, channel, attempts, elapsed, sentiment, reason, segment, valueAtStake,
                    flags, handoffSummary);
        }
    }
}
