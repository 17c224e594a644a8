package dev.cxkit.kpi;

/**
 * What makes two contacts "the same" for repeat-contact detection in
 * {@link FirstContactResolution} and {@link RepeatContactRate}.
 */
public enum RepeatScope {
    /** Any two contacts of the same customer, whatever their reason. */
    PER_CUSTOMER("per-customer"),
    /**
     * Contacts of the same customer with the same contact reason (the "issue"). A contact without a
     * reason can match nothing: it is its own first contact and is never a repeat.
     */
    PER_ISSUE("per-issue");

    private final String label;

    RepeatScope(String label) {
        this.label = label;
    }

    /**
     * The scope as it appears in a KPI variant string.
     *
     * @return {@code per-customer} or {@code per-issue}
     */
    public String label() {
        return label;
    }
}
