package dev.cxkit.audit.qa;

import dev.cxkit.core.internal.Checks;

/**
 * How one criterion came out on one contact. A criterion that does not apply (no hold, no transfer,
 * no cue, no judged promise, no grant) or whose fact the record does not carry is
 * {@link NotApplicable}: it is left out of the contact's score, never counted as passed or failed.
 */
public sealed interface QaOutcome permits QaOutcome.Passed, QaOutcome.Failed, QaOutcome.NotApplicable {

    /** The criterion applied and passed: its points are earned. */
    record Passed() implements QaOutcome {
    }

    /**
     * The criterion applied and failed: its points are lost.
     *
     * @param reason what failed, for example {@code cold-transfer at 2026-04-01T09:12:00Z} (the audit
     *        rule and when); never personal data
     */
    record Failed(String reason) implements QaOutcome {
        /** Validates the reason. */
        public Failed {
            Checks.notNull(reason, "reason");
        }
    }

    /**
     * The criterion did not apply, or its fact is not recorded: not part of the score.
     *
     * @param reason why, for example {@code no hold} or {@code not recorded: resolved}
     */
    record NotApplicable(String reason) implements QaOutcome {
        /** Validates the reason. */
        public NotApplicable {
            Checks.notNull(reason, "reason");
        }
    }
}
