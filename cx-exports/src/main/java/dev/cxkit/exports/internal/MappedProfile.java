package dev.cxkit.exports.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScale;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.core.io.RejectKind;
import dev.cxkit.exports.MappingFile;
import org.jspecify.annotations.Nullable;

/**
 * Any CSV or TSV through a {@link MappingFile}: each cxkit field from the first non-empty of its
 * columns (else its constant), through its value map; times from date-time columns, or from a date
 * column and clock-time columns in local time, where a clock time more than twelve hours before
 * the anchor's is on the next day (a call that crosses midnight) and one more than twelve hours
 * after it on the day before. Only the fields the mapping names are set; every other fact stays
 * not recorded.
 */
public final class MappedProfile extends Profile {

    private static final List<String> CLOCK_ORDER = List.of("queuedAt", "answeredAt", "endedAt", "abandonedAt",
            "firstReplyAt", "feedbackAt", "statusAt");

    private final MappingFile mapping;
    private final MappingSpec spec;

    /**
     * @param mapping the user's mapping
     */
    public MappedProfile(MappingFile mapping) {
        super("mapped", notRecorded(MappingSpec.parse(mapping.text(), mapping.source())));
        this.mapping = mapping;
        this.spec = MappingSpec.parse(mapping.text(), mapping.source());
    }

    /** The facts a mapping does not name; transfers (and so escalations) have no mapping at all. */
    private static List<InteractionFact> notRecorded(MappingSpec spec) {
        List<InteractionFact> out = new ArrayList<>();
        if (spec.records == MappingSpec.Records.CASE_EVENTS) {
            return out;
        }
        if (!spec.isMapped("talk")) {
            out.add(InteractionFact.TALK);
        }
        if (!spec.isMapped("hold")) {
            out.add(InteractionFact.HOLD);
        }
        if (!spec.isMapped("afterContactWork")) {
            out.add(InteractionFact.AFTER_CONTACT_WORK);
        }
        out.add(InteractionFact.TRANSFERS);
        return out;
    }

    /** The facts under the columns the mapping reads them from, else their plain names. */
    private static FactNames names(MappingSpec spec) {
        return new FactNames(columns(spec, "talk", FactNames.PLAIN.talk()), columns(spec, "hold", FactNames.PLAIN.hold()),
                columns(spec, "afterContactWork", FactNames.PLAIN.afterContactWork()), FactNames.PLAIN.transfers(),
                columns(spec, "abandonedAt", columns(spec, "endedAt", FactNames.PLAIN.abandonWait())),
                columns(spec, "resolved", "resolved"), columns(spec, "csat", columns(spec, "nps", "survey")));
    }

    private static String columns(MappingSpec spec, String field, String otherwise) {
        MappingSpec.Field mapped = spec.fields.get(field);
        if (mapped == null || mapped.columns.isEmpty()) {
            return otherwise;
        }
        return String.join(" | ", mapped.columns.stream().map(MappingSpec.Column::text).toList());
    }

    @Override
    void read(Context context) {
        ZoneId zone = context.options.zone().orElse(spec.zone);
        boolean needsZone = spec.dateColumn != null || spec.dateTimePattern != null && !spec.dateTimePatternHasOffset;
        if (zone == null && needsZone) {
            throw new IllegalArgumentException("The mapping " + mapping.source() + " reads local times but gives no zone."
                    + "\nMaybe add 'zone = Europe/Berlin' to it, or pass --zone?");
        }
        char delimiter = context.delimiter(spec.delimiter);
        FactNames names = names(spec);
        for (Path file : context.files) {
            String name = Context.name(file);
            String[] missing = {null};
            int[] width = {0};
            new CsvSource(name, context.session, delimiter, spec.quote, spec.header).read(file, new CsvSource.Handler() {
                @Override
                public void header(CsvSource.Header header) {
                    missing[0] = missingColumn(header);
                    width[0] = header.size();
                }

                @Override
                public void row(CsvSource.Row row) {
                    if (missing[0] != null) {
                        context.session.reject(name, row.line(), missing[0], RejectKind.MISSING_FIELD, "the column '"
                                + missing[0] + "' that " + mapping.source() + " names is not in this file's header"
                                + (width[0] == 1 ? ". Maybe the file uses another delimiter (--delimiter)?" : ""));
                        return;
                    }
                    try {
                        RowReader reader = new RowReader(row, zone);
                        String skipped = reader.skipReason();
                        if (skipped != null) {
                            context.session.leftOut(skipped, row.where());
                            return;
                        }
                        if (spec.records == MappingSpec.Records.CASE_EVENTS) {
                            CaseEvent event = reader.caseEvent(null);
                            context.session.accept();
                            context.caseEvents.accept(event);
                            return;
                        }
                        Interaction interaction = reader.draft().build(context.session, row.where());
                        CaseEvent event = spec.isMapped("status") ? reader.caseEvent(interaction) : null;
                        context.session.accept(interaction, names);
                        context.interactions.accept(interaction);
                        if (event != null) {
                            context.caseEvents.accept(event);
                        }
                    } catch (RecordException e) {
                        context.session.reject(name, row.line(), e);
                    }
                }
            });
        }
    }

