package dev.cxkit.kpi;

import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.cxkit.core.AgentId;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactWeek;

/**
 * A way to group interactions for {@link KpiSet}: a tag key (such as {@code channel}) and the tag
 * value of each interaction (such as {@code PHONE}). A missing value (no team, no agent, no tier, no
 * reason) becomes the tag value {@value #UNKNOWN}; a real value spelled {@code unknown} falls into
 * the same group. Immutable and thread-safe.
 */
public sealed interface Dimension permits Dimension.Field, Dimension.Week {

    /** The tag value of a missing field. */
    String UNKNOWN = "unknown";

    /** The channel, for example {@code PHONE}. */
    Dimension CHANNEL = Field.CHANNEL;
    /** The handling agent's team id, or {@value #UNKNOWN}. */
    Dimension TEAM = Field.TEAM;
    /** The handling agent's tier ({@code T1}…), or {@value #UNKNOWN}. */
    Dimension TIER = Field.TIER;
    /** The handling agent's id, or {@value #UNKNOWN}. */
    Dimension AGENT = Field.AGENT;
    /** The contact reason key, or {@value #UNKNOWN}. */
    Dimension REASON = Field.REASON;
    /** The ISO week of {@code queuedAt} in UTC, for example {@code 2026-W10}. */
    Dimension WEEK = new Week(ZoneOffset.UTC);

    /**
     * The ISO week of {@code queuedAt} in a zone (weeks start on Monday 00:00 local time).
     *
     * @param zone the zone
     * @return the dimension, tag key {@code week}
     */
    static Dimension week(ZoneId zone) {
        return new Week(zone);
    }

    /**
     * The tag key.
     *
     * @return for example {@code channel}
     */
    String key();

    /**
     * The tag value of an interaction.
     *
     * @param interaction the interaction
     * @return the value, {@value #UNKNOWN} if missing
     */
    String valueOf(Interaction interaction);

    /** The dimensions read straight from an interaction's fields. */
    enum Field implements Dimension {
        /** See {@link Dimension#CHANNEL}. */
        CHANNEL("channel"),
        /** See {@link Dimension#TEAM}. */
        TEAM("team"),
        /** See {@link Dimension#TIER}. */
        TIER("tier"),
        /** See {@link Dimension#AGENT}. */
        AGENT("agent"),
        /** See {@link Dimension#REASON}. */
        REASON("reason");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        /** Returns the field's value without allocating: enum names and id strings are reused. */
        @Override
        public String valueOf(Interaction interaction) {
            switch (this) {
                case CHANNEL:
                    return interaction.channel().name();
                case TEAM:
                    TeamId team = interaction.team();
                    return team == null ? UNKNOWN : team.value();
                case TIER:
                    Tier tier = interaction.agentTier();
                    return tier == null ? UNKNOWN : tier.name();
                case AGENT:
                    AgentId agent = interaction.agentId();
                    return agent == null ? UNKNOWN : agent.value();
                case REASON:
                    ContactReason reason = interaction.reason();
                    return reason == null ? UNKNOWN : reason.key();
                default:
                    throw new AssertionError(this);
            }
        }
    }

    /**
     * The ISO week of {@code queuedAt} in a zone, tag key {@code week}, value such as {@code 2026-W10}.
     *
     * @param zone the zone of the week boundaries
     */
    record Week(ZoneId zone) implements Dimension {

        /** Checks the zone. */
        public Week {
            Checks.notNull(zone, "zone");
        }

        @Override
        public String key() {
            return "week";
        }

        /** Computes the label afresh on each call; {@link KpiSet} keeps a per-week cache instead. */
        @Override
        public String valueOf(Interaction interaction) {
            return new ContactWeek(zone).labelOf(interaction.queuedAt());
        }
    }
}
