package dev.cxkit.core;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A status change of a case, as exported by a helpdesk; the input of SLA clocks and reopen
 * detection. Immutable.
 *
 * @param caseId the case
 * @param at when the status changed
 * @param status the new status
 * @param priority the case's priority from this event on, or {@code null} if unchanged/unknown
 */
public record CaseEvent(CaseId caseId, Instant at, CaseStatus status, @Nullable Priority priority) {

    /** Validates required fields. */
    public CaseEvent {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(at, "at");
        Checks.notNull(status, "status");
    }
}
