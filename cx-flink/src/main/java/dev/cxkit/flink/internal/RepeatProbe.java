package dev.cxkit.flink.internal;

import java.time.Instant;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.internal.Checks;

import org.jspecify.annotations.Nullable;

/**
 * The few fields of a contact that repeat detection needs, so that the shuffle by customer moves a
 * small record rather than the whole interaction. One model for both jobs: the scorecard's
 * first-contact resolution ({@link RepeatClassifier}, which reads {@link #group()}) and the audit's
 * REPEAT_CONTACT ({@code RepeatCheck}, which reads the ids the finding names and the reason). A Flink
 * POJO: a record of strings, an instant and a group key.
 *
 * @param key the repeat key: the customer id, or customer id and reason (separated by a NUL for the
 *     audit, by a slash for the per-issue scorecard), or a key of its own for a contact without a reason
 * @param queuedAt when the contact was queued
 * @param id the interaction id, to order contacts at the same instant
 * @param group the scorecard group the contact counts in, or {@code null} for the audit
 * @param caseId the case id, or {@code null}
 * @param agentId the agent id, or {@code null}
 * @param team the team id, or {@code null}
 * @param reason the reason as the single-machine finding prints it ({@link ContactReason#toString()}), or
 *     {@code null} for the scorecard
 */
public record RepeatProbe(String key, Instant queuedAt, String id, @Nullable GroupKey group, @Nullable String caseId,
        @Nullable String agentId, @Nullable String team, @Nullable String reason) {

    /** Checks the required fields. */
    public RepeatProbe {
        Checks.notNull(key, "key");
        Checks.notNull(queuedAt, "queuedAt");
        Checks.notNull(id, "id");
    }

    /**
     * The scorecard's probe of an answered contact.
     *
     * @param key the repeat key
     * @param interaction the contact
     * @param group the group it counts in
     * @return the probe
     */
    public static RepeatProbe forScorecard(String key, Interaction interaction, GroupKey group) {
        return new RepeatProbe(key, interaction.queuedAt(), interaction.id().value(), group, null, null, null, null);
    }

    /**
     * The audit's probe of a contact with a reason, keyed by customer and reason.
     *
     * @param interaction a contact with a reason
     * @param reason its reason
     * @return the probe
     */
    public static RepeatProbe forAudit(Interaction interaction, ContactReason reason) {
        CaseId caseId = interaction.caseId();
        AgentId agentId = interaction.agentId();
        TeamId team = interaction.team();
        return new RepeatProbe(interaction.customerId().value() + '\u0000' + reason.key(), interaction.queuedAt(),
                interaction.id().value(), null, caseId == null ? null : caseId.value(),
                agentId == null ? null : agentId.value(), team == null ? null : team.value(), String.valueOf(reason));
    }

    /**
     * {@link #queuedAt()} in epoch milliseconds, the scorecard's event time.
     *
     * @return the milliseconds
     */
    public long at() {
        return queuedAt.toEpochMilli();
    }
}
