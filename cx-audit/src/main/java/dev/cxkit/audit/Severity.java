package dev.cxkit.audit;

/**
 * How much a finding matters, for sorting and for deciding who looks at it first. The default
 * severity of each code is documented on the audit rules; custom rules choose their own.
 */
public enum Severity {
    /** A habit worth coaching; no customer harm proven by this contact alone. */
    LOW,
    /** The customer was let down in this contact (an unexplained hold, a cold transfer). */
    MEDIUM,
    /** A broken commitment or a breach of policy (a broken promise, a grant over authority). */
    HIGH
}
