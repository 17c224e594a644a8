package dev.cxkit.core;

/**
 * A fact about a contact that a source may not carry: a queue log has no after-contact work, a
 * ticket export has no talk time, a flat CSV has no transfers. An {@link Interaction} says which of
 * these it does not carry ({@link Interaction#notRecorded()}); a fact that is not recorded is
 * unknown, which is not the same as zero, and every KPI that needs it leaves the contact out (and
 * says so in its count) instead of counting a zero.
 *
 * <p>Survey answers and the resolved flag are not listed here: they are {@code null} when not
 * recorded ({@link Interaction#feedback()}, {@link Interaction#resolved()}).
 */
public enum InteractionFact {

    /** Time spent talking or writing ({@link Interaction#talk()}). */
    TALK("talk time"),

    /** Total time on hold ({@link Interaction#hold()}); without it there are no hold segments either. */
    HOLD("hold time"),

    /** Wrap-up time after the contact ({@link Interaction#afterContactWork()}). */
    AFTER_CONTACT_WORK("after-contact work"),

    /**
     * Whether and where the contact was transferred ({@link Interaction#transfers()}); without it the
     * transfer list is empty and says nothing, and escalations cannot be seen either.
     */
    TRANSFERS("transfers"),

    /**
     * How long an abandoned contact waited before the customer hung up: its end is not known, so
     * {@link Interaction#queueWait()} is {@code null} and {@link Interaction#endedAt()} is set to
     * {@code queuedAt}. Only abandoned contacts can lack it: an answered contact's wait is
     * {@code answeredAt − queuedAt}.
     */
    ABANDON_WAIT("abandon wait");

    private final String label;

    InteractionFact(String label) {
        this.label = label;
    }

    /**
     * A short lower-case name for reports, such as {@code "after-contact work"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