    private @Nullable String missingColumn(CsvSource.Header header) {
        for (MappingSpec.Field field : spec.fields.values()) {
            for (MappingSpec.Column column : field.columns) {
                for (String ref : column.refs()) {
                    if (!header.has(ref)) {
                        return ref;
                    }
                }
            }
        }
        if (spec.dateColumn != null && !header.has(spec.dateColumn)) {
            return spec.dateColumn;
        }
        if (spec.dateAnchor != null && !header.has(spec.dateAnchor)) {
            return spec.dateAnchor;
        }
        return null;
    }

    /** Reads the fields of one row. */
    private final class RowReader {
        private final CsvSource.Row row;
        private final @Nullable ZoneId zone;
        private @Nullable LocalDate date;
        private @Nullable LocalTime anchor;

        RowReader(CsvSource.Row row, @Nullable ZoneId zone) {
            this.row = row;
            this.zone = zone;
        }

        /** The raw text of a field: its first non-empty column, else its constant. */
        @Nullable String raw(String name) {
            MappingSpec.Field field = spec.fields.get(name);
            if (field == null) {
                return null;
            }
            for (MappingSpec.Column column : field.columns) {
                String cell = cell(field, column);
                if (cell != null) {
                    return cell;
                }
            }
            return field.constant;
        }

        /** A column's text, or a template filled in; {@code null} if empty or marked empty. */
        private @Nullable String cell(MappingSpec.Field field, MappingSpec.Column column) {
            if (!column.isTemplate()) {
                String cell = row.get(column.text());
                return cell == null || spec.empty.contains(cell) || field.empty.contains(cell) ? null : cell;
            }
            String text = column.text();
            for (String ref : column.refs()) {
                String cell = row.get(ref);
                if (cell == null || spec.empty.contains(cell) || field.empty.contains(cell)) {
                    return null;
                }
                text = text.replace("{" + ref + "}", cell);
            }
            return text;
        }

        /** The column a field's value came from, for messages. */
        String source(String name) {
            MappingSpec.Field field = spec.fields.get(name);
            if (field == null) {
                return name;
            }
            for (MappingSpec.Column column : field.columns) {
                if (cell(field, column) != null) {
                    return column.text();
                }
            }
            return field.columns.isEmpty() ? "const." + name
                    : String.join(" | ", field.columns.stream().map(MappingSpec.Column::text).toList());
        }

        /** The value after the field's value map; {@link MappingSpec#SKIP} if the map says so. */
        @Nullable String value(String name) {
            String raw = raw(name);
            MappingSpec.Field field = spec.fields.get(name);
            if (raw == null || field == null || field.map.isEmpty() && field.mapDefault == null) {
                return raw;
            }
            String mapped = field.map.get(Vocabulary.key(raw));
            if (mapped != null) {
                return mapped;
            }
            return field.mapDefault != null ? field.mapDefault : raw;
        }

        @Nullable String skipReason() {
            for (MappingSpec.Field field : spec.fields.values()) {
                if (field.map.isEmpty() && field.mapDefault == null) {
                    continue;
                }
                if (MappingSpec.SKIP.equals(value(field.name))) {
                    String raw = raw(field.name);
                    return field.name + " '" + (raw == null ? "" : Cells.shown(raw)) + "' maps to skip";
                }
            }
            return null;
        }

