package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The support tier of an agent. Tiers are ordered: {@code T1 < T2 < T3}; a transfer to a higher
 * tier is an escalation.
 */
public enum Tier {
    /** Frontline agents: first contact, common requests, limited authority. */
    T1,
    /** Specialists: complex cases escalated from T1. */
    T2,
    /** Experts or engineering: defects and exceptional cases. */
    T3;

    /**
     * Whether this tier is above another.
     *
     * @param other the tier to compare with
     * @return {@code true} if this tier is strictly higher
     */
    public boolean isAbove(Tier other) {
        return compareTo(other) > 0;
    }

    /**
     * Parses a tier name, case-insensitively.
     *
     * @param value {@code T1}, {@code T2} or {@code T3}
     * @return the tier
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static Tier parse(String value) {
        return Checks.parseEnum(Tier.class, value, "tier");
    }
}
