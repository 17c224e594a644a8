package dev.cxkit.flink.audit.internal;

import java.time.Instant;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * What REPEAT_CONTACT needs of a contact with a reason, small enough to ship across the shuffle by
 * customer and reason instead of the whole interaction (a Flink POJO: a record of strings and an
 * instant).
 *
 * @param key customer and reason key, separated by a NUL (ids and keys cannot hold control characters)
 * @param queuedAt when the contact was queued
 * @param id the interaction id
 * @param caseId the case id, or {@code null}
 * @param agentId the agent id, or {@code null}
 * @param team the team id, or {@code null}
 * @param reason the reason as the single-machine finding prints it ({@link ContactReason#toString()})
 */
public record RepeatProbe(String key, Instant queuedAt, String id, @Nullable String caseId,
        @Nullable String agentId, @Nullable String team, String reason) {

    /**
     * The probe of a contact.
     *
     * @param interaction a contact with a reason
     * @param reason its reason
     * @return the probe
     */
    public static RepeatProbe of(Interaction interaction, ContactReason reason) {
        CaseId caseId = interaction.caseId();
        AgentId agentId = interaction.agentId();
        TeamId team = interaction.team();
        return new RepeatProbe(interaction.customerId().value() + '\u0000' + reason.key(), interaction.queuedAt(),
                interaction.id().value(), caseId == null ? null : caseId.value(),
                agentId == null ? null : agentId.value(), team == null ? null : team.value(), String.valueOf(reason));
    }
}
