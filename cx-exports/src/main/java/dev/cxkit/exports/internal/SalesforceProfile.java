package dev.cxkit.exports.internal;

import java.util.List;

/** Stub. */
public final class SalesforceProfile extends Profile {
    /** The profile. */
    public static final SalesforceProfile INSTANCE = new SalesforceProfile();

    private SalesforceProfile() {
        super("salesforce", List.of());
    }

    @Override
    void read(Context context) {
    }
}
