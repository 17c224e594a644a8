package dev.cxkit.audit.spi;

import java.time.Duration;

import dev.cxkit.core.Feedback;
import dev.cxkit.core.Priority;
import dev.cxkit.core.internal.Checks;

/**
 * The feedback about the contact under audit, as a rule fact. Immutable.
 *
 * @param contact the contact
 * @param feedback the feedback
 * @param negative {@link Feedback#isNegative()}
 * @param priority the feedback's priority
 * @param highPriority whether the priority is HIGH or URGENT
 * @param openMillis how long the loop was or has been open at the audit's {@code asOf}, in ms
 * @param closed whether the loop was closed by {@code asOf}
 */
public record ContactFeedback(AuditedContact contact, Feedback feedback, boolean negative, Priority priority,
        boolean highPriority, long openMillis, boolean closed) {

    /** Validates the references. */
    public ContactFeedback {
        Checks.notNull(contact, "contact");
        Checks.notNull(feedback, "feedback");
        Checks.notNull(priority, "priority");
    }

    /**
     * Makes the fact.
     *
     * @param contact the contact
     * @param feedback its feedback
     * @return the fact
     */
    public static ContactFeedback of(AuditedContact contact, Feedback feedback) {
        var closedAt = feedback.loopClosedAt();
        return new ContactFeedback(contact, feedback, feedback.isNegative(), feedback.priority(),
                feedback.priority().isHighOrAbove(), feedback.openFor(contact.asOf()).toMillis(),
                closedAt != null && !closedAt.isAfter(contact.asOf()));
    }

    /**
     * How long the loop was open, for evidence.
     *
     * @return the open time
     */
    public Duration open() {
        return Duration.ofMillis(openMillis);
    }
}
