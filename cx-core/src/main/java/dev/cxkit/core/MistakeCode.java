package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The customer-service mistakes cxkit knows how to detect (the audit catalog). The synthetic
 * generator injects them and labels them; the auditor in cx-rules finds them.
 */
public enum MistakeCode {
    /** A promise not kept: due + grace passed unfulfilled, or fulfilled after that. */
    BROKEN_PROMISE(Scope.CONTACT),
    /** A hold longer than the wait the agent stated ("30 seconds" became 2 minutes). */
    HOLD_OVER_STATED(Scope.CONTACT),
    /** A hold long enough to risk a hang-up. */
    LONG_HOLD(Scope.CONTACT),
    /** A customer put on hold without being told why. */
    UNEXPLAINED_HOLD(Scope.CONTACT),
    /** First answer or reply slower than the channel's expectation. */
    SLOW_FIRST_REPLY(Scope.CONTACT),
    /** A transfer without a warm handoff. */
    COLD_TRANSFER(Scope.CONTACT),
    /** An escalation or transfer without a summary of what was tried. */
    MISSING_HANDOFF_SUMMARY(Scope.CONTACT),
    /** The customer had to repeat information already given. */
    CUSTOMER_REPEATED_INFO(Scope.CONTACT),
    /** An emotional cue that was never acknowledged. */
    EMOTION_NOT_ACKNOWLEDGED(Scope.CONTACT),
    /** The same customer back with the same reason within the repeat window. */
    REPEAT_CONTACT(Scope.CROSS_CONTACT),
    /** A resolved case reopened. */
    REOPENED_CASE(Scope.CASE),
    /** A high-priority or escalated case closed without a follow-up contact or promise. */
    NO_FOLLOW_UP(Scope.CASE),
    /** Negative or high-priority feedback left open too long. */
    FEEDBACK_LOOP_OPEN(Scope.CONTACT),
    /** A grant beyond what the policy allows the agent's tier. */
    OVER_AUTHORITY(Scope.CONTACT),
    /** An agent escalating far more than peers, suggesting a training gap. */
    ESCALATION_PATTERN(Scope.CROSS_CONTACT),
    /** A contact reason rising week on week. */
    CONTACT_REASON_SPIKE(Scope.CROSS_CONTACT),
    /**
     * A bot or self-service session that failed (abandoned or looped) without offering a person;
     * judged on the session, with the customer's next contact within the repeat window as evidence.
     */
    BOT_DEAD_END(Scope.CROSS_CONTACT);

    /** What a mistake is a property of, and so which evidence proves it. */
    public enum Scope {
        /** Visible in one interaction. */
        CONTACT,
        /** Visible in one case's history and its interactions. */
        CASE,
        /** Visible only across many interactions (windows, peers, trends). */
        CROSS_CONTACT
    }

    private final Scope scope;

    MistakeCode(Scope scope) {
        this.scope = scope;
    }

    /**
     * What this mistake is a property of.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Parses a code, case-insensitively.
     *
     * @param value for example {@code COLD_TRANSFER}
     * @return the code
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static MistakeCode parse(String value) {
        return Checks.parseEnum(MistakeCode.class, value, "mistake code");
    }
}
