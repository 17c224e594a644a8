package dev.cxkit.core.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.Spelling;

import org.jspecify.annotations.Nullable;

/**
 * A settings file as cxkit reads them (business calendars, audit thresholds): UTF-8 text, one
 * {@code key = value} per line. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code #} starts a comment that runs to the end of the line; blank lines are ignored;</li>
 *   <li>a key is letters, digits, {@code -} and {@code _}, matched without regard to case; the value
 *       is the rest of the line after the first {@code =}, trimmed;</li>
 *   <li>a key may appear once, unless the format says it repeats ({@link #single}, {@link #all});</li>
 *   <li>a byte order mark at the start is skipped; a file of more than 1 MiB, bytes that are not
 *       UTF-8, or a line without {@code =} are errors naming the line.</li>
 * </ul>
 *
 * <p>Example (a business calendar, see {@link BusinessCalendarFile}):
 * <pre>
 * # Tel Aviv desk
 * zone = Asia/Jerusalem
 * sunday-thursday = 08:00-17:00
 * holidays = 2026-04-02, 2026-09-12
 * </pre>
 */
public final class SettingsFile {

    /** The largest settings file read: settings are short, a larger file is not one. */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * One {@code key = value} line.
     *
     * @param key the key, in lower case
     * @param value the value, trimmed, possibly empty
     * @param line its line in the file, from 1
     */
    public record Setting(String key, String value, int line) {

        /** Validates the fields. */
        public Setting {
            Checks.notNull(key, "key");
            Checks.notNull(value, "value");
            if (line < 1) {
                throw new IllegalArgumentException("The line (" + line + ") of setting " + key + " must be 1 or more.");
            }
        }
    }

    private final String source;
    private final List<Setting> settings;

    private SettingsFile(String source, List<Setting> settings) {
        this.source = source;
        this.settings = List.copyOf(settings);
    }

