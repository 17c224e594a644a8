package dev.cxkit.flink.audit.internal;

import java.time.Instant;

import dev.cxkit.core.Interaction;
import org.jspecify.annotations.Nullable;

/**
 * Handled and escalated contacts of one agent for ESCALATION_PATTERN: one per handled contact on the
 * way to {@link AgentCounter}, and the agent's totals on the way to {@link EscalationJudge}. A Flink
 * POJO (a record of strings and longs); {@code combine} is associative.
 *
 * @param agent the agent id
 * @param team the team of the latest contact that named one, or {@code null}
 * @param teamAt the queuedAt (epoch ms) of that contact, {@link Long#MIN_VALUE} if none
 * @param tier the tier of the latest contact that named one, or {@code null}
 * @param tierAt the queuedAt (epoch ms) of that contact, {@link Long#MIN_VALUE} if none
 * @param handled answered contacts
 * @param escalated of which escalated
 * @param lastAt the latest queuedAt
 */
public record AgentTally(String agent, @Nullable String team, long teamAt, @Nullable String tier, long tierAt,
        long handled, long escalated, Instant lastAt) {

    /** The tier key of a team's tally: {@code agent} holds the team id. */
    public static final String TEAM = "TEAM";
    /** The tier key of a contact reason's tally: {@code agent} holds the reason key. */
    public static final String REASON = "REASON";

    /**
     * The tally of one handled contact for its team or its reason (ESCALATION_PATTERN by group): the
     * group's name goes in {@code agent} and the kind in {@code tier}, so that the agents' counters
     * and judge serve groups too.
     *
     * @param interaction a handled contact
     * @param kind {@link #TEAM} or {@link #REASON}
     * @param group the team id or reason key
     * @return the tally
     */
    public static AgentTally ofGroup(Interaction interaction, String kind, String group) {
        long at = interaction.queuedAt().toEpochMilli();
        return new AgentTally(group, null, Long.MIN_VALUE, kind, at, 1, interaction.isEscalated() ? 1 : 0,
                interaction.queuedAt());
    }

    /**
     * The key the counters are kept under: the tier key and the agent (or group), so that a team and an
     * agent of the same name stay apart.
     *
     * @return the key
     */
    public String counterKey() {
        return (tier == null ? "" : tier) + '\u0000' + agent;
    }


    /**
     * The tally of one handled contact.
     *
     * @param interaction an answered contact with an agent
     * @param agent its agent id
     * @return the tally
     */
    public static AgentTally of(Interaction interaction, String agent) {
        long at = interaction.queuedAt().toEpochMilli();
        String team = interaction.team() == null ? null : interaction.team().value();
        String tier = interaction.agentTier() == null ? null : interaction.agentTier().name();
        return new AgentTally(agent, team, team == null ? Long.MIN_VALUE : at, tier, tier == null ? Long.MIN_VALUE : at,
                1, interaction.isEscalated() ? 1 : 0, interaction.queuedAt());
    }

    /**
     * Adds two tallies of the same agent: counts add up, team and tier are those of the later contact.
     *
     * @param other the other tally
     * @return the sum
     */
    public AgentTally combine(AgentTally other) {
        boolean otherTeam = other.teamAt > teamAt;
        boolean otherTier = other.tierAt > tierAt;
        return new AgentTally(agent, otherTeam ? other.team : team, Math.max(teamAt, other.teamAt),
                otherTier ? other.tier : tier, Math.max(tierAt, other.tierAt), handled + other.handled,
                escalated + other.escalated, other.lastAt.isAfter(lastAt) ? other.lastAt : lastAt);
    }
}
