package dev.cxkit.audit.spi;

import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseOutcome;
import dev.cxkit.core.internal.Checks;

/**
 * One promise made in the contact under audit, with its outcome as known at the audit's
 * {@code asOf}, as a rule fact. Immutable.
 *
 * @param contact the contact
 * @param promise the promise
 * @param outcome {@code promise.outcomeAt(contact.asOf())}: KEPT, KEPT_LATE, BROKEN or OPEN
 */
public record ContactPromise(AuditedContact contact, Promise promise, PromiseOutcome outcome) {

    /** Validates the references. */
    public ContactPromise {
        Checks.notNull(contact, "contact");
        Checks.notNull(promise, "promise");
        Checks.notNull(outcome, "outcome");
    }
}
