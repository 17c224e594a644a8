package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/** Priority of a case or of a piece of feedback, lowest first. */
public enum Priority {
    /** Can wait. */
    LOW,
    /** The default. */
    NORMAL,
    /** Needs attention soon; SLA targets are tighter. */
    HIGH,
    /** Needs attention now. */
    URGENT;

    /**
     * Whether this is {@link #HIGH} or {@link #URGENT}, the priorities that the audit's follow-up and
     * feedback-loop checks watch.
     *
     * @return {@code true} for high or urgent
     */
    public boolean isHighOrAbove() {
        return compareTo(HIGH) >= 0;
    }

    /**
     * Parses a priority, case-insensitively.
     *
     * @param value for example {@code HIGH}
     * @return the priority
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static Priority parse(String value) {
        return Checks.parseEnum(Priority.class, value, "priority");
    }
}
