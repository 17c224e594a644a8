package dev.cxkit.audit.spi;

import java.time.Instant;

import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * One emotional cue of the contact under audit, as a rule fact. Immutable.
 *
 * @param contact the contact
 * @param index the cue's position in the contact's cues, from 0
 * @param cue the cue
 * @param at when it was given
 * @param name the cue's tag, such as {@code frustrated}
 * @param acknowledged whether the agent acknowledged it within the contact; {@code null} if not recorded
 *     (not judged)
 */
public record ContactCue(AuditedContact contact, int index, EmotionalCue cue, Instant at, String name,
        @Nullable Boolean acknowledged) {

    /** Validates the references. */
    public ContactCue {
        Checks.notNull(contact, "contact");
        Checks.notNull(cue, "cue");
        Checks.notNull(at, "at");
        Checks.notNull(name, "name");
    }
}
