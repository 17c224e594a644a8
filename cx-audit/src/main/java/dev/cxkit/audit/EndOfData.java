package dev.cxkit.audit;

import java.time.Instant;
import java.util.Optional;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.Promise;
import dev.cxkit.core.Transfer;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * The end of the data: the latest instant recorded anywhere in a set of contacts and case events,
 * the instant {@code cx audit} judges at unless told otherwise. An export cannot have been taken
 * before the last thing it records, so an audit as of this instant judges nothing in the export's
 * future (the wall clock would: promises due after the export look broken, loops look open).
 *
 * <p>Counted: of a contact {@code queuedAt}, {@code answeredAt}, {@code firstReplyAt},
 * {@code endedAt}, the start and end of its holds, the time of its transfers and emotional cues,
 * {@code madeAt} and {@code fulfilledAt} of its promises, {@code receivedAt} and {@code loopClosedAt}
 * of its feedback; of a case event its {@code at}. Not counted: a promise's {@code dueBy}, which is a
 * deadline, not something that happened.
 *
 * <p>An accumulator ({@code create / accept / combine / result}); the result does not depend on the
 * order of the input. Not thread-safe: use one per thread and {@link #combine} them.
 */
public final class EndOfData {

    private @Nullable Instant latest;

    private EndOfData() {
    }

    /**
     * An empty accumulator.
     *
     * @return the accumulator
     */
    public static EndOfData create() {
        return new EndOfData();
    }

    /**
     * Takes a contact's instants into account.
     *
     * @param interaction the contact
     */
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        see(interaction.queuedAt());
        see(interaction.answeredAt());
        see(interaction.firstReplyAt());
        see(interaction.endedAt());
        for (HoldSegment hold : interaction.holds()) {
            see(hold.end());
        }
        for (Transfer transfer : interaction.transfers()) {
            see(transfer.at());
        }
        for (EmotionalCue cue : interaction.emotionalCues()) {
            see(cue.at());
        }
        for (Promise promise : interaction.promises()) {
            see(promise.madeAt());
            see(promise.fulfilledAt());
        }
        Feedback feedback = interaction.feedback();
        if (feedback != null) {
            see(feedback.receivedAt());
            see(feedback.loopClosedAt());
        }
    }

    /**
     * Takes a case event's instant into account.
     *
     * @param event the event
     */
    public void accept(CaseEvent event) {
        see(Checks.notNull(event, "case event").at());
    }

    /**
     * Adds another accumulator's input to this one.
     *
     * @param other the other accumulator
     * @return this accumulator
     */
    public EndOfData combine(EndOfData other) {
        see(Checks.notNull(other, "other").latest);
        return this;
    }

    /**
     * The latest instant seen.
     *
     * @return the instant; empty if nothing was accepted
     */
    public Optional<Instant> result() {
        return Optional.ofNullable(latest);
    }

    private void see(@Nullable Instant at) {
        if (at != null && (latest == null || at.isAfter(latest))) {
            latest = at;
        }
    }
}
