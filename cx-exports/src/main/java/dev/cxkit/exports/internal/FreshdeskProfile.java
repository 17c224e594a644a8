package dev.cxkit.exports.internal;

import java.util.List;

/** Stub. */
public final class FreshdeskProfile extends Profile {
    /** The profile. */
    public static final FreshdeskProfile INSTANCE = new FreshdeskProfile();

    private FreshdeskProfile() {
        super("freshdesk", List.of());
    }

    @Override
    void read(Context context) {
    }
}
