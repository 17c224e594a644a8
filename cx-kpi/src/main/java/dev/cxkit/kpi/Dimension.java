package dev.cxkit.kpi;

import java.time.Instant;
import java.time.LocalDate;
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
 * A way to group interactions for {@link KpiSet} and {@link StandardKpis}: a tag key (such as {@code channel}) and the tag
 * value of each interaction (such as {@code PHONE}). A missing value (no team, no agent, no tier, no
 * reason) becomes the tag value {@value #UNKNOWN}; a real value spelled {@code unknown} falls into
 * the same group. Immutable and thread-safe.
 */
public sealed interface Dimension permits Dimension.Field, Dimension.Week, Dimension.HourOfDay, Dimension.Day {

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
    /** The hour of day of {@code queuedAt} in UTC, {@code 00} to {@code 23}. */
    Dimension HOUR = new HourOfDay(ZoneOffset.UTC);
    /** The date of {@code queuedAt} in UTC, for example {@code 2026-03-02}. */
    Dimension DAY = new Day(ZoneOffset.UTC);

    /**
     * The hour of day of {@code queuedAt} in a zone: {@code 00} for 00:00–00:59 local time up to
     * {@code 23}. On a day when clocks go back, both passes through an hour fall into it.
     *
     * @param zone the zone
     * @return the dimension, tag key {@code hour}
     */
    static Dimension hourOfDay(ZoneId zone) {
        return new HourOfDay(zone);
    }

    /**
     * The local date of {@code queuedAt} in a zone, ISO format ({@code 2026-03-02}).
     *
     * @param zone the zone
     * @return the dimension, tag key {@code day}
     */
    static Dimension day(ZoneId zone) {
        return new Day(zone);
    }

    /**
     * The dimension named by a tag key, as a command line takes it: {@code channel}, {@code team},
     * {@code tier}, {@code agent}, {@code reason}, {@code hour}, {@code day} or {@code week}, in any case;
     * the time dimensions in {@code zone}.
     *
     * @param key the tag key
     * @param zone the zone of {@code hour}, {@code day} and {@code week}
     * @return the dimension
     * @throws IllegalArgumentException if the key names no dimension
     */
    static Dimension parse(String key, ZoneId zone) {
        Checks.notNull(key, "dimension");
        Checks.notNull(zone, "zone");
        String name = key.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "hour" -> hourOfDay(zone);
            case "day" -> day(zone);
            case "week" -> week(zone);
            default -> {
                for (Field field : Field.values()) {
                    if (field.key().equals(name)) {
                        yield field;
                    }
                }
                throw new IllegalArgumentException("There is no dimension (" + key + "); known: channel, team, tier, "
                        + "agent, reason, hour, day, week.");
            }
        };
    }

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

    /**
     * The hour of day of {@code queuedAt} in a zone, tag key {@code hour}, value {@code 00} to {@code 23}.
     *
     * @param zone the zone of the clock
     */
    record HourOfDay(ZoneId zone) implements Dimension {

        private static final String[] LABELS = new String[24];

        static {
            for (int h = 0; h < 24; h++) {
                LABELS[h] = (h < 10 ? "0" : "") + h;
            }
        }

        /** Checks the zone. */
        public HourOfDay {
            Checks.notNull(zone, "zone");
        }

        @Override
        public String key() {
            return "hour";
        }

        /** Returns one of 24 shared strings; costs an offset lookup and no allocation. */
        @Override
        public String valueOf(Interaction interaction) {
            Instant at = interaction.queuedAt();
            long local = at.getEpochSecond() + zone.getRules().getOffset(at).getTotalSeconds();
            return LABELS[(int) (Math.floorMod(local, 86_400L) / 3_600)];
        }
    }

    /**
     * The local date of {@code queuedAt} in a zone, tag key {@code day}, value such as {@code 2026-03-02}.
     *
     * @param zone the zone of the calendar
     */
    record Day(ZoneId zone) implements Dimension {

        /** Checks the zone. */
        public Day {
            Checks.notNull(zone, "zone");
        }

        @Override
        public String key() {
            return "day";
        }

        @Override
        public String valueOf(Interaction interaction) {
            return LocalDate.ofInstant(interaction.queuedAt(), zone).toString();
        }
    }
}
