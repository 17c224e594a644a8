package dev.cxkit.exports.internal;

import dev.cxkit.core.InteractionFact;

/**
 * What an export calls the facts that cx-core's import report counts when a record lacks them
 * ({@link dev.cxkit.core.io.ImportReport#notRecorded()}): the export's own field where it has one,
 * else the fact's plain name (an export without talk time has no field to name).
 *
 * @param talk the talk-time field
 * @param hold the hold field
 * @param afterContactWork the wrap-up field
 * @param transfers the transfer field
 * @param abandonWait the field that ends an abandoned contact's wait
 * @param resolved the field that says whether the contact resolved the issue
 * @param survey the survey field
 */
record FactNames(String talk, String hold, String afterContactWork, String transfers, String abandonWait,
        String resolved, String survey) {

    /** The number of facts counted. */
    static final int COUNT = 7;

    /** The facts' plain names, for exports that have none of these fields. */
    static final FactNames PLAIN = new FactNames(InteractionFact.TALK.label(), InteractionFact.HOLD.label(),
            InteractionFact.AFTER_CONTACT_WORK.label(), InteractionFact.TRANSFERS.label(),
            InteractionFact.ABANDON_WAIT.label(), "resolved", "survey");

    String name(int index) {
        return switch (index) {
            case 0 -> talk;
            case 1 -> hold;
            case 2 -> afterContactWork;
            case 3 -> transfers;
            case 4 -> abandonWait;
            case 5 -> resolved;
            default -> survey;
        };
    }
}
