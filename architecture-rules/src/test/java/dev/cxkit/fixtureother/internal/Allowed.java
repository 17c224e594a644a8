package dev.cxkit.fixtureother.internal;

/** An internal type of another module that the fixture module may use on a deliberate path. */
public final class Allowed {
    /** Does nothing. */
    public static void touch() {
    }
}
