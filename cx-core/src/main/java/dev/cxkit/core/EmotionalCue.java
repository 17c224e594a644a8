package dev.cxkit.core;

import java.time.Instant;

import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * An emotional cue the customer gave, such as {@code "frustrated"}, and whether the agent
 * acknowledged it. Immutable.
 *
 * @param at when the cue was given
 * @param cue the cue, a short tag
 * @param acknowledged whether the agent acknowledged it within the contact; {@code null} if the record
 *     does not say (not recorded: the audit does not judge it)
 */
public record EmotionalCue(Instant at, String cue, @Nullable Boolean acknowledged) {

    /** Validates required fields. */
    public EmotionalCue {
        Checks.notNull(at, "cue at");
        Checks.identifier(cue, "cue");
    }
}
