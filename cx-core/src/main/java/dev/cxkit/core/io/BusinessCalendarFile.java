package dev.cxkit.core.io;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.OpeningInterval;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.io.SettingsFile.Setting;

/**
 * Reads and writes a {@link BusinessCalendar} as a {@linkplain SettingsFile settings file}
 * (docs/audit-files.md#calendar-file). Stateless and thread-safe.
 *
 * <pre>
 * # Milan desk: Italian public holidays
 * zone = Europe/Rome
 * monday-friday = 09:00-13:00, 14:00-18:00
 * saturday = closed
 * holidays = 01-01, 01-06, 04-25, 05-01, 06-02, 08-15, 11-01, 12-08, 12-25, 12-26
 * holiday = 2026-04-06                  # Easter Monday 2026
 * </pre>
 *
 * <ul>
 *   <li>{@code zone}: an IANA time zone (such as {@code Asia/Jerusalem}) or an offset ({@code +02:00});
 *       required, once;</li>
 *   <li>a day ({@code monday} … {@code sunday}, or {@code mon} … {@code sun}) or a range of days
 *       ({@code monday-friday}, {@code sunday-thursday}; a range runs forward through the week and
 *       may wrap past Sunday): its opening intervals {@code HH:MM-HH:MM}, separated by commas, in
 *       local time of the zone, the end exclusive, {@code 24:00} for the end of the day; or
 *       {@code closed}. Each day may be named once; a day not named is closed. At least one day
 *       must open;</li>
 *   <li>{@code holiday} or {@code holidays} (repeatable): dates separated by commas, each a
 *       date {@code YYYY-MM-DD}, or a month and day {@code MM-DD} for a holiday on that date every year
 *       (from {@value #FIRST_YEAR} to {@value #LAST_YEAR}). The calendar is closed all day on a
 *       holiday.</li>
 * </ul>
 */
public final class BusinessCalendarFile {

    /** The first year a yearly holiday ({@code MM-DD}) is listed for. */
    public static final int FIRST_YEAR = 1970;
    /** The last year a yearly holiday ({@code MM-DD}) is listed for. */
    public static final int LAST_YEAR = 2099;

    private static final List<String> DAY_NAMES = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private BusinessCalendarFile() {
    }

    /**
     * Reads a calendar file.
     *
     * @param file the file
     * @return the calendar
     * @throws SettingsFileException naming the file, line and problem
     */
    public static BusinessCalendar read(Path file) {
        return from(SettingsFile.read(file));
    }

    /**
     * Parses the text of a calendar file.
     *
     * @param text the text
     * @param source the name used in messages
     * @return the calendar
     * @throws SettingsFileException naming the source, line and problem
     */
    public static BusinessCalendar parse(String text, String source) {
        return from(SettingsFile.parse(text, source));
    }

    /**
     * The calendar a settings file describes.
     *
     * @param file the settings
     * @return the calendar
     * @throws SettingsFileException naming the source, line and problem
     */
    public static BusinessCalendar from(SettingsFile file) {
        Checks.notNull(file, "file");
        Map<String, DayOfWeek[]> dayKeys = dayKeys();
        Set<String> known = new LinkedHashSet<>(List.of("zone", "holiday", "holidays"));
        known.addAll(dayKeys.keySet());
        file.requireKeys(known, Set.of("holiday", "holidays"));
        Setting zoneSetting = file.single("zone");
        if (zoneSetting == null) {
            throw file.error("zone is missing: the calendar needs its time zone.\nMaybe add zone = Europe/Berlin?");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneSetting.value());
        } catch (DateTimeException e) {
            throw file.error(zoneSetting, "zone " + Checks.abbreviate(zoneSetting.value())
                    + " is not a time zone.\nMaybe an IANA name such as Europe/Rome or Asia/Jerusalem, or an offset such as +02:00?");
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
        Map<DayOfWeek, Setting> named = new EnumMap<>(DayOfWeek.class);
        boolean anyOpen = false;
        for (Setting setting : file.settings()) {
            DayOfWeek[] days = dayKeys.get(setting.key());
            if (days == null) {
                continue;
            }
            List<OpeningInterval> intervals = intervals(file, setting);
            for (DayOfWeek day : days) {
                Setting earlier = named.put(day, setting);
                if (earlier != null) {
                    throw file.error(setting, day.name().toLowerCase(Locale.ROOT) + " is given again (line "
                            + earlier.line() + " gave it already).\nMaybe one of the ranges is one day too long?");
                }
                for (OpeningInterval interval : intervals) {
                    try {
                        builder.open(day, interval);
                    } catch (IllegalArgumentException e) {
                        throw file.error(setting, "the opening intervals " + setting.value() + " overlap.\nMaybe merge them into one?");
                    }
                    anyOpen = true;
                }
            }
        }
        if (!anyOpen) {
            throw file.error("no day opens, so the calendar would never open.\nMaybe add monday-friday = 09:00-17:00?");
        }
        for (Setting setting : file.settings()) {
            if (setting.key().equals("holiday") || setting.key().equals("holidays")) {
                builder.holidays(holidays(file, setting));
            }
        }
        return builder.build();
    }

