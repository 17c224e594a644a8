package dev.cxkit.audit;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.SettingsFile;
import dev.cxkit.core.io.SettingsFile.Setting;
import dev.cxkit.core.io.SettingsFileException;

/**
 * The parameters of the audit rules, with the defaults of the audit catalog (docs/audit-catalog.md).
 * Immutable and thread-safe; start from {@link #ofDefaults()} and change what differs with
 * {@link #toBuilder()}. The built-in DRL rules read this object from the global {@code thresholds};
 * custom rules may declare that global too ({@code global AuditThresholds thresholds;}) or match the
 * object as a fact ({@code $t : AuditThresholds()}). Serializable, for engines that ship settings to
 * workers (cx-flink); a deserialised instance is checked again by the compact constructor, as every
 * record's is.
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
 *   <tr><td>{@link #messagingFirstReply()}</td><td>15 min of business time</td><td>SLOW_FIRST_REPLY, MESSAGING
 *       (Meta's "very responsive to messages" badge: median response within 15 minutes)</td></tr>
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
public record AuditThresholds(double holdOverStatedFactor, Duration holdOverStatedMargin, Duration longHold,
        Duration chatFirstReply, Duration phoneAnswer, Duration emailFirstReply, Duration messagingFirstReply,
        Duration repeatWindow,
        int followUpBusinessDays, Duration feedbackLoopOpen, int escalationMinContacts, double escalationMadFactor,
        double spikeSigmas, int spikeMinContacts, int spikeTrailingWeeks) implements Serializable {

    private static final String OWNER = "the audit thresholds";
    private static final AuditThresholds DEFAULTS = new Builder().build();

    /**
     * Checks every value against its range (see the builder's setters); the message names the
     * setting and the value.
     *
     * @param holdOverStatedFactor HOLD_OVER_STATED: how many times the stated wait a hold must exceed, in [1, 1000]
     * @param holdOverStatedMargin HOLD_OVER_STATED: by how much a hold must also exceed the stated wait, ≥ 0
     * @param longHold LONG_HOLD: the longest acceptable hold segment and total hold, positive
     * @param chatFirstReply SLOW_FIRST_REPLY for chat and social, positive
     * @param phoneAnswer SLOW_FIRST_REPLY for the phone queue wait, positive
     * @param emailFirstReply SLOW_FIRST_REPLY for e-mail, in business time, positive
     * @param messagingFirstReply SLOW_FIRST_REPLY for messaging, in business time, positive
     * @param repeatWindow REPEAT_CONTACT window, positive and at most 366 days
     * @param followUpBusinessDays NO_FOLLOW_UP business days, 1 to 30
     * @param feedbackLoopOpen FEEDBACK_LOOP_OPEN limit, positive
     * @param escalationMinContacts ESCALATION_PATTERN fewest handled contacts, ≥ 1
     * @param escalationMadFactor ESCALATION_PATTERN k, in [0, 1000]
     * @param spikeSigmas CONTACT_REASON_SPIKE σ factor, in [0, 1000]
     * @param spikeMinContacts CONTACT_REASON_SPIKE fewest contacts, ≥ 1
     * @param spikeTrailingWeeks CONTACT_REASON_SPIKE baseline weeks, 2 to 52
     * @throws IllegalArgumentException if a value is out of range
     * @throws NullPointerException if a duration is missing
     */
    public AuditThresholds {
        checkHoldOverStatedFactor(holdOverStatedFactor);
        Checks.nonNegative(holdOverStatedMargin, "holdOverStatedMargin", OWNER);
        positive(longHold, "longHold");
        positive(chatFirstReply, "chatFirstReply");
        positive(phoneAnswer, "phoneAnswer");
        positive(emailFirstReply, "emailFirstReply");
        positive(messagingFirstReply, "messagingFirstReply");
        checkRepeatWindow(repeatWindow);
        Checks.inRange(followUpBusinessDays, 1, 30, "followUpBusinessDays", OWNER);
        positive(feedbackLoopOpen, "feedbackLoopOpen");
        Checks.inRange(escalationMinContacts, 1, Integer.MAX_VALUE, "escalationMinContacts", OWNER);
        factor(escalationMadFactor, "escalationMadFactor");
        factor(spikeSigmas, "spikeSigmas");
        Checks.inRange(spikeMinContacts, 1, Integer.MAX_VALUE, "spikeMinContacts", OWNER);
        Checks.inRange(spikeTrailingWeeks, 2, 52, "spikeTrailingWeeks", OWNER);
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
     * Reads a thresholds file (docs/audit-files.md#thresholds-file): a {@link SettingsFile} of
     * {@code name = value} lines with the names of this record's components ({@code longHold = 5m},
     * {@code escalationMadFactor = 2}); names are matched ignoring case, durations are ISO-8601 or a
     * whole number with {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. Settings the file
     * does not name keep their defaults.
     *
     * @param file the file
     * @return the thresholds
     * @throws SettingsFileException naming the file, line and setting of the first problem: an
     *     unknown or repeated name, a value that is not a number or duration, or one out of range
     */
    public static AuditThresholds read(Path file) {
        return from(SettingsFile.read(file));
    }

    /**
     * Parses the text of a thresholds file; see {@link #read(Path)}.
     *
     * @param text the text
     * @param source the name used in messages
     * @return the thresholds
     * @throws SettingsFileException naming the source, line and setting of the first problem
     */
    public static AuditThresholds parse(String text, String source) {
        return from(SettingsFile.parse(text, source));
    }

    /**
     * The thresholds a settings file describes, the defaults for what it does not name; see
     * {@link #read(Path)}.
     *
     * @param file the settings
     * @return the thresholds
     * @throws SettingsFileException naming the source, line and setting of the first problem
     */
    public static AuditThresholds from(SettingsFile file) {
        Checks.notNull(file, "file");
        Map<String, BiConsumer<Builder, Setting>> setters = setters(file);
        file.requireKeys(setters.keySet(), Set.of());
        Builder builder = new Builder();
        for (Setting setting : file.settings()) {
            for (Map.Entry<String, BiConsumer<Builder, Setting>> setter : setters.entrySet()) {
                if (setter.getKey().toLowerCase(Locale.ROOT).equals(setting.key())) {
                    try {
                        setter.getValue().accept(builder, setting);
                    } catch (IllegalArgumentException e) {
                        String message = e.getMessage() == null ? "out of range" : e.getMessage();
                        throw file.error(setting, message);
                    }
                }
            }
        }
        return builder.build();
    }

    private static Map<String, BiConsumer<Builder, Setting>> setters(SettingsFile f) {
        Map<String, BiConsumer<Builder, Setting>> setters = new LinkedHashMap<>();
        setters.put("holdOverStatedFactor", (b, s) -> b.holdOverStatedFactor(f.number(s)));
        setters.put("holdOverStatedMargin", (b, s) -> b.holdOverStatedMargin(f.duration(s)));
        setters.put("longHold", (b, s) -> b.longHold(f.duration(s)));
        setters.put("chatFirstReply", (b, s) -> b.chatFirstReply(f.duration(s)));
        setters.put("phoneAnswer", (b, s) -> b.phoneAnswer(f.duration(s)));
        setters.put("emailFirstReply", (b, s) -> b.emailFirstReply(f.duration(s)));
        setters.put("messagingFirstReply", (b, s) -> b.messagingFirstReply(f.duration(s)));
        setters.put("repeatWindow", (b, s) -> b.repeatWindow(f.duration(s)));
        setters.put("followUpBusinessDays", (b, s) -> b.followUpBusinessDays(f.integer(s)));
        setters.put("feedbackLoopOpen", (b, s) -> b.feedbackLoopOpen(f.duration(s)));
        setters.put("escalationMinContacts", (b, s) -> b.escalationMinContacts(f.integer(s)));
        setters.put("escalationMadFactor", (b, s) -> b.escalationMadFactor(f.number(s)));
        setters.put("spikeSigmas", (b, s) -> b.spikeSigmas(f.number(s)));
        setters.put("spikeMinContacts", (b, s) -> b.spikeMinContacts(f.integer(s)));
        setters.put("spikeTrailingWeeks", (b, s) -> b.spikeTrailingWeeks(f.integer(s)));
        return setters;
    }

    /**
     * These thresholds as the text of a thresholds file, every setting on its own line in the order
     * of the components; {@link #parse} of it gives equal thresholds.
     *
     * @return the text, with {@code \n} line ends
     */
    public String toFileText() {
        return "holdOverStatedFactor = " + holdOverStatedFactor + "\n"
                + "holdOverStatedMargin = " + holdOverStatedMargin + "\n"
                + "longHold = " + longHold + "\n"
                + "chatFirstReply = " + chatFirstReply + "\n"
                + "phoneAnswer = " + phoneAnswer + "\n"
                + "emailFirstReply = " + emailFirstReply + "\n"
                + "messagingFirstReply = " + messagingFirstReply + "\n"
                + "repeatWindow = " + repeatWindow + "\n"
                + "followUpBusinessDays = " + followUpBusinessDays + "\n"
                + "feedbackLoopOpen = " + feedbackLoopOpen + "\n"
                + "escalationMinContacts = " + escalationMinContacts + "\n"
                + "escalationMadFactor = " + escalationMadFactor + "\n"
                + "spikeSigmas = " + spikeSigmas + "\n"
                + "spikeMinContacts = " + spikeMinContacts + "\n"
                + "spikeTrailingWeeks = " + spikeTrailingWeeks + "\n";
    }

    /**
     * A builder pre-filled with the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
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
        b.messagingFirstReply = messagingFirstReply;
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

    @Override
    public String toString() {
        return "AuditThresholds[holdOverStated=×" + holdOverStatedFactor + " and +" + holdOverStatedMargin
                + ", longHold=" + longHold + ", chatFirstReply=" + chatFirstReply + ", phoneAnswer=" + phoneAnswer
                + ", emailFirstReply=" + emailFirstReply + " (business), messagingFirstReply=" + messagingFirstReply
                + " (business), repeatWindow=" + repeatWindow
                + ", followUpBusinessDays=" + followUpBusinessDays + ", feedbackLoopOpen=" + feedbackLoopOpen
                + ", escalation=median+" + escalationMadFactor + "×MAD (min " + escalationMinContacts
                + "), spike=mean+" + spikeSigmas + "σ over " + spikeTrailingWeeks + " weeks (min " + spikeMinContacts + ")]";
    }

    private static void checkHoldOverStatedFactor(double factor) {
        if (!(factor >= 1.0 && factor <= 1_000.0)) {
            throw new IllegalArgumentException("The holdOverStatedFactor (" + factor + ") must be in [1, 1000]."
                    + "\nMaybe you meant 1.5 (50 % over the stated wait)?");
        }
    }

    private static void checkRepeatWindow(Duration window) {
        positive(window, "repeatWindow");
        if (window.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("The repeatWindow (" + window + ") is longer than 366 days."
                    + "\nMaybe you meant days, not hours?");
        }
    }

    private static Duration positive(Duration value, String name) {
        Checks.nonNegative(value, name, OWNER);
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

    /** Builds {@link AuditThresholds}; each setter validates its value. Not thread-safe. */
    public static final class Builder {
        private double holdOverStatedFactor = 1.5;
        private Duration holdOverStatedMargin = Duration.ofSeconds(30);
        private Duration longHold = Duration.ofMinutes(5);
        private Duration chatFirstReply = Duration.ofSeconds(45);
        private Duration phoneAnswer = Duration.ofSeconds(60);
        private Duration emailFirstReply = Duration.ofHours(24);
        private Duration messagingFirstReply = Duration.ofMinutes(15);
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
            checkHoldOverStatedFactor(factor);
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
            this.holdOverStatedMargin = Checks.nonNegative(margin, "holdOverStatedMargin", OWNER);
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
         * Sets the SLOW_FIRST_REPLY limit for messaging (WhatsApp, SMS, in-app, Messenger), counted in
         * the business hours of the messaging calendar. The default follows Meta's rule for the
         * "very responsive to messages" badge (a median response within 15 minutes, away time not
         * counted); HubSpot's survey, in which most customers called 10 minutes or less "immediate",
         * is the customer-side reference.
         *
         * @param limit positive; default 15 min
         * @return this builder
         */
        public Builder messagingFirstReply(Duration limit) {
            this.messagingFirstReply = positive(limit, "messagingFirstReply");
            return this;
        }

        /**
         * Sets the REPEAT_CONTACT window.
         *
         * @param window positive, at most 366 days (the run keeps a window's worth of contacts); default 7 days
         * @return this builder
         */
        public Builder repeatWindow(Duration window) {
            checkRepeatWindow(window);
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
            this.followUpBusinessDays = Checks.inRange(days, 1, 30, "followUpBusinessDays", OWNER);
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
                    OWNER);
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
                    OWNER);
            return this;
        }

        /**
         * Sets the CONTACT_REASON_SPIKE baseline length.
         *
         * @param weeks 2 to 52; default 4
         * @return this builder
         */
        public Builder spikeTrailingWeeks(int weeks) {
            this.spikeTrailingWeeks = Checks.inRange(weeks, 2, 52, "spikeTrailingWeeks", OWNER);
            return this;
        }

        /**
         * Builds the thresholds. Every value was checked by its setter; there are no cross-field rules.
         *
         * @return the thresholds
         */
        public AuditThresholds build() {
            return new AuditThresholds(holdOverStatedFactor, holdOverStatedMargin, longHold, chatFirstReply,
                    phoneAnswer, emailFirstReply, messagingFirstReply, repeatWindow, followUpBusinessDays, feedbackLoopOpen,
                    escalationMinContacts, escalationMadFactor, spikeSigmas, spikeMinContacts, spikeTrailingWeeks);
        }
    }
}
