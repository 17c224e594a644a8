package dev.cxkit.rules;

import dev.cxkit.core.internal.Checks;

/**
 * Who may approve a request that is above an agent's own authority. Ordered by seniority:
 * {@code TEAM_LEAD < MANAGER < DIRECTOR}.
 */
public enum ApproverRole {
    /** The agent's team lead or supervisor. */
    TEAM_LEAD,
    /** A contact-centre or operations manager. */
    MANAGER,
    /** A director or head of customer service. */
    DIRECTOR;

    /**
     * Parses a role name, case-insensitively.
     *
     * @param value for example {@code TEAM_LEAD}
     * @return the role
     * @throws IllegalArgumentException listing the allowed roles if {@code value} is unknown
     */
    public static ApproverRole parse(String value) {
        return Checks.parseEnum(ApproverRole.class, value, "approver role");
    }
}
