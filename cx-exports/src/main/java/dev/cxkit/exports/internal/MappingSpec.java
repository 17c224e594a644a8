package dev.cxkit.exports.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.exports.MappingFileException;
import org.jspecify.annotations.Nullable;

/**
 * A checked mapping file (see {@link dev.cxkit.exports.MappingFile} and docs/exports.md): settings,
 * and per cxkit field its columns, constant, empty markers, value map and unit. Everything that can
 * be wrong with the file itself is found here, with its line, before any data is read. Immutable
 * after parsing.
 */
public final class MappingSpec {

    /** What a data row becomes. */
    enum Records { INTERACTIONS, CASE_EVENTS }

    /** What an outcome value means. */
    enum Outcome { ANSWERED, ABANDONED, SKIP }

    /** The value a field's map sends a data value to, or {@link #SKIP}. */
    static final String SKIP = "skip";

    private static final Set<String> TIME_FIELDS = Set.of("queuedAt", "answeredAt", "endedAt", "abandonedAt",
            "firstReplyAt", "feedbackAt", "statusAt");
    private static final Set<String> DURATION_FIELDS = Set.of("talk", "hold", "afterContactWork");
    private static final Set<String> FIELDS = Set.of("id", "customerId", "channel", "queuedAt", "answeredAt",
            "endedAt", "abandonedAt", "firstReplyAt", "talk", "hold", "afterContactWork", "agentId", "team", "tier",
            "segment", "reason", "caseId", "resolved", "outcome", "csat", "ces", "nps", "feedbackAt", "status",
            "priority", "statusAt");
    private static final Set<String> SETTINGS = Set.of("delimiter", "quote", "header", "zone", "date-time-pattern",
            "date-column", "date-pattern", "time-pattern", "date-anchor", "empty", "records", "csat-scale",
            "ces-scale", "two-digit-years-from");
    private static final Set<String> UNITS = Set.of("seconds", "milliseconds", "minutes", "hours", "clock", "hh:mm");

    /**
     * One alternative of a field: a column name, or a template such as {@code {vru+line}-{call_id}}
     * that joins several columns (empty if any of them is empty).
     */
    record Column(String text, List<String> refs) {
        boolean isTemplate() {
            return text.indexOf('{') >= 0;
        }
    }

    /** How one cxkit field is read. */
    static final class Field {
        final String name;
        final List<Column> columns = new ArrayList<>();
        @Nullable String constant;
        final Set<String> empty = new LinkedHashSet<>();
        final Map<String, String> map = new LinkedHashMap<>();
        @Nullable String mapDefault;
        String unit = "seconds";

        Field(String name) {
            this.name = name;
        }

        boolean isMapped() {
            return !columns.isEmpty() || constant != null;
        }
    }

    final String source;
    char delimiter = ',';
    @Nullable Character quote = '"';
    boolean header = true;
    @Nullable ZoneId zone;
    @Nullable DateTimeFormatter dateTimePattern;
    /** Whether {@link #dateTimePattern} reads an offset or a zone, so that no zone is needed. */
    boolean dateTimePatternHasOffset;
    @Nullable String dateColumn;
    DateTimeFormatter datePattern = pattern("yyyy-MM-dd");
    /** Whether {@link #datePattern} has a two-digit year, which {@link #twoDigitYearsFrom} places. */
    boolean twoDigitYear;
    /**
     * The first year of the hundred that two-digit years fall in: Java reads {@code yy} as 2000–2099,
     * so that "990201" would be 2099; with the default 1970, "99" is 1999 and "05" is 2005.
     */
    int twoDigitYearsFrom = 1970;
    DateTimeFormatter timePattern = pattern("H:mm[:ss]");
    @Nullable String dateAnchor;
    final Set<String> empty = new LinkedHashSet<>();
    Records records = Records.INTERACTIONS;
    int csatScale = 5;
    int cesScale = 7;
    final Map<String, Field> fields = new LinkedHashMap<>();

    private MappingSpec(String source) {
        this.source = source;
    }

    Field field(String name) {
        return fields.computeIfAbsent(name, Field::new);
    }

    boolean isMapped(String name) {
        Field field = fields.get(name);
        return field != null && field.isMapped();
    }

