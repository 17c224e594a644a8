package dev.cxkit.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.Channel;
import dev.cxkit.core.io.BusinessCalendarFile;
import dev.cxkit.core.io.SettingsFileException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code --calendar [CHANNEL=]FILE} values of {@code cx audit} and {@code cx coverage}: at most
 * one calendar for every channel and one per named channel, read from calendar files.
 */
final class CalendarOptions {

    private CalendarOptions() {
    }

    /**
     * Reads each value's file and hands it on.
     *
     * @param values the option values, e.g. {@code hours.calendar} or {@code email=desk.calendar}
     * @param exampleChannel the channel the hint of a second general calendar names, e.g. {@code email}
     * @param general receives the calendar for every channel
     * @param perChannel receives a channel's own calendar
     * @throws BadInputException naming the value if a file is bad or a calendar is given twice
     */
    static void read(List<String> values, String exampleChannel, Consumer<BusinessCalendar> general,
            BiConsumer<Channel, BusinessCalendar> perChannel) {
        Set<Channel> seen = EnumSet.noneOf(Channel.class);
        boolean generalSeen = false;
        try {
            for (String value : values) {
                int equals = value.indexOf('=');
                Channel channel = equals > 0 ? channel(value.substring(0, equals)) : null;
                if (channel == null) {
                    if (generalSeen) {
                        throw new BadInputException("--calendar " + value + ": a second calendar for every channel."
                                + "\nMaybe prefix it with the channel it is for, e.g. " + exampleChannel + "=" + value + "?");
                    }
                    generalSeen = true;
                    general.accept(BusinessCalendarFile.read(Path.of(value)));
                } else {
                    if (!seen.add(channel)) {
                        throw new BadInputException("--calendar " + value + ": a second calendar for " + channel + ".");
                    }
                    perChannel.accept(channel, BusinessCalendarFile.read(Path.of(value.substring(equals + 1))));
                }
            }
        } catch (SettingsFileException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The channel named before = in a --calendar value, or null if that is no channel (a file name with =). */
    private static @Nullable Channel channel(String name) {
        for (Channel channel : Channel.values()) {
            if (channel.name().equalsIgnoreCase(name.strip())) {
                return channel;
            }
        }
        return null;
    }
}
