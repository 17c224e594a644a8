package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * Why a customer got in touch, as a key such as {@code billing.double-charge}. The reason is the
 * "issue" of per-issue first-contact resolution and of contact-reason trends. Immutable.
 *
 * @param key the reason key; non-blank, at most {@value Checks#MAX_ID_LENGTH} characters
 */
public record ContactReason(String key) {

    /** Validates the key. */
    public ContactReason {
        Checks.identifier(key, "contact reason");
    }

    /**
     * Creates a reason.
     *
     * @param key for example {@code "billing.double-charge"}
     * @return the reason
     */
    public static ContactReason of(String key) {
        return new ContactReason(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