    /**
     * Parses and checks a mapping.
     *
     * @param text the mapping text
     * @param source its name, for messages
     * @return the spec
     * @throws MappingFileException naming the line of the first fault
     */
    public static MappingSpec parse(String text, String source) {
        MappingSpec spec = new MappingSpec(source);
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = stripComment(i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i]);
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw spec.fault(lineNumber, "expected 'key = value', got '" + Cells.shown(line.strip()) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            Integer previous = seen.putIfAbsent(key, lineNumber);
            if (previous != null) {
                throw spec.fault(lineNumber, "the key '" + key + "' was already given on line " + previous);
            }
            spec.apply(lineNumber, key, value);
        }
        spec.check();
        return spec;
    }

    private static String stripComment(String line) {
        // '#' starts a comment unless it is the value of a one-character setting such as "delimiter = #".
        int hash = line.indexOf('#');
        if (hash < 0) {
            return line;
        }
        int eq = line.indexOf('=');
        if (eq >= 0 && eq < hash && line.substring(eq + 1, hash).isBlank()) {
            int next = line.indexOf('#', hash + 1);
            return next < 0 ? line : line.substring(0, next);
        }
        return line.substring(0, hash);
    }

    private void apply(int line, String key, String value) {
        if (value.isEmpty() && !key.startsWith("empty")) {
            throw fault(line, "the key '" + key + "' has no value");
        }
        if (SETTINGS.contains(key)) {
            setting(line, key, value);
            return;
        }
        if (FIELDS.contains(key)) {
            Field field = field(key);
            for (String column : value.split("\\|")) {
                String trimmed = column.strip();
                if (trimmed.isEmpty()) {
                    throw fault(line, "an empty column name in '" + value + "'");
                }
                field.columns.add(column(line, trimmed));
            }
            return;
        }
        int dot = key.indexOf('.');
        String prefix = dot < 0 ? key : key.substring(0, dot);
        String rest = dot < 0 ? "" : key.substring(dot + 1);
        switch (prefix) {
            case "const" -> knownField(line, rest).constant = value;
            case "empty" -> {
                Field field = knownField(line, rest);
                for (String each : value.split(",")) {
                    field.empty.add(each.strip());
                }
            }
            case "unit" -> {
                Field field = knownField(line, rest);
                if (!DURATION_FIELDS.contains(field.name)) {
                    throw fault(line, "a unit applies to talk, hold and afterContactWork, not to " + field.name);
                }
                String unit = value.toLowerCase(Locale.ROOT);
                if (!UNITS.contains(unit)) {
                    throw fault(line, "unknown unit '" + value + "'. Allowed: " + String.join(", ", UNITS));
                }
                field.unit = unit;
            }
            case "map" -> {
                int second = rest.indexOf('.');
                if (second <= 0 || second == rest.length() - 1) {
                    throw fault(line, "expected map.<field>.<value> = <target>, got '" + key + "'");
                }
                Field field = knownField(line, rest.substring(0, second));
                String from = rest.substring(second + 1);
                String target = checkTarget(line, field.name, value);
                if (from.equals("*")) {
                    field.mapDefault = target;
                } else {
                    field.map.put(Vocabulary.key(from), target);
                }
            }
            default -> throw fault(line, "unknown key '" + key + "'. Settings: " + String.join(", ", sorted(SETTINGS))
                    + "; fields: " + String.join(", ", sorted(FIELDS)) + "; per field: const., empty., unit., map.");
        }
    }

    private Column column(int line, String text) {
        if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return new Column(text, List.of(text));
        }
        List<String> refs = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf('{', at);
            int close = text.indexOf('}', at);
            if (open < 0 && close < 0) {
                break;
            }
            if (open < 0 || close < open) {
                throw fault(line, "unbalanced braces in the template '" + text + "'");
            }
            close = text.indexOf('}', open);
            if (close < 0 || close == open + 1 || text.substring(open + 1, close).indexOf('{') >= 0) {
                throw fault(line, "unbalanced braces or an empty column name in the template '" + text + "'");
            }
            refs.add(text.substring(open + 1, close).strip());
            at = close + 1;
        }
        if (refs.isEmpty()) {
            throw fault(line, "the template '" + text + "' names no column");
        }
        return new Column(text, List.copyOf(refs));
    }

    private Field knownField(int line, String name) {
        if (!FIELDS.contains(name)) {
            throw fault(line, "unknown field '" + name + "'. Fields: " + String.join(", ", sorted(FIELDS)));
        }
        return field(name);
    }

    /** Checks a value-map target against the field's values, so that a typo fails now, not on row 1 000 000. */
    private String checkTarget(int line, String field, String target) {
        if (target.equalsIgnoreCase(SKIP)) {
            return SKIP;
        }
        try {
            switch (field) {
                case "channel" -> Channel.parse(target);
                case "status" -> CaseStatus.parse(target);
                case "priority" -> Priority.parse(target);
                case "tier" -> Tier.parse(target);
                case "segment" -> Segment.of(target);
                case "outcome" -> outcome(target);
                case "resolved" -> Cells.bool(field, target);
                case "csat", "ces", "nps" -> Cells.integer(field, target);
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            throw fault(line, e.getMessage());
        } catch (RecordException e) {
            throw fault(line, "the target '" + Cells.shown(target) + "' of " + field + ": " + e.getMessage());
        }
        return target;
    }

    static Outcome outcome(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "answered" -> Outcome.ANSWERED;
            case "abandoned" -> Outcome.ABANDONED;
            case SKIP -> Outcome.SKIP;
            default -> throw new IllegalArgumentException("Unknown outcome (" + Cells.shown(value)
                    + "). Allowed: answered, abandoned, skip.");
        };
    }

    private void setting(int line, String key, String value) {
        switch (key) {
            case "delimiter" -> delimiter = delimiter(line, value);
            case "quote" -> {
                if (value.equalsIgnoreCase("none")) {
                    quote = null;
                } else if (value.length() == 1) {
                    quote = value.charAt(0);
                } else {
                    throw fault(line, "the quote is one character or 'none', got '" + value + "'");
                }
            }
            case "header" -> header = switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw fault(line, "header is true or false, got '" + value + "'");
            };
            case "zone" -> {
                try {
                    zone = ZoneId.of(value);
                } catch (DateTimeException e) {
                    throw fault(line, "unknown time zone '" + value + "'.\nMaybe a region such as Europe/Berlin?");
                }
            }
            case "date-time-pattern" -> {
                dateTimePattern = pattern(line, value);
                dateTimePatternHasOffset = value.replaceAll("'[^']*'", "").matches(".*[XxZOV].*");
            }
            case "date-column" -> dateColumn = value;
            case "date-pattern" -> {
                datePattern = pattern(line, value);
                twoDigitYear = value.replaceAll("'[^']*'", "").matches(".*(?<![yu])[yu]{2}(?![yu]).*");
            }
            case "two-digit-years-from" -> {
                try {
                    twoDigitYearsFrom = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    throw fault(line, "two-digit-years-from is a year such as 1950, got '" + value + "'");
                }
                if (twoDigitYearsFrom < 1900 || twoDigitYearsFrom > 2100) {
                    throw fault(line, "two-digit-years-from is a year between 1900 and 2100, got " + twoDigitYearsFrom);
                }
            }
            case "time-pattern" -> timePattern = pattern(line, value);
            case "date-anchor" -> dateAnchor = value;
            case "empty" -> {
                for (String each : value.split(",")) {
                    empty.add(each.strip());
                }
            }
            case "records" -> records = switch (value.toLowerCase(Locale.ROOT)) {
                case "interactions" -> Records.INTERACTIONS;
                case "case-events" -> Records.CASE_EVENTS;
                default -> throw fault(line, "records is interactions or case-events, got '" + value + "'");
            };
            case "csat-scale" -> csatScale = scale(line, value, Set.of(3, 5, 7, 10));
            case "ces-scale" -> cesScale = scale(line, value, Set.of(5, 7));
            default -> throw new IllegalStateException(key);
        }
    }

    private int scale(int line, String value, Set<Integer> allowed) {
        try {
            int max = Integer.parseInt(value);
            if (allowed.contains(max)) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw fault(line, "the scale is the highest answer, one of " + allowed + ", got '" + value + "'");
    }

    private char delimiter(int line, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t":
                return '\t';
            case "comma":
                return ',';
            case "semicolon":
                return ';';
            case "pipe":
                return '|';
            default:
                if (value.length() == 1 && value.charAt(0) != '"') {
                    return value.charAt(0);
                }
                throw fault(line, "the delimiter is tab, comma, semicolon, pipe or one character, got '" + value + "'");
        }
    }

    private DateTimeFormatter pattern(int line, String value) {
        try {
            return pattern(value);
        } catch (IllegalArgumentException e) {
            throw fault(line, "not a date-time pattern: '" + value + "' (" + e.getMessage() + ")");
        }
    }

    private static DateTimeFormatter pattern(String value) {
        // 'uuuu' with STRICT resolving would reject 'yyyy' patterns without an era: SMART keeps users' patterns working.
        return DateTimeFormatter.ofPattern(value, Locale.ROOT).withResolverStyle(ResolverStyle.SMART);
    }

    private void check() {
        if (records == Records.INTERACTIONS) {
            for (String required : List.of("id", "customerId", "channel", "queuedAt", "endedAt")) {
                if (!isMapped(required)) {
                    throw fault(0, "no column or constant for the required field '" + required
                            + "'.\nMaybe add '" + required + " = <column>'" + (required.equals("channel")
                                    ? " or 'const.channel = PHONE'" : "") + "?");
                }
            }
        } else {
            for (String required : List.of("caseId", "statusAt", "status")) {
                if (!isMapped(required)) {
                    throw fault(0, "records = case-events needs the field '" + required + "'.\nMaybe add '"
                            + required + " = <column>'?");
                }
            }
        }
        for (Field field : fields.values()) {
            if (TIME_FIELDS.contains(field.name) && field.constant != null) {
                throw fault(0, "the time field '" + field.name + "' cannot be a constant");
            }
            if (!field.isMapped() && (!field.map.isEmpty() || field.mapDefault != null || !field.empty.isEmpty())) {
                throw fault(0, "the field '" + field.name + "' has a value map or empty markers but no column");
            }
        }
        if (dateColumn == null && (dateAnchor != null)) {
            throw fault(0, "date-anchor needs date-column");
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private MappingFileException fault(int line, String message) {
        return new MappingFileException(source, line, message);
    }
}
