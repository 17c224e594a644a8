package dev.cxkit.flink.internal;

import dev.cxkit.core.Interaction;

/**
 * What the scorecard windows consume: contacts, for every KPI but the repeat-window ones, and the
 * per-contact repeat outcomes decided by {@link RepeatClassifier}. Both name the group and week they
 * count in, so one window per group collects both.
 */
public sealed interface ScorecardInput extends Grouped permits ScorecardInput.Contact, RepeatOutcome {

    /**
     * A contact that passed the lateness gate.
     *
     * @param group its group
     * @param interaction the contact
     */
    record Contact(GroupKey group, Interaction interaction) implements ScorecardInput {
    }
}