    /**
     * Reads a settings file.
     *
     * @param file the file
     * @return its settings
     * @throws SettingsFileException if it cannot be read, is too large, is not UTF-8 or has a line
     *     that is not a setting
     */
    public static SettingsFile read(Path file) {
        Checks.notNull(file, "file");
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SettingsFileException(name, 0, "larger than " + MAX_BYTES + " bytes, so not a settings file.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SettingsFileException(name, 0, "no such file.");
        } catch (IOException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName() + ").");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SettingsFileException(name, 0, "not UTF-8 text.\nMaybe save it as UTF-8?");
        }
        return parse(text, name);
    }

    /**
     * Parses the text of a settings file.
     *
     * @param text the whole text
     * @param source the name used in messages, such as the file name
     * @return its settings
     * @throws SettingsFileException if a line is not a setting
     */
    public static SettingsFile parse(String text, String source) {
        Checks.notNull(text, "text");
        Checks.notNull(source, "source");
        if (text.length() > MAX_BYTES) {
            throw new SettingsFileException(source, 0, "longer than " + MAX_BYTES + " characters, so not a settings file.");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Setting> settings = new ArrayList<>();
        String[] lines = body.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            int equals = content.indexOf('=');
            if (equals < 0) {
                throw new SettingsFileException(source, i + 1, "not a setting: a line is key = value."
                        + "\nMaybe the = is missing, or a comment lacks its #?");
            }
            String key = content.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || !key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                throw new SettingsFileException(source, i + 1, "the key before = must be letters, digits, - or _.");
            }
            settings.add(new Setting(key, content.substring(equals + 1).strip(), i + 1));
        }
        return new SettingsFile(source, settings);
    }

    /**
     * The name used in messages.
     *
     * @return the file or source name
     */
    public String source() {
        return source;
    }

    /**
     * The settings in file order.
     *
     * @return the settings
     */
    public List<Setting> settings() {
        return settings;
    }

    /**
     * Checks that every key is one of {@code known} and that none but {@code repeatable} ones
     * appears twice.
     *
     * @param known the keys the format has, as the documentation spells them (compared ignoring case)
     * @param repeatable the keys that may appear more than once, spelled as in {@code known}
     * @return this file
     * @throws SettingsFileException naming the first unknown or repeated key, with the closest known
     *     key as a hint
     */
    public SettingsFile requireKeys(Collection<String> known, Set<String> repeatable) {
        Map<String, String> spelled = new HashMap<>();
        known.forEach(k -> spelled.put(k.toLowerCase(Locale.ROOT), k));
        Set<String> again = new HashSet<>();
        repeatable.forEach(k -> again.add(k.toLowerCase(Locale.ROOT)));
        Map<String, Integer> seen = new HashMap<>();
        for (Setting setting : settings) {
            if (!spelled.containsKey(setting.key())) {
                String near = Spelling.nearest(setting.key(), spelled.keySet());
                String closest = near == null ? null : spelled.get(near);
                throw error(setting, "unknown setting " + Checks.abbreviate(setting.key()) + "."
                        + (closest == null ? "" : "\nMaybe " + closest + "?"));
            }
            Integer earlier = seen.put(setting.key(), setting.line());
            if (earlier != null && !again.contains(setting.key())) {
                throw error(setting, spelled.get(setting.key()) + " is set again (line " + earlier + " set it already).");
            }
        }
        return this;
    }

    /**
     * The value of a key that appears at most once.
     *
     * @param key the key, in lower case
     * @return the setting, or {@code null} if absent
     */
    public @Nullable Setting single(String key) {
        for (Setting setting : settings) {
            if (setting.key().equals(key)) {
                return setting;
            }
        }
        return null;
    }

    /**
     * Every setting of a key, in file order.
     *
     * @param key the key, in lower case
     * @return the settings, possibly empty
     */
    public List<Setting> all(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).toList();
    }

    /**
     * The {@code single} setting of a key as a duration: ISO-8601 ({@code PT45S}, {@code P14D}) or a
     * whole number with a unit, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}
     * ({@code 45s}, {@code 15m}, {@code 24h}, {@code 14d}; a day is 24 hours).
     *
     * @param setting the setting
     * @return the duration
     * @throws SettingsFileException if the value is neither form
     */
    public Duration duration(Setting setting) {
        String text = setting.value().strip();
        try {
            if (text.length() > 1 && (text.charAt(0) == 'P' || text.charAt(0) == 'p' || text.charAt(0) == '-')) {
                return Duration.parse(text);
            }
            int unit = 0;
            while (unit < text.length() && Character.isDigit(text.charAt(unit))) {
                unit++;
            }
            if (unit == 0 || unit > 12) {
                throw new NumberFormatException();
            }
            long amount = Long.parseLong(text.substring(0, unit));
            return switch (text.substring(unit).strip().toLowerCase(Locale.ROOT)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m", "min" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw error(setting, setting.key() + " = " + Checks.abbreviate(text)
                    + " is not a duration.\nMaybe 45s, 15m, 24h, 14d, or ISO-8601 such as PT45S?");
        }
    }

    /**
     * A setting as a decimal number.
     *
     * @param setting the setting
     * @return the number, finite
     * @throws SettingsFileException if the value is not a finite decimal number
     */
    public double number(Setting setting) {
        try {
            double value = Double.parseDouble(setting.value().strip());
            // Double.parseDouble also takes hexadecimal and a trailing d or f; a settings file means decimal.
            if (Double.isFinite(value) && setting.value().strip().chars()
                    .allMatch(c -> Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(setting, setting.key() + " = " + Checks.abbreviate(setting.value()) + " is not a number.\nMaybe 1.5?");
    }

    /**
     * A setting as a whole number.
     *
     * @param setting the setting
     * @return the number
     * @throws SettingsFileException if the value is not a whole number
     */
    public int integer(Setting setting) {
        try {
            return Integer.parseInt(setting.value().strip());
        } catch (NumberFormatException e) {
            throw error(setting, setting.key() + " = " + Checks.abbreviate(setting.value())
                    + " is not a whole number.\nMaybe 20?");
        }
    }

    /**
     * An exception about one setting, naming the file and its line.
     *
     * @param setting the setting
     * @param message what is wrong
     * @return the exception, to throw
     */
    public SettingsFileException error(Setting setting, String message) {
        return new SettingsFileException(source, setting.line(), message);
    }

    /**
     * An exception about the file as a whole, such as a missing setting.
     *
     * @param message what is wrong
     * @return the exception, to throw
     */
    public SettingsFileException error(String message) {
        return new SettingsFileException(source, 0, message);
    }
}
