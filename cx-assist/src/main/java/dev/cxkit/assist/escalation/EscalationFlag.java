package dev.cxkit.assist.escalation;

import dev.cxkit.core.internal.Checks;

/** A fact about a contact that the agent marks by hand and that may call for escalation. */
public enum EscalationFlag {
    /** The agent suspects a product defect: only engineering (T3) can fix it. */
    DEFECT_SUSPECTED,
    /** The customer asked to speak to a supervisor. */
    SUPERVISOR_REQUESTED;

    /**
     * Parses a flag name, case-insensitively ({@code defect suspected} works).
     *
     * @param value the name
     * @return the flag
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static EscalationFlag parse(String value) {
        return Checks.parseEnum(EscalationFlag.class, value, "escalation flag");
    }
}
