package dev.cxkit.synthetic;

import dev.cxkit.core.AuthorityLimits;
import java.util.regex.Pattern;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * One ground-truth mistake in generated data: what an auditor with the default thresholds of the
 * audit catalog should find. Immutable.
 *
 * <p>Which fields are set, by code, and the exact definition the generator applies (periodEnd is
 * {@link GenerationSummary#periodEnd()}, exclusive):
 * <ul>
 *   <li>contact codes ({@code interactionId}; at most one label per code and interaction):
 *     BROKEN_PROMISE – a promise with {@code outcomeAt(periodEnd) == BROKEN};
 *     HOLD_OVER_STATED – a hold segment with stated wait s and duration a, a &gt; 1.5·s and a &gt; s + 30 s;
 *     LONG_HOLD – a hold segment &gt; 5 min or total hold &gt; 5 min;
 *     UNEXPLAINED_HOLD – a hold segment with {@code explained == false};
 *     SLOW_FIRST_REPLY – answered contacts only: PHONE queue wait &gt; 60 s; CHAT and SOCIAL
 *       ({@code firstReplyAt}, else {@code answeredAt}) − queuedAt &gt; 45 s; EMAIL business time
 *       (the configured calendar) from queuedAt to ({@code firstReplyAt}, else {@code answeredAt}) &gt; 24 h;
 *       MESSAGING and SELF_SERVICE have no expectation;
 *     COLD_TRANSFER – a transfer with {@code warm == false};
 *     MISSING_HANDOFF_SUMMARY – a transfer without a non-blank summary;
 *     CUSTOMER_REPEATED_INFO – the flag is set;
 *     EMOTION_NOT_ACKNOWLEDGED – a cue with {@code acknowledged == false};
 *     FEEDBACK_LOOP_OPEN – feedback that is negative or HIGH/URGENT with {@code openFor(periodEnd) > 14 days};
 *     BOT_DEAD_END – a self-service session ABANDONED or LOOPED with {@code personOffered == false}
 *       (sessions that do not record the offer are not labelled);
 *     OVER_AUTHORITY – a grant above the tier's {@code allowUpTo}, or one that takes the customer's total
 *       for that action (grants of contacts queued in the 30 days before, plus earlier grants of the same
 *       contact) above the tier's cap ({@link AuthorityLimits});</li>
 *   <li>REPEAT_CONTACT ({@code interactionId}) – the customer had an earlier contact (any channel,
 *     abandoned or not) with the same reason queued at most 7 days before, strictly earlier;</li>
 *   <li>REOPENED_CASE ({@code caseId}, and {@code interactionId} of the contact that reopened it, if any) –
 *     a move from SOLVED to an active status within the period;</li>
 *   <li>NO_FOLLOW_UP ({@code caseId}) – a case with HIGH/URGENT priority or opened by an escalated
 *     contact, resolved (moved to SOLVED) at R, with no contact of the same customer queued in
 *     [R, end of the second business day after R's day] ({@code BusinessCalendar.endOfNthBusinessDayAfter});
 *     only checked when that deadline is before periodEnd;</li>
 *   <li>ESCALATION_PATTERN ({@code agentId}) – an agent with at least 20 handled contacts whose escalation
 *     rate exceeds the median + 2 × MAD of the agents of the same tier with at least 20 handled contacts;</li>
 *   <li>CONTACT_REASON_SPIKE ({@code reason}, {@code week}) – a complete ISO week inside the period, with
 *     four complete weeks before it inside the period, whose count of contacts with that reason
 *     (by queuedAt in the calendar's zone) exceeds the mean + 3 × the sample standard deviation of
 *     those four weeks and is at least 10.</li>
 * </ul>
 *
 * @param code the mistake
 * @param interactionId the interaction it was found in, or {@code null}
 * @param caseId the case it was found in, or {@code null}
 * @param agentId the agent it is about, or {@code null}
 * @param reason the contact reason key it is about, or {@code null}
 * @param week the ISO week such as {@code 2026-W10}, or {@code null}
 * @param team the team it is about (team-level ESCALATION_PATTERN), or {@code null}
 */
public record TruthLabel(MistakeCode code, @Nullable InteractionId interactionId, @Nullable CaseId caseId,
        @Nullable AgentId agentId, @Nullable String reason, @Nullable String week, @Nullable String team) {

    private static final Pattern ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    /** Validates that at least one subject is named and that the week looks like an ISO week. */
    public TruthLabel {
        Checks.notNull(code, "code");
        if (interactionId == null && caseId == null && agentId == null && reason == null && team == null) {
            throw new IllegalArgumentException("The truth label for " + code
                    + " names no interaction, case, agent, reason or team.\nMaybe the id was lost?");
        }
        if (week != null && !ISO_WEEK.matcher(week).matches()) {
            throw new IllegalArgumentException("The week (" + Checks.abbreviate(week)
                    + ") of a truth label is not an ISO week such as 2026-W10.");
        }
    }

    /**
     * A label without a team, as every code but a team-level ESCALATION_PATTERN has.
     *
     * @param code the mistake
     * @param interactionId the interaction it was found in, or {@code null}
     * @param caseId the case it was found in, or {@code null}
     * @param agentId the agent it is about, or {@code null}
     * @param reason the contact reason key it is about, or {@code null}
     * @param week the ISO week such as {@code 2026-W10}, or {@code null}
     */
    public TruthLabel(MistakeCode code, @Nullable InteractionId interactionId, @Nullable CaseId caseId,
            @Nullable AgentId agentId, @Nullable String reason, @Nullable String week) {
        this(code, interactionId, caseId, agentId, reason, week, null);
    }

    /**
     * A label about one interaction.
     *
     * @param code the mistake
     * @param interactionId the interaction
     * @return the label
     */
    public static TruthLabel ofInteraction(MistakeCode code, InteractionId interactionId) {
        return new TruthLabel(code, interactionId, null, null, null, null);
    }
}
