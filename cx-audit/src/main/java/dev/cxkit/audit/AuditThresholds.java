package dev.cxkit.audit;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

import dev.cxkit.core.internal.Checks;

/**
 * The parameters of the audit rules, with the defaults of the audit catalog (CATALOG.md §4).
 * Immutable and thread-safe; start from {@link #ofDefaults()} and change what differs with
 * {@link #toBuilder()}. The built-in DRL rules read this object from the global {@code thresholds};
 * custom rules may declare that global too ({@code global AuditThresholds thresholds;}) or match the
 * object as a fact ({@code $t : AuditThresholds()}). Serializable, for engines that ship settings to
 * workers (cx-flink); a deserialised instance is checked again by its builder.
 *
 * <table>
 *   <caption>Parameters and defaults</caption>
 *   <tr><th>parameter</th><th>default</th><th>used by</th></tr>
 *   <tr><td>{@link #holdOverStatedFactor()}, {@link #holdOverStatedMargin()}</td><td>1.5, 30 s</td>
 *       <td>HOLD_OVER_STATED: actual &gt; stated × factor and actual &gt; stated + margin</td></tr>
 *   <tr><td>{@link #longHold()}</td><td>5 min</td><td>LONG_HOLD: a segment or the total hold above it</td></tr>
 *   <tr><td>{@link #chatFirstReply()}</td><td>45 s</td><td>SLOW_FIRST_REPLY, CHAT and SOCIAL</td></tr>
 *   <tr><td>{@link #phoneAnswer()}</td><td>60 s</td><td>SLOW_FIRST_REPLY, PHONE queue wait</td></tr>
 *   <tr><td>{@link #emailFirstReply()}</td><td>24 h of business time</td><td>SLOW_FIRST_REPLY, EMAIL</td></tr>
 *   <tr><td>{@link #repeatWindow()}</td><td>7 days</td><td>REPEAT_CONTACT</td></tr>
 *   <tr><td>{@link #followUpBusinessDays()}</td><td>2</td><td>NO_FOLLOW_UP</td></tr>
 *   <tr><td>{@link #feedbackLoopOpen()}</td><td>14 days</td><td>FEEDBACK_LOOP_OPEN</td></tr>
 *   <tr><td>{@link #escalationMinContacts()}, {@link #escalationMadFactor()}</td><td>20, 2</td>
 *       <td>ESCALATION_PATTERN: rate &gt; peer median + k × MAD, with at least that many handled contacts</td></tr>
 *   <tr><td>{@link #spikeSigmas()}, {@link #spikeMinContacts()}, {@link #spikeTrailingWeeks()}</td>
 *       <td>3, 10, 4</td><td>CONTACT_REASON_SPIKE: week &gt; trailing mean + σ-factor × sample sd and ≥ minimum</td></tr>
 * </table>
 * Every comparison is strict ("above"), as in the catalog: a hold of exactly 5 minutes is not long.
 */
