package dev.cxkit.flink.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * The group KPIs are counted in: team, channel and ISO week (UTC) of {@code queuedAt}, with the tag
 * values of {@link Dimension#TEAM}, {@link Dimension#CHANNEL} and {@link Dimension#WEEK}; a roll-up
 * leaves out team and channel (one week) or everything (the total). A Flink POJO (record), so it is a
 * valid key and is serialised without Kryo.
 *
 * @param team the team id, {@value Dimension#UNKNOWN}, or {@code null} in a roll-up
 * @param channel the channel name, or {@code null} in a roll-up
 * @param week the week label, for example {@code 2026-W10}, or {@code null} for the total
 * @param weekStart the Monday 00:00 UTC that starts the week, epoch milliseconds (0 for the total)
 */
public record GroupKey(@Nullable String team, @Nullable String channel, @Nullable String week, long weekStart) {

    /** The group of everything. */
    public static final GroupKey TOTAL = new GroupKey(null, null, null, 0);

    private static final long DAY = 86_400_000L;
    // 1970-01-01 was a Thursday: Mondays are 4 days after the epoch, modulo 7.
    private static final long MONDAY_OFFSET = 4 * DAY;

    /**
     * The group of an interaction.
     *
     * @param interaction the interaction
     * @return its team, channel and week
     */
    public static GroupKey of(Interaction interaction) {
        long start = weekStart(interaction.queuedAt().toEpochMilli());
        return new GroupKey(Dimension.TEAM.valueOf(interaction), Dimension.CHANNEL.valueOf(interaction),
                Dimension.WEEK.valueOf(interaction), start);
    }

    /**
     * The start of the UTC ISO week holding an instant.
     *
     * @param epochMillis the instant in epoch milliseconds
     * @return the Monday 00:00 UTC at or before it, epoch milliseconds
     */
    public static long weekStart(long epochMillis) {
        long week = 7 * DAY;
        return Math.floorDiv(epochMillis - MONDAY_OFFSET, week) * week + MONDAY_OFFSET;
    }

    /**
     * The roll-up of this group's week over all teams and channels.
     *
     * @return the week group
     */
    public GroupKey weekRollUp() {
        return new GroupKey(null, null, week, weekStart);
    }

    /**
     * The tags of this group, in the order team, channel, week; absent parts are left out.
     *
     * @return the tags, for example {@code {team=billing, channel=PHONE, week=2026-W10}}
     */
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        if (team != null) {
            tags.put(Dimension.TEAM.key(), team);
        }
        if (channel != null) {
            tags.put(Dimension.CHANNEL.key(), channel);
        }
        if (week != null) {
            tags.put(Dimension.WEEK.key(), week);
        }
        return tags;
    }
}
