package dev.cxkit.rules;

/** The kind of limit a {@link Headroom} refers to. */
public enum CapKind {
    /** The most one request may grant without approval ({@code allow_up_to}). */
    PER_REQUEST,
    /** The most one customer may receive for an action within the rule's period ({@code period_cap}). */
    CUSTOMER_PERIOD,
    /** The most one agent may grant for an action within the rule's period ({@code agent_period_cap}). */
    AGENT_PERIOD
}