public final class AuditThresholds implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final AuditThresholds DEFAULTS = new Builder().build();

    private final double holdOverStatedFactor;
    private final Duration holdOverStatedMargin;
    private final Duration longHold;
    private final Duration chatFirstReply;
    private final Duration phoneAnswer;
    private final Duration emailFirstReply;
    private final Duration repeatWindow;
    private final int followUpBusinessDays;
    private final Duration feedbackLoopOpen;
    private final int escalationMinContacts;
    private final double escalationMadFactor;
    private final double spikeSigmas;
    private final int spikeMinContacts;
    private final int spikeTrailingWeeks;

    private AuditThresholds(Builder b) {
        this.holdOverStatedFactor = b.holdOverStatedFactor;
        this.holdOverStatedMargin = b.holdOverStatedMargin;
        this.longHold = b.longHold;
        this.chatFirstReply = b.chatFirstReply;
        this.phoneAnswer = b.phoneAnswer;
        this.emailFirstReply = b.emailFirstReply;
        this.repeatWindow = b.repeatWindow;
        this.followUpBusinessDays = b.followUpBusinessDays;
        this.feedbackLoopOpen = b.feedbackLoopOpen;
        this.escalationMinContacts = b.escalationMinContacts;
        this.escalationMadFactor = b.escalationMadFactor;
        this.spikeSigmas = b.spikeSigmas;
        this.spikeMinContacts = b.spikeMinContacts;
        this.spikeTrailingWeeks = b.spikeTrailingWeeks;
    }

    /**
     * The catalog defaults listed in the class description.
     *
     * @return the defaults
     */
    public static AuditThresholds ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A builder pre-filled with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates a deserialised instance as the builder validates a new one. */
    @Serial
    private Object readResolve() {
        return toBuilder().build();
    }

    /**
     * A builder pre-filled with these values.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.holdOverStatedFactor = holdOverStatedFactor;
        b.holdOverStatedMargin = holdOverStatedMargin;
        b.longHold = longHold;
        b.chatFirstReply = chatFirstReply;
        b.phoneAnswer = phoneAnswer;
        b.emailFirstReply = emailFirstReply;
        b.repeatWindow = repeatWindow;
        b.followUpBusinessDays = followUpBusinessDays;
        b.feedbackLoopOpen = feedbackLoopOpen;
        b.escalationMinContacts = escalationMinContacts;
        b.escalationMadFactor = escalationMadFactor;
        b.spikeSigmas = spikeSigmas;
        b.spikeMinContacts = spikeMinContacts;
        b.spikeTrailingWeeks = spikeTrailingWeeks;
        return b;
    }

    /**
     * HOLD_OVER_STATED: how many times the stated wait a hold must exceed.
     *
     * @return the factor, at least 1; default 1.5
     */
    public double holdOverStatedFactor() {
        return holdOverStatedFactor;
    }

    /**
     * HOLD_OVER_STATED: by how much a hold must also exceed the stated wait, so that short statements
     * ("10 seconds" that became 20) are not flagged.
     *
     * @return the margin; default 30 s
     */
    public Duration holdOverStatedMargin() {
        return holdOverStatedMargin;
    }

    /**
     * LONG_HOLD: the longest acceptable hold segment, and total hold, of one contact.
     *
     * @return the limit; default 5 min (28 % of callers hang up after 5 minutes on hold)
     */
    public Duration longHold() {
        return longHold;
    }

    /**
     * SLOW_FIRST_REPLY for CHAT and SOCIAL: the longest acceptable time from queuedAt to the first reply
     * (or the answer when no reply instant is recorded).
     *
     * @return the limit; default 45 s
     */
    public Duration chatFirstReply() {
        return chatFirstReply;
    }

    /**
     * SLOW_FIRST_REPLY for PHONE: the longest acceptable queue wait of an answered call.
     *
     * @return the limit; default 60 s
     */
    public Duration phoneAnswer() {
        return phoneAnswer;
    }

    /**
     * SLOW_FIRST_REPLY for EMAIL: the longest acceptable business time (the auditor's calendar) from
     * queuedAt to the first reply (or the answer).
     *
     * @return the limit in business time; default 24 h
     */
    public Duration emailFirstReply() {
        return emailFirstReply;
    }

    /**
     * REPEAT_CONTACT: how far back an earlier contact of the same customer and reason makes a contact
     * a repeat.
     *
     * @return the window; default 7 days
     */
    public Duration repeatWindow() {
        return repeatWindow;
    }

    /**
     * NO_FOLLOW_UP: a follow-up contact is due by the end of this many business days after the
     * resolution's day.
     *
     * @return business days, at least 1; default 2
     */
    public int followUpBusinessDays() {
        return followUpBusinessDays;
    }

    /**
     * FEEDBACK_LOOP_OPEN: how long negative or high-priority feedback may stay open.
     *
     * @return the limit; default 14 days
     */
    public Duration feedbackLoopOpen() {
        return feedbackLoopOpen;
    }

    /**
     * ESCALATION_PATTERN: the fewest handled contacts an agent needs to be judged and to count as a peer.
     *
     * @return the minimum, at least 1; default 20
     */
    public int escalationMinContacts() {
        return escalationMinContacts;
    }

    /**
     * ESCALATION_PATTERN: k in "rate &gt; peer median + k × MAD" (median absolute deviation, unscaled).
     *
     * @return k, not negative; default 2
     */
    public double escalationMadFactor() {
        return escalationMadFactor;
    }

    /**
     * CONTACT_REASON_SPIKE: how many sample standard deviations above the trailing mean a week must be.
     *
     * @return the factor, not negative; default 3
     */
    public double spikeSigmas() {
        return spikeSigmas;
    }

    /**
     * CONTACT_REASON_SPIKE: the fewest contacts of the reason in the week.
     *
     * @return the minimum, at least 1; default 10
     */
    public int spikeMinContacts() {
        return spikeMinContacts;
    }

    /**
     * CONTACT_REASON_SPIKE: how many complete weeks before the week form the baseline.
     *
     * @return weeks, at least 2 (a sample deviation needs two); default 4
     */
    public int spikeTrailingWeeks() {
        return spikeTrailingWeeks;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditThresholds t && holdOverStatedFactor == t.holdOverStatedFactor
                && holdOverStatedMargin.equals(t.holdOverStatedMargin) && longHold.equals(t.longHold)
                && chatFirstReply.equals(t.chatFirstReply) && phoneAnswer.equals(t.phoneAnswer)
                && emailFirstReply.equals(t.emailFirstReply) && repeatWindow.equals(t.repeatWindow)
                && followUpBusinessDays == t.followUpBusinessDays && feedbackLoopOpen.equals(t.feedbackLoopOpen)
                && escalationMinContacts == t.escalationMinContacts && escalationMadFactor == t.escalationMadFactor
                && spikeSigmas == t.spikeSigmas && spikeMinContacts == t.spikeMinContacts
                && spikeTrailingWeeks == t.spikeTrailingWeeks;
    }

    @Override
    public int hashCode() {
        return Objects.hash(holdOverStatedFactor, holdOverStatedMargin, longHold, chatFirstReply, phoneAnswer,
                emailFirstReply, repeatWindow, followUpBusinessDays, feedbackLoopOpen, escalationMinContacts,
                escalationMadFactor, spikeSigmas, spikeMinContacts, spikeTrailingWeeks);
    }

    @Override
    public String toString() {
        return "AuditThresholds[holdOverStated=×" + holdOverStatedFactor + " and +" + holdOverStatedMargin
                + ", longHold=" + longHold + ", chatFirstReply=" + chatFirstReply + ", phoneAnswer=" + phoneAnswer
                + ", emailFirstReply=" + emailFirstReply + " (business), repeatWindow=" + repeatWindow
                + ", followUpBusinessDays=" + followUpBusinessDays + ", feedbackLoopOpen=" + feedbackLoopOpen
                + ", escalation=median+" + escalationMadFactor + "×MAD (min " + escalationMinContacts
                + "), spike=mean+" + spikeSigmas + "σ over " + spikeTrailingWeeks + " weeks (min " + spikeMinContacts + ")]";
    }

    /** Builds {@link AuditThresholds}; each setter validates its value. Not thread-safe. */
    public static final class Builder {
        private double holdOverStatedFactor = 1.5;
        private Duration holdOverStatedMargin = Duration.ofSeconds(30);
        private Duration longHold = Duration.ofMinutes(5);
        private Duration chatFirstReply = Duration.ofSeconds(45);
        private Duration phoneAnswer = Duration.ofSeconds(60);
        private Duration emailFirstReply = Duration.ofHours(24);
        private Duration repeatWindow = Duration.ofDays(7);
        private int followUpBusinessDays = 2;
        private Duration feedbackLoopOpen = Duration.ofDays(14);
        private int escalationMinContacts = 20;
        private double escalationMadFactor = 2.0;
        private double spikeSigmas = 3.0;
        private int spikeMinContacts = 10;
        private int spikeTrailingWeeks = 4;

        private Builder() {
        }

        /**
         * Sets the HOLD_OVER_STATED factor.
         *
         * @param factor at least 1 and finite; default 1.5
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder holdOverStatedFactor(double factor) {
            if (!(factor >= 1.0 && factor <= 1_000.0)) {
                throw new IllegalArgumentException("The holdOverStatedFactor (" + factor + ") must be in [1, 1000]."
                        + "\nMaybe you meant 1.5 (50 % over the stated wait)?");
            }
            this.holdOverStatedFactor = factor;
            return this;
        }

        /**
         * Sets the HOLD_OVER_STATED margin.
         *
         * @param margin not negative; default 30 s
         * @return this builder
         */
        public Builder holdOverStatedMargin(Duration margin) {
            this.holdOverStatedMargin = Checks.nonNegative(margin, "holdOverStatedMargin", "the audit thresholds");
            return this;
        }

        /**
         * Sets the LONG_HOLD limit.
         *
         * @param limit positive; default 5 min
         * @return this builder
         */
        public Builder longHold(Duration limit) {
            this.longHold = positive(limit, "longHold");
            return this;
        }

        /**
         * Sets the CHAT and SOCIAL first-reply limit.
         *
         * @param limit positive; default 45 s
         * @return this builder
         */
        public Builder chatFirstReply(Duration limit) {
            this.chatFirstReply = positive(limit, "chatFirstReply");
            return this;
        }

        /**
         * Sets the PHONE answer limit.
         *
         * @param limit positive; default 60 s
         * @return this builder
         */
        public Builder phoneAnswer(Duration limit) {
            this.phoneAnswer = positive(limit, "phoneAnswer");
            return this;
        }

        /**
         * Sets the EMAIL first-reply limit in business time.
         *
         * @param limit positive; default 24 h
         * @return this builder
         */
        public Builder emailFirstReply(Duration limit) {
            this.emailFirstReply = positive(limit, "emailFirstReply");
            return this;
        }

        /**
         * Sets the REPEAT_CONTACT window.
         *
         * @param window positive, at most 366 days (the run keeps a window's worth of contacts); default 7 days
         * @return this builder
         */
        public Builder repeatWindow(Duration window) {
            positive(window, "repeatWindow");
            if (window.compareTo(Duration.ofDays(366)) > 0) {
                throw new IllegalArgumentException("The repeatWindow (" + window + ") is longer than 366 days."
                        + "\nMaybe you meant days, not hours?");
            }
            this.repeatWindow = window;
            return this;
        }

        /**
         * Sets the NO_FOLLOW_UP business days.
         *
         * @param days 1 to 30; default 2
         * @return this builder
         */
        public Builder followUpBusinessDays(int days) {
            this.followUpBusinessDays = Checks.inRange(days, 1, 30, "followUpBusinessDays", "the audit thresholds");
            return this;
        }

        /**
         * Sets the FEEDBACK_LOOP_OPEN limit.
         *
         * @param limit positive; default 14 days
         * @return this builder
         */
        public Builder feedbackLoopOpen(Duration limit) {
            this.feedbackLoopOpen = positive(limit, "feedbackLoopOpen");
            return this;
        }

        /**
         * Sets the ESCALATION_PATTERN minimum of handled contacts.
         *
         * @param contacts at least 1; default 20
         * @return this builder
         */
        public Builder escalationMinContacts(int contacts) {
            this.escalationMinContacts = Checks.inRange(contacts, 1, Integer.MAX_VALUE, "escalationMinContacts",
                    "the audit thresholds");
            return this;
        }

        /**
         * Sets k of ESCALATION_PATTERN.
         *
         * @param k not negative and finite; default 2
         * @return this builder
         */
        public Builder escalationMadFactor(double k) {
            this.escalationMadFactor = factor(k, "escalationMadFactor");
            return this;
        }

        /**
         * Sets the CONTACT_REASON_SPIKE σ factor.
         *
         * @param sigmas not negative and finite; default 3
         * @return this builder
         */
        public Builder spikeSigmas(double sigmas) {
            this.spikeSigmas = factor(sigmas, "spikeSigmas");
            return this;
        }

        /**
         * Sets the CONTACT_REASON_SPIKE minimum count.
         *
         * @param contacts at least 1; default 10
         * @return this builder
         */
        public Builder spikeMinContacts(int contacts) {
            this.spikeMinContacts = Checks.inRange(contacts, 1, Integer.MAX_VALUE, "spikeMinContacts",
                    "the audit thresholds");
            return this;
        }

        /**
         * Sets the CONTACT_REASON_SPIKE baseline length.
         *
         * @param weeks 2 to 52; default 4
         * @return this builder
         */
        public Builder spikeTrailingWeeks(int weeks) {
            this.spikeTrailingWeeks = Checks.inRange(weeks, 2, 52, "spikeTrailingWeeks", "the audit thresholds");
            return this;
        }

        /**
         * Builds the thresholds. Every value was checked by its setter; there are no cross-field rules.
         *
         * @return the thresholds
         */
        public AuditThresholds build() {
            return new AuditThresholds(this);
        }

        private static Duration positive(Duration value, String name) {
            Checks.nonNegative(value, name, "the audit thresholds");
            if (value.isZero()) {
                throw new IllegalArgumentException("The " + name + " of the audit thresholds must be positive, not zero.");
            }
            return value;
        }

        private static double factor(double value, String name) {
            if (!(value >= 0.0 && value <= 1_000.0)) {
                throw new IllegalArgumentException("The " + name + " (" + value + ") must be in [0, 1000].");
            }
            return value;
        }
    }
}
