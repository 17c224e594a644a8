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
 *     ({@link Feedback#openFor}: a closure after {@code asOf} is not known yet)
 * @param closed whether the loop was closed by {@code asOf}
 * @param openNanos {@code openMillis} exactly, in ns (saturated), what the built-in rule compares
 */
public record ContactFeedback(AuditedContact contact, Feedback feedback, boolean negative, Priority priority,
        boolean highPriority, long openMillis, boolean closed, long openNanos) {

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
        Duration open = feedback.openFor(contact.asOf());
        return new ContactFeedback(contact, feedback, feedback.isNegative(), feedback.priority(),
                feedback.priority().isHighOrAbove(), open.toMillis(), closedAt != null && !closedAt.isAfter(contact.asOf()),
                AuditedContact.nanos(open));
    }

    /**
     * How long the loop was open, for evidence.
     *
     * @return the open time
     */
    public Duration open() {
        return feedback.openFor(contact.asOf());
    }
}
