package dev.cxkit.assist.escalation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.cxkit.core.internal.Checks;

/**
 * What the escalating agent must do for a warm transfer, in order. The transfer is ready when no item
 * is {@link ChecklistItem.Status#MISSING}; today the only item the policy can check is the summary of
 * what was tried, so an escalation without one is never ready (the audit would report
 * {@code MISSING_HANDOFF_SUMMARY}). Immutable.
 *
 * @param items the steps, ids unique; copied
 */
public record WarmTransferChecklist(List<ChecklistItem> items) {

    /** Validates and copies the items. */
    public WarmTransferChecklist {
        items = List.copyOf(Checks.notNull(items, "checklist items"));
        Set<String> ids = new HashSet<>();
        for (ChecklistItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("The checklist item id (" + item.id() + ") appears twice.");
            }
        }
    }

    /**
     * Whether every required item is satisfied.
     *
     * @return {@code true} if no item is {@link ChecklistItem.Status#MISSING}
     */
    public boolean isReady() {
        return missing().isEmpty();
    }

    /**
     * The items that block the transfer.
     *
     * @return the missing items, in checklist order; empty when ready
     */
    public List<ChecklistItem> missing() {
        return items.stream().filter(item -> item.status() == ChecklistItem.Status.MISSING).toList();
    }
}