        InteractionDraft draft() {
            InteractionDraft draft = new InteractionDraft();
            draft.id(required("id"), source("id"));
            draft.customerId(required("customerId"), source("customerId"));
            draft.channel(parse("channel", required("channel"), Channel::parse));
            MappingSpec.Outcome outcome = null;
            String outcomeText = value("outcome");
            if (outcomeText != null) {
                outcome = parse("outcome", outcomeText, MappingSpec::outcome);
            }
            Instant queued = time("queuedAt");
            draft.queuedAt(Json.required(queued, "queuedAt (" + source("queuedAt") + ")"), source("queuedAt"));
            Instant answered = time("answeredAt");
            Instant ended = time("endedAt");
            String endedSource = source("endedAt");
            if (outcome == MappingSpec.Outcome.ABANDONED) {
                answered = null;
                Instant abandoned = time("abandonedAt");
                if (abandoned != null) {
                    ended = abandoned;
                    endedSource = source("abandonedAt");
                }
            } else if (outcome == MappingSpec.Outcome.ANSWERED && answered == null) {
                throw new RecordException(source("answeredAt"), RejectKind.MISSING_FIELD, "the outcome '"
                        + Cells.shown(String.valueOf(raw("outcome"))) + "' says answered, but answeredAt ("
                        + source("answeredAt") + ") is empty");
            }
            draft.answeredAt(answered, source("answeredAt"));
            if (answered == null && ended == null) {
                // An abandon whose end the log does not give: its wait is not recorded.
                draft.abandonWaitUnknown();
            } else {
                draft.endedAt(Json.required(ended, "endedAt (" + source("endedAt") + ")"), endedSource);
            }
            draft.mustFit(source("talk"), source("hold"));
            draft.firstReplyAt(time("firstReplyAt"), source("firstReplyAt"));
            draft.talk(duration("talk"));
            draft.hold(duration("hold"));
            draft.afterContactWork(duration("afterContactWork"));
            draft.agent(value("agentId"), source("agentId"));
            draft.team(value("team"), source("team"));
            String tier = value("tier");
            draft.tier(tier == null ? null : parse("tier", tier, Tier::parse));
            String segment = value("segment");
            draft.segment(segment == null ? null : parse("segment", segment, Segment::of));
            draft.reason(value("reason"), source("reason"));
            draft.caseId(value("caseId"), source("caseId"));
            String resolved = value("resolved");
            draft.resolved(resolved == null ? null : Cells.bool(source("resolved"), resolved));
            String csat = value("csat");
            if (csat != null) {
                int score = (int) Cells.integer(source("csat"), csat);
                draft.csat(parse("csat", csat, t -> new CsatScore(score, CsatScale.ofMax(spec.csatScale))));
            }
            String ces = value("ces");
            if (ces != null) {
                int score = (int) Cells.integer(source("ces"), ces);
                draft.ces(parse("ces", ces, t -> new CesScore(score, CesScale.ofMax(spec.cesScale))));
            }
            String nps = value("nps");
            if (nps != null) {
                long score = Cells.integer(source("nps"), nps);
                if (score < 0 || score > 10) {
                    throw new RecordException(source("nps"), RejectKind.INVALID_VALUE, "NPS is 0–10, got " + score);
                }
                draft.nps((int) score);
            }
            draft.feedbackAt(time("feedbackAt"), source("feedbackAt"));
            return draft;
        }

        CaseEvent caseEvent(@Nullable Interaction interaction) {
            String caseId = value("caseId");
            if (caseId == null && interaction != null) {
                caseId = interaction.caseId() != null ? interaction.caseId().value() : interaction.id().value();
            }
            CaseStatus status = parse("status", required("status"), CaseStatus::parse);
            Instant at = time("statusAt");
            if (at == null && interaction != null) {
                at = interaction.endedAt();
            }
            String priority = value("priority");
            return new CaseEvent(CaseId.of(Cells.id(source("caseId"), Json.required(caseId, "caseId"))),
                    Json.required(at, "statusAt (" + source("statusAt") + ")"), status,
                    priority == null ? null : parse("priority", priority, Priority::parse));
        }

