package dev.cxkit.fixtureother.internal;

/** A planted internal type of another module. */
public final class ForeignThing {
    /** Does nothing. */
    public static void touch() {
    }
}
