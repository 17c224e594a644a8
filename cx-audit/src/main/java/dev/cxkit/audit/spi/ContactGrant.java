package dev.cxkit.audit.spi;

import dev.cxkit.core.Action;
import dev.cxkit.core.Grant;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.rules.Decision;
import org.jspecify.annotations.Nullable;

/**
 * One grant recorded in the contact under audit, with what the auditor's policy would have decided
 * for it, as a rule fact. Immutable.
 *
 * <p>The auditor asks the policy with the grant as the amount, the contact's queuedAt as the
 * instant, and as already granted: the customer's earlier grants for that action in the same contact
 * and, in an {@link dev.cxkit.audit.AuditRun}, in earlier contacts of the run within the
 * policy's cap period.
 *
 * @param contact the contact
 * @param index the grant's position in the contact's grants, from 0
 * @param grant the grant
 * @param action the grant's action
 * @param check the policy's verdict, or {@code NOT_CHECKED}
 * @param decision the policy's decision, or {@code null} if not checked
 */
public record ContactGrant(AuditedContact contact, int index, Grant grant, Action action, GrantCheck check,
        @Nullable Decision decision) {

    /** Validates the references and that a decision is present exactly when the grant was checked. */
    public ContactGrant {
        Checks.notNull(contact, "contact");
        Checks.notNull(grant, "grant");
        Checks.notNull(action, "action");
        Checks.notNull(check, "check");
        if ((decision == null) != (check == GrantCheck.NOT_CHECKED)) {
            throw new IllegalArgumentException("The grant check (" + check + ") and decision (" + decision
                    + ") disagree: a decision is present exactly when the grant was checked.");
        }
    }
}