        private String required(String name) {
            String value = value(name);
            if (value == null) {
                throw new RecordException(source(name), RejectKind.MISSING_FIELD, "no value for " + name);
            }
            return value;
        }

        private <T> T parse(String name, String value, Function<String, T> parser) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new RecordException(source(name), RejectKind.INVALID_VALUE, String.valueOf(e.getMessage())
                        .replace('\n', ' ') + (spec.fields.get(name) != null && spec.fields.get(name).map.isEmpty()
                                ? " Maybe add a value map (map." + name + ".<value> = <target>)?" : ""));
            }
        }

        private @Nullable Duration duration(String name) {
            String text = raw(name);
            if (text == null) {
                return null;
            }
            String column = source(name);
            String unit = spec.fields.get(name).unit;
            return switch (unit) {
                case "clock" -> Cells.clock(column, text, false);
                case "hh:mm" -> Cells.clock(column, text, true);
                case "milliseconds" -> Cells.decimal(column, text, BigDecimal.valueOf(1, 3));
                case "minutes" -> Cells.decimal(column, text, BigDecimal.valueOf(60));
                case "hours" -> Cells.decimal(column, text, BigDecimal.valueOf(3600));
                default -> text.indexOf(':') >= 0 ? Cells.clock(column, text, false) : Cells.seconds(column, text);
            };
        }

        /** A time field as an instant, or {@code null} if its columns are empty. */
        @Nullable Instant time(String name) {
            String text = raw(name);
            if (text == null) {
                return null;
            }
            String column = source(name);
            if (spec.dateColumn == null) {
                if (spec.dateTimePattern != null) {
                    return Cells.localInstant(column, text, spec.dateTimePattern, zone);
                }
                return Cells.instant(column, text, zone);
            }
            LocalTime clock = clock(column, text);
            LocalDate day = date();
            LocalTime reference = anchor();
            long diff = clock.toSecondOfDay() - (long) reference.toSecondOfDay();
            if (diff < -12 * 3600) {
                day = day.plusDays(1);
            } else if (diff > 12 * 3600) {
                day = day.minusDays(1);
            }
            return Cells.inRange(column, day.atTime(clock).atZone(zone).toInstant());
        }

        private LocalDate date() {
            if (date == null) {
                String text = row.get(spec.dateColumn);
                if (text == null || spec.empty.contains(text)) {
                    throw new RecordException(spec.dateColumn, RejectKind.MISSING_FIELD, "no date for the clock times");
                }
                try {
                    TemporalAccessor parsed = spec.datePattern.parse(text.trim());
                    date = LocalDate.from(parsed);
                    if (spec.twoDigitYear) {
                        int year = spec.twoDigitYearsFrom + Math.floorMod(date.getYear() - spec.twoDigitYearsFrom, 100);
                        date = date.withYear(year);
                    }
                } catch (DateTimeException e) {
                    throw new RecordException(spec.dateColumn, RejectKind.INVALID_VALUE, "expected a date like the"
                            + " date-pattern of the mapping, got '" + Cells.shown(text) + "'");
                }
            }
            return date;
        }

        private LocalTime anchor() {
            if (anchor == null) {
                if (spec.dateAnchor != null) {
                    String text = row.get(spec.dateAnchor);
                    if (text != null && !spec.empty.contains(text)) {
                        anchor = clock(spec.dateAnchor, text);
                        return anchor;
                    }
                }
                for (String name : CLOCK_ORDER) {
                    String text = raw(name);
                    if (text != null) {
                        anchor = clock(source(name), text);
                        return anchor;
                    }
                }
                anchor = LocalTime.MIDNIGHT;
            }
            return anchor;
        }

        private LocalTime clock(String column, String text) {
            try {
                TemporalAccessor parsed = spec.timePattern.parse(text.trim());
                return LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                        parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0);
            } catch (DateTimeException e) {
                throw new RecordException(column, RejectKind.INVALID_VALUE, "expected a clock time like the"
                        + " time-pattern of the mapping, got '" + Cells.shown(text) + "'");
            }
        }
    }
}
