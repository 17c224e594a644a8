package dev.cxkit.audit.qa;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.cxkit.core.MistakeCode;

/**
 * The checks a rubric criterion can name. Each is judged by the audit's per-contact rules
 * (docs/audit-catalog.md) or, for {@link #RESOLVED_FIRST_CONTACT}, by the interaction's own
 * {@code resolved} flag; a criterion fails when the audit reports one of {@link #failsOn()} for the
 * contact.
 */
public enum QaCheck {
    /** Every hold whose {@code explained} flag is recorded was explained (fails on UNEXPLAINED_HOLD). */
    HOLD_EXPLAINED("hold-explained", Set.of(MistakeCode.UNEXPLAINED_HOLD), Set.of()),
    /**
     * Every hold with a stated wait ended within it, as the audit's HOLD_OVER_STATED measures it
     * (over the stated wait × factor and over the stated wait + margin). Parameter {@code margin}.
     */
    STATED_HOLD_KEPT("stated-hold-kept", Set.of(MistakeCode.HOLD_OVER_STATED), Set.of("margin")),
    /** Every emotional cue whose {@code acknowledged} flag is recorded was acknowledged. */
    EMOTION_ACKNOWLEDGED("emotion-acknowledged", Set.of(MistakeCode.EMOTION_NOT_ACKNOWLEDGED), Set.of()),
    /** Every transfer was warm and carried a handoff summary (fails on COLD_TRANSFER or MISSING_HANDOFF_SUMMARY). */
    WARM_TRANSFER_WITH_SUMMARY("warm-transfer-with-summary",
            Set.of(MistakeCode.COLD_TRANSFER, MistakeCode.MISSING_HANDOFF_SUMMARY), Set.of()),
    /** No promise of the contact is broken as of the judging instant (open promises are not judged). */
    PROMISE_KEPT("promise-kept", Set.of(MistakeCode.BROKEN_PROMISE), Set.of()),
    /**
     * The first reply (the answer, on the phone) came within the channel's target. Parameters
     * {@code phone}, {@code chat} (also social), {@code email}, {@code messaging}.
     */
    FIRST_REPLY_IN_TARGET("first-reply-in-target", Set.of(MistakeCode.SLOW_FIRST_REPLY),
            Set.of("phone", "chat", "email", "messaging")),
    /** The contact resolved the issue ({@code resolved = true}); no audit rule is involved. */
    RESOLVED_FIRST_CONTACT("resolved-first-contact", Set.of(), Set.of()),
    /** Every grant was within the agent's tier authority under the policy (fails on OVER_AUTHORITY). */
    WITHIN_AUTHORITY("within-authority", Set.of(MistakeCode.OVER_AUTHORITY), Set.of());

    private final String id;
    private final Set<MistakeCode> failsOn;
    private final Set<String> parameters;

    QaCheck(String id, Set<MistakeCode> failsOn, Set<String> parameters) {
        this.id = id;
        this.failsOn = failsOn;
        this.parameters = parameters;
    }

    /**
     * The name a rubric file uses.
     *
     * @return the id, for example {@code hold-explained}
     */
    public String id() {
        return id;
    }

    /**
     * The audit codes that fail this check.
     *
     * @return the codes; empty for {@link #RESOLVED_FIRST_CONTACT}
     */
    public Set<MistakeCode> failsOn() {
        return failsOn;
    }

    /**
     * The parameter names this check accepts.
     *
     * @return the names, each taking a duration; empty when the check takes none
     */
    public Set<String> parameters() {
        return parameters;
    }

    /**
     * The ids of all checks, in declaration order.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(QaCheck::id).toList();
    }

    /**
     * The check with the given id.
     *
     * @param id the id, case-insensitive, for example {@code warm-transfer-with-summary}
     * @return the check
     * @throws IllegalArgumentException if no check has this id; the message lists the allowed ones
     */
    public static QaCheck fromId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (QaCheck check : values()) {
            if (check.id.equals(key)) {
                return check;
            }
        }
        throw new IllegalArgumentException("unknown check '" + dev.cxkit.core.internal.Checks.abbreviate(id)
                + "'; the checks are " + String.join(", ", ids()) + ".");
    }
}
