package dev.cxkit.audit.spi;

import java.time.Instant;

import dev.cxkit.core.Transfer;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * One transfer of the contact under audit, as a rule fact. Immutable.
 *
 * @param contact the contact
 * @param index the transfer's position in the contact's transfers, from 0
 * @param transfer the transfer
 * @param at when it happened
 * @param warm whether it was a warm handoff; {@code null} if not recorded (not judged)
 * @param hasHandoffSummary whether a non-blank summary of what was tried went with it
 * @param escalation whether it went to a tier above the one handling the contact before it
 */
public record ContactTransfer(AuditedContact contact, int index, Transfer transfer, Instant at, @Nullable Boolean warm,
        boolean hasHandoffSummary, boolean escalation) {

    /** Validates the references. */
    public ContactTransfer {
        Checks.notNull(contact, "contact");
        Checks.notNull(transfer, "transfer");
        Checks.notNull(at, "at");
    }
}
