package dev.cxkit.core;

import java.util.Locale;

import dev.cxkit.core.internal.Checks;

/**
 * A customer segment such as {@code STANDARD} or {@code VIP}. Segments are open-ended (a CRM defines
 * its own), written in upper case letters, digits and underscores. Immutable.
 *
 * @param name the segment name, upper case
 */
public record Segment(String name) {


    /** The segment of customers without a special status. */
    public static final Segment STANDARD = new Segment("STANDARD");
    /** High-value customers, often with more generous policies. */
    public static final Segment VIP = new Segment("VIP");

    /** Validates the name. */
    public Segment {
        Checks.notNull(name, "segment");
        if (!isName(name)) {
            throw new IllegalArgumentException("The segment (" + Checks.abbreviate(name)
                    + ") must be upper-case letters, digits and underscores, starting with a letter (e.g. VIP).");
        }
    }

    /** {@code [A-Z][A-Z0-9_]{0,63}}, by hand: a regex matcher per segment read was 5 % of an import's allocation. */
    private static boolean isName(String name) {
        int length = name.length();
        if (length == 0 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates a segment, upper-casing the name.
     *
     * @param name for example {@code "vip"}
     * @return the segment
     */
    public static Segment of(String name) {
        Checks.notNull(name, "segment");
        return new Segment(name.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
