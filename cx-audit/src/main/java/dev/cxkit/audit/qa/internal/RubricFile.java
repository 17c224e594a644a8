package dev.cxkit.audit.qa.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.audit.qa.QaCheck;
import dev.cxkit.audit.qa.QaCriterion;
import dev.cxkit.audit.qa.QaRubric;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.core.internal.Spelling;
import dev.cxkit.core.io.SettingsFile;
import dev.cxkit.core.io.SettingsFileException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rubric format of docs/qa-rubric.md: {@code id, points, auto-fail | -, check [, params]}
 * per line, {@code #} comments and blank lines ignored, parameters {@code name=duration} separated
 * by {@code ;}. Durations are read as in settings files ({@code 45s}, {@code 15m}, {@code 24h},
 * {@code 1d}, ISO-8601).
 */
public final class RubricFile {

    private RubricFile() {
    }

    /**
     * Reads a rubric file.
     *
     * @param file the file, UTF-8, at most {@link SettingsFile#MAX_BYTES}
     * @return the rubric
     * @throws SettingsFileException naming the file and line of the first problem
     */
    public static QaRubric read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.size(file) > SettingsFile.MAX_BYTES) {
                throw new SettingsFileException(name, 0, "larger than " + SettingsFile.MAX_BYTES
                        + " bytes.\nMaybe this is not a rubric file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SettingsFileException(name, 0, "cannot be read (" + e.getClass().getSimpleName()
                    + ").\nMaybe the path is wrong?");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SettingsFileException(name, 0, "not UTF-8 text.\nMaybe save it as UTF-8?");
        }
        return parse(text, name);
    }

    /**
     * Parses rubric text.
     *
     * @param text the text
     * @param source how errors name it
     * @return the rubric
     * @throws SettingsFileException naming the source and line of the first problem
     */
    public static QaRubric parse(String text, String source) {
        SettingsFile durations = SettingsFile.parse("", source);
        List<QaCriterion> criteria = new ArrayList<>();
        Map<String, Integer> idLines = new LinkedHashMap<>();
        Map<QaCheck, Integer> checkLines = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i];
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String content = raw.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split(",", -1);
            if (fields.length < 4 || fields.length > 5) {
                throw new SettingsFileException(source, line, "a criterion has 4 or 5 comma-separated fields, this line has "
                        + fields.length + ".\nMaybe write it as: hold-explained, 10, -, hold-explained");
            }
            String id = fields[0].strip();
            int points = points(fields[1].strip(), source, line);
            boolean autoFail = autoFail(fields[2].strip(), source, line);
            QaCheck check = check(fields[3].strip(), source, line);
            Map<String, Duration> parameters = fields.length == 5
                    ? parameters(fields[4].strip(), check, durations, line) : Map.of();
            Integer earlier = idLines.putIfAbsent(id, line);
            if (earlier != null) {
                throw new SettingsFileException(source, line, "the criterion id " + Checks.abbreviate(id)
                        + " is already used on line " + earlier + ".\nMaybe give this one another name?");
            }
            Integer earlierCheck = checkLines.putIfAbsent(check, line);
            if (earlierCheck != null) {
                throw new SettingsFileException(source, line, "the check " + check.id() + " is already used on line "
                        + earlierCheck + "; a check appears once per rubric.\nMaybe give that one criterion the points of both?");
            }
            try {
                criteria.add(new QaCriterion(id, points, autoFail, check, parameters));
            } catch (IllegalArgumentException e) {
                throw new SettingsFileException(source, line, lowerFirst(e.getMessage()));
            }
        }
        if (criteria.isEmpty()) {
            throw new SettingsFileException(source, 0, "no criterion.\nMaybe copy the default rubric from docs/qa-rubric.md and edit it?");
        }
        return new QaRubric(criteria);
    }

    private static int points(String text, String source, int line) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SettingsFileException(source, line, "points '" + Checks.abbreviate(text)
                    + "' is not a whole number.\nMaybe 10?");
        }
    }

    private static boolean autoFail(String text, String source, int line) {
        String key = text.toLowerCase(Locale.ROOT);
        if (key.equals("auto-fail")) {
            return true;
        }
        if (key.equals("-") || key.isEmpty()) {
            return false;
        }
        throw new SettingsFileException(source, line, "the auto-fail field '" + Checks.abbreviate(text)
                + "' is neither auto-fail nor -.\nMaybe " + (key.startsWith("auto") || key.equals("yes") || key.equals("true")
                        ? "auto-fail" : "-") + "?");
    }

    private static QaCheck check(String text, String source, int line) {
        try {
            return QaCheck.fromId(text);
        } catch (IllegalArgumentException e) {
            String closest = closest(text.toLowerCase(Locale.ROOT), QaCheck.ids());
            throw new SettingsFileException(source, line, e.getMessage()
                    + (closest == null ? "" : "\nMaybe " + closest + "?"));
        }
    }

    private static Map<String, Duration> parameters(String text, QaCheck check, SettingsFile durations, int line) {
        Map<String, Duration> parameters = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return parameters;
        }
        for (String part : text.split(";", -1)) {
            String pair = part.strip();
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new SettingsFileException(durations.source(), line, "the parameter '" + Checks.abbreviate(pair)
                        + "' is not name=duration.\nMaybe " + (check.parameters().isEmpty() ? "leave the field empty"
                                : new java.util.TreeSet<>(check.parameters()).first() + "=45s") + "?");
            }
            String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!check.parameters().contains(name)) {
                String closest = closest(name, List.copyOf(check.parameters()));
                throw new SettingsFileException(durations.source(), line, "the check " + check.id()
                        + " takes no parameter '" + Checks.abbreviate(name) + "'"
                        + (check.parameters().isEmpty() ? ".\nMaybe leave the field empty?"
                                : "; it takes " + String.join(", ", new java.util.TreeSet<>(check.parameters()))
                                        + ".\nMaybe " + (closest != null ? closest : "one of them") + "?"));
            }
            if (parameters.containsKey(name)) {
                throw new SettingsFileException(durations.source(), line, "the parameter " + name + " is given twice.");
            }
            parameters.put(name, durations.duration(new SettingsFile.Setting(name, pair.substring(eq + 1).strip(), line)));
        }
        return parameters;
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** The candidate nearest to {@code word} by edit distance, if at most 3 edits away. */
    static @Nullable String closest(String word, List<String> candidates) {
        return Spelling.nearest(word, candidates);
    }
}