    /**
     * The calendar as the text of a calendar file: the zone, every day that opens, and the holidays
     * as dates, in order. {@link #parse} of the text gives an equal calendar.
     *
     * @param calendar the calendar
     * @return the text, with {@code \n} line ends
     */
    public static String format(BusinessCalendar calendar) {
        Checks.notNull(calendar, "calendar");
        StringBuilder text = new StringBuilder("zone = ").append(calendar.zone().getId()).append('\n');
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningInterval> hours = calendar.openingHours(day);
            text.append(DAY_NAMES.get(day.ordinal())).append(" = ");
            if (hours.isEmpty()) {
                text.append("closed");
            }
            for (int i = 0; i < hours.size(); i++) {
                OpeningInterval interval = hours.get(i);
                text.append(i == 0 ? "" : ", ").append(interval.start())
                        .append('-').append(interval.endsAtEndOfDay() ? "24:00" : interval.end().toString());
            }
            text.append('\n');
        }
        for (LocalDate holiday : new TreeSet<>(calendar.holidays())) {
            text.append("holiday = ").append(holiday).append('\n');
        }
        return text.toString();
    }

    /** Every key that names days: each day in full and in three letters, and every range of two of them. */
    private static Map<String, DayOfWeek[]> dayKeys() {
        Map<String, DayOfWeek[]> keys = new HashMap<>();
        List<String> shortNames = DAY_NAMES.stream().map(n -> n.substring(0, 3)).toList();
        for (int from = 0; from < 7; from++) {
            keys.put(DAY_NAMES.get(from), new DayOfWeek[] {DayOfWeek.of(from + 1)});
            keys.put(shortNames.get(from), new DayOfWeek[] {DayOfWeek.of(from + 1)});
            for (int to = 0; to < 7; to++) {
                if (to == from) {
                    continue;
                }
                int length = (to - from + 7) % 7 + 1;
                DayOfWeek[] range = new DayOfWeek[length];
                for (int k = 0; k < length; k++) {
                    range[k] = DayOfWeek.of((from + k) % 7 + 1);
                }
                keys.put(DAY_NAMES.get(from) + "-" + DAY_NAMES.get(to), range);
                keys.put(shortNames.get(from) + "-" + shortNames.get(to), range);
            }
        }
        return keys;
    }

    private static List<OpeningInterval> intervals(SettingsFile file, Setting setting) {
        List<OpeningInterval> result = new ArrayList<>();
        if (setting.value().equalsIgnoreCase("closed")) {
            return result;
        }
        for (String part : setting.value().split(",", -1)) {
            String text = part.strip();
            int dash = text.indexOf('-');
            try {
                if (dash < 0) {
                    throw new DateTimeParseException("no dash", text, 0);
                }
                String start = text.substring(0, dash).strip();
                String end = text.substring(dash + 1).strip();
                if (start.equals("24:00")) {
                    throw new DateTimeParseException("opens at 24:00", text, 0);
                }
                result.add(new OpeningInterval(LocalTime.parse(start),
                        end.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(end)));
            } catch (DateTimeParseException e) {
                throw file.error(setting, "opening hours " + Checks.abbreviate(text)
                        + " are not HH:MM-HH:MM.\nMaybe 08:00-17:00, several separated by commas, or closed?");
            } catch (IllegalArgumentException e) {
                throw file.error(setting, "opening hours " + Checks.abbreviate(text)
                        + " end before they start.\nMaybe the interval spans midnight? Split it at 24:00 over two days.");
            }
        }
        return result;
    }

    private static List<LocalDate> holidays(SettingsFile file, Setting setting) {
        List<LocalDate> result = new ArrayList<>();
        for (String part : setting.value().split(",", -1)) {
            String text = part.strip();
            try {
                if (text.length() == 5) {
                    MonthDay day = MonthDay.parse("--" + text);
                    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                        if (day.isValidYear(year)) {
                            result.add(day.atYear(year));
                        }
                    }
                } else {
                    result.add(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                throw file.error(setting, "holiday " + Checks.abbreviate(text)
                        + " is not a date.\nMaybe YYYY-MM-DD, or MM-DD for every year, separated by commas?");
            }
        }
        return result;
    }
}
