package dev.cxkit.core;

import java.time.Instant;
import java.util.List;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A move of a contact to a higher tier, with why and with what was passed on. Immutable.
 *
 * @param from the tier that escalated
 * @param to the tier escalated to; above {@code from}
 * @param reason the contact reason, or {@code null} if unknown
 * @param criteriaMet the escalation criteria that applied, for example {@code "attempts>=2"}
 * @param handoffSummary what was tried, or {@code null}/blank if nothing was passed on
 * @param warm whether the customer was handed over warmly
 * @param at when it happened
 */
public record Escalation(Tier from, Tier to, @Nullable ContactReason reason, List<String> criteriaMet,
        @Nullable String handoffSummary, @Nullable Boolean warm, Instant at) {

    /** Validates that the escalation goes up. */
    public Escalation {
        Checks.notNull(from, "from tier");
        Checks.notNull(to, "to tier");
        Checks.notNull(at, "escalation at");
        criteriaMet = List.copyOf(Checks.notNull(criteriaMet, "criteriaMet"));
        if (!to.isAbove(from)) {
            throw new IllegalArgumentException("An escalation must go up a tier, but goes from " + from + " to " + to
                    + ".\nMaybe this is a lateral transfer?");
        }
    }

    /**
     * Whether a non-blank summary of what was tried went with the escalation.
     *
     * @return {@code true} if a summary is present
     */
    public boolean hasHandoffSummary() {
        return handoffSummary != null && !handoffSummary.isBlank();
    }
}
