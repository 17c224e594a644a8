package dev.cxkit.core.io.internal;

import java.util.Set;

/**
 * The field names a kind of JSON object may have, with a fast path for the usual line. Jackson
 * hands back one canonical {@link String} instance per field name, and lines of one export list
 * their fields in the same order, so a name that is the very instance last confirmed at its
 * position is known without hashing or comparing characters (which was a tenth of reading an
 * interaction). Thread-safe: the remembered instances are shared through a benign race, as a
 * missed or overwritten one only means a set lookup.
 */
final class FieldNames {

    /** Positions remembered; objects with more fields fall back to the set beyond. */
    private static final int REMEMBERED = 32;

    private final Set<String> names;
    private final String[] confirmed = new String[REMEMBERED];

    private FieldNames(Set<String> names) {
        this.names = names;
    }

    /**
     * The names of one kind of object.
     *
     * @param names the known names
     * @return the set of names
     */
    static FieldNames of(String... names) {
        return new FieldNames(Set.of(names));
    }

    /**
     * Whether a name is known.
     *
     * @param position the name's position in its object, from 0
     * @param name the name
     * @return {@code true} if it is one of the names
     */
    boolean contains(int position, String name) {
        if (position < REMEMBERED && confirmed[position] == name) {
            return true;
        }
        if (!names.contains(name)) {
            return false;
        }
        if (position < REMEMBERED) {
            confirmed[position] = name;
        }
        return true;
    }
}
