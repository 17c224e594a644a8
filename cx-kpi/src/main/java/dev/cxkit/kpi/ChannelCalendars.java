package dev.cxkit.kpi;

import java.util.EnumMap;
import java.util.Map;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.internal.Checks;

/**
 * The opening hours of each channel, for the out-of-hours measures ({@link OutOfHoursDemand},
 * {@link ClosingHourWhatIf}): one calendar for every channel, and optionally a calendar of its own
 * for some channels (a phone line open 08:00–20:00 beside an e-mail desk that works 09:00–17:00).
 * Immutable and thread-safe; build one with {@link #builder(BusinessCalendar)} or {@link #of}.
 *
 * <p>There is no {@code ofDefaults()}: opening hours belong to the team, and a guessed default would
 * silently misjudge every contact. The command line uses the generator's calendar when none is given
 * and says so.
 *
 * @param defaultCalendar the calendar of every channel without one of its own
 * @param perChannel the channels with a calendar of their own
 */
public record ChannelCalendars(BusinessCalendar defaultCalendar, Map<Channel, BusinessCalendar> perChannel) {

    /** Checks the calendars and copies the map. */
    public ChannelCalendars {
        Checks.notNull(defaultCalendar, "defaultCalendar");
        Checks.notNull(perChannel, "perChannel");
        perChannel.forEach((channel, calendar) -> {
            Checks.notNull(channel, "channel of perChannel");
            Checks.notNull(calendar, "calendar of " + channel);
        });
        perChannel = perChannel.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(perChannel));
    }

    /**
     * One calendar for every channel.
     *
     * @param calendar the opening hours of all channels
     * @return the calendars
     */
    public static ChannelCalendars of(BusinessCalendar calendar) {
        return new ChannelCalendars(calendar, Map.of());
    }

    /**
     * Starts a builder.
     *
     * @param defaultCalendar the calendar of every channel that is not given one of its own
     * @return a builder
     */
    public static Builder builder(BusinessCalendar defaultCalendar) {
        return new Builder(defaultCalendar);
    }

    /**
     * A builder pre-filled with these calendars.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(defaultCalendar);
        perChannel.forEach(builder::channel);
        return builder;
    }

    /**
     * The opening hours of a channel.
     *
     * @param channel the channel
     * @return its own calendar if it has one, else the default
     */
    public BusinessCalendar calendarFor(Channel channel) {
        return perChannel.getOrDefault(Checks.notNull(channel, "channel"), defaultCalendar);
    }

    /** Builds {@link ChannelCalendars}; not thread-safe. */
    public static final class Builder {
        private BusinessCalendar defaultCalendar;
        private final Map<Channel, BusinessCalendar> perChannel = new EnumMap<>(Channel.class);

        private Builder(BusinessCalendar defaultCalendar) {
            this.defaultCalendar = Checks.notNull(defaultCalendar, "defaultCalendar");
        }

        /**
         * Replaces the calendar of every channel that has none of its own.
         *
         * @param value the calendar
         * @return this builder
         */
        public Builder defaultCalendar(BusinessCalendar value) {
            this.defaultCalendar = Checks.notNull(value, "defaultCalendar");
            return this;
        }

        /**
         * Gives a channel its own opening hours (replacing any given before).
         *
         * @param channel the channel
         * @param calendar its opening hours
         * @return this builder
         */
        public Builder channel(Channel channel, BusinessCalendar calendar) {
            perChannel.put(Checks.notNull(channel, "channel"), Checks.notNull(calendar, "calendar of " + channel));
            return this;
        }

        /**
         * Builds the calendars.
         *
         * @return the calendars
         */
        public ChannelCalendars build() {
            return new ChannelCalendars(defaultCalendar, perChannel);
        }
    }
}
