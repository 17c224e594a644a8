package dev.cxkit.assist.escalation;

import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One step of a warm transfer, as data. Immutable.
 *
 * @param id a stable id such as {@code "transfer.introduce"}
 * @param text what the agent does, in one sentence
 * @param prevents the audit finding this step prevents, or {@code null} if none in particular
 * @param status whether the step is done, missing, or still to be done during the transfer
 */
public record ChecklistItem(String id, String text, @Nullable MistakeCode prevents, Status status) {

    /** The id of the item that the handoff summary (what was tried) satisfies. */
    public static final String HANDOFF_SUMMARY = "handoff.summary";

    /** Validates the fields. */
    public ChecklistItem {
        Checks.identifier(id, "checklist item id");
        Checks.identifier(text, "text of checklist item (" + id + ")");
        Checks.notNull(status, "status of checklist item (" + id + ")");
    }

    /**
     * A step the agent does during the transfer, which the policy cannot check beforehand.
     *
     * @param id the id
     * @param text what to do
     * @param prevents the finding it prevents, or {@code null}
     * @return an item with status {@link Status#TO_DO}
     */
    public static ChecklistItem toDo(String id, String text, @Nullable MistakeCode prevents) {
        return new ChecklistItem(id, text, prevents, Status.TO_DO);
    }

    /** The state of a checklist item. */
    public enum Status {
        /** Already satisfied by the escalation state (for example, a summary is written). */
        DONE,
        /** Required before the transfer and not satisfied: the escalation is not ready. */
        MISSING,
        /** To be done by the agent during the transfer; does not block readiness. */
        TO_DO
    }
}
