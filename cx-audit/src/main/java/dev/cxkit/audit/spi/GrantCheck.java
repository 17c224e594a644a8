package dev.cxkit.audit.spi;

/** What the auditor's policy said about a recorded grant; see {@link ContactGrant}. */
public enum GrantCheck {
    /** Within the agent's authority. */
    ALLOWED,
    /** Above the agent's authority; a more senior role should have approved it. */
    NEEDS_APPROVAL,
    /** Beyond what anyone may grant under the policy. */
    DENIED,
    /** Not checked: the auditor has no policy, or the contact names no agent. */
    NOT_CHECKED
}
