package dev.cxkit.core;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A transfer of a contact to another agent or tier. Immutable.
 *
 * @param at when the transfer happened
 * @param toAgent the receiving agent, or {@code null} if unknown
 * @param toTier the receiving tier, or {@code null} if unknown
 * @param warm whether the transferring agent introduced the customer and the case (a warm handoff);
 *     {@code null} if the record does not say (not recorded: the audit does not judge it)
 * @param handoffSummary what was tried so far, as passed on; {@code null} or blank if none
 */
public record Transfer(Instant at, @Nullable AgentId toAgent, @Nullable Tier toTier, @Nullable Boolean warm,
        @Nullable String handoffSummary) {

    /** Validates required fields. */
    public Transfer {
        Checks.notNull(at, "transfer at");
    }

    /**
     * Whether a non-blank summary of what was tried went with the transfer.
     *
     * @return {@code true} if a summary is present
     */
    public boolean hasHandoffSummary() {
        return handoffSummary != null && !handoffSummary.isBlank();
    }
}
