package dev.cxkit.kpi;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.Transfer;
import dev.cxkit.kpi.internal.Named;

/**
 * Two groups of contacts to compare, each defined by a predicate: for example contacts whose
 * emotional cues were all acknowledged against contacts with a cue that was not. A contact in
 * neither group is left out of the comparison (and counted); a contact that both predicates accept
 * is counted apart too, never in both groups.
 *
 * <p>Source: docs/kpis.md#comparisons. Immutable and thread-safe when the predicates are.
 *
 * @param id a short lower-case id such as {@code emotion-acknowledged}
 * @param first the name of the first group, the baseline of the difference
 * @param inFirst whether a contact belongs to the first group
 * @param second the name of the second group
 * @param inSecond whether a contact belongs to the second group
 */
public record ContactGroups(String id, String first, Predicate<Interaction> inFirst, String second,
        Predicate<Interaction> inSecond) {

    /**
     * Contacts with an emotional cue: every recorded cue acknowledged (first) against at least one
     * cue not acknowledged (second). Cues whose acknowledgement is not recorded do not decide;
     * contacts without a judged cue are in neither group.
     */
    public static final ContactGroups EMOTION_ACKNOWLEDGED = new ContactGroups("emotion-acknowledged",
            "cues acknowledged", i -> judgedCues(i) && i.emotionalCues().stream().noneMatch(ContactGroups::unacknowledged),
            "a cue not acknowledged", i -> i.emotionalCues().stream().anyMatch(ContactGroups::unacknowledged));

    /**
     * Transferred contacts: every transfer warm (first) against at least one cold transfer
     * (second). Transfers whose warmth is not recorded do not decide.
     */
    public static final ContactGroups WARM_TRANSFER = new ContactGroups("warm-transfer",
            "warm transfers", i -> judgedTransfers(i) && i.transfers().stream().noneMatch(ContactGroups::cold),
            "a cold transfer", i -> i.isRecorded(InteractionFact.TRANSFERS) && i.transfers().stream().anyMatch(ContactGroups::cold));

    /**
     * Answered contacts without a transfer (first) against those with one (second); not recorded
     * when transfers are not.
     */
    public static final ContactGroups TRANSFERRED = new ContactGroups("transferred",
            "not transferred", i -> !i.isAbandoned() && i.isRecorded(InteractionFact.TRANSFERS) && i.transfers().isEmpty(),
            "transferred", i -> !i.isAbandoned() && i.isRecorded(InteractionFact.TRANSFERS) && !i.transfers().isEmpty());

    private static final List<ContactGroups> STANDARD = List.of(EMOTION_ACKNOWLEDGED, WARM_TRANSFER, TRANSFERRED);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the id is not lower-case or a group name is blank or the
     *         two names are equal
     */
    public ContactGroups {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(inFirst, "inFirst");
        Objects.requireNonNull(inSecond, "inSecond");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("The groups id '" + id + "' is not lower-case letters, digits and "
                    + "hyphens.\nMaybe write it like warm-transfer?");
        }
        if (first.isBlank() || second.isBlank() || first.equals(second)) {
            throw new IllegalArgumentException("The groups of " + id + " need two different, non-blank names; got '"
                    + first + "' and '" + second + "'.");
        }
    }

    /**
     * The groupings that ship with cxkit.
     *
     * @return the standard groupings
     */
    public static List<ContactGroups> standard() {
        return STANDARD;
    }

    /**
     * Finds a standard grouping by id.
     *
     * @param id for example {@code emotion-acknowledged}
     * @return the grouping
     * @throws IllegalArgumentException naming the known ids if there is none with this id
     */
    public static ContactGroups parse(String id) {
        return Named.find(STANDARD, ContactGroups::id, id, "groups");
    }

    private static boolean judgedCues(Interaction interaction) {
        return interaction.emotionalCues().stream().anyMatch(c -> c.acknowledged() != null);
    }

    private static boolean unacknowledged(EmotionalCue cue) {
        return Boolean.FALSE.equals(cue.acknowledged());
    }

    private static boolean judgedTransfers(Interaction interaction) {
        return interaction.isRecorded(InteractionFact.TRANSFERS)
                && interaction.transfers().stream().anyMatch(t -> t.warm() != null);
    }

    private static boolean cold(Transfer transfer) {
        return Boolean.FALSE.equals(transfer.warm());
    }
}
