package dev.cxkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.kpi.FcrCounts;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.GroupedKpiValue;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.ScorecardRow;
import dev.cxkit.kpi.StandardKpis;
import org.jspecify.annotations.Nullable;

/**
 * The parts {@code cx kpi}, {@code cx scorecard} and {@code cx report} print alike: the line saying
 * what was read and when it was judged, the censoring note, and the per-group tables of {@code --by}
 * (one row per group, the headline KPIs or the scorecard's rows as columns) with their JSON.
 */
final class GroupTables {

    /** One group: its tags and its values in the standard order. */
    record Group(Map<String, String> tags, List<KpiValue> values) {
        String label() {
            return String.join(" / ", tags.values());
        }

        String by() {
            return String.join("+", tags.keySet());
        }
    }

    /** A column of the per-group KPI table: a header and the value it shows. */
    private record Column(String header, String id, @Nullable String variant) {
    }

    private static final List<Column> HEADLINE = List.of(
            new Column("FCR", "cx.kpi.fcr", null),
            new Column("repeat", "cx.kpi.repeat_contact", null),
            new Column("CSAT", "cx.kpi.csat", null),
            new Column("CES 1-5", "cx.kpi.ces", "effort-1-5"),
            new Column("NPS", "cx.kpi.nps", null),
            new Column("AHT", "cx.kpi.aht", null),
            new Column("ASA", "cx.kpi.asa", null),
            new Column("SL f3", "cx.kpi.service_level", "formula3"),
            new Column("abandon", "cx.kpi.abandonment", null),
            new Column("transfer", "cx.kpi.transfer", null),
            new Column("escalate", "cx.kpi.escalation", null));

    private GroupTables() {
    }

    /**
     * The groups of grouped results, in order, leaving out the overall values.
     *
     * @param values the grouped results
     * @return the groups
     */
    static List<Group> groups(List<GroupedKpiValue> values) {
        Map<Map<String, String>, List<KpiValue>> groups = new LinkedHashMap<>();
        for (GroupedKpiValue value : values) {
            if (!value.isOverall()) {
                groups.computeIfAbsent(value.tags(), t -> new ArrayList<>()).add(value.value());
            }
        }
        List<Group> result = new ArrayList<>();
        groups.forEach((tags, kpis) -> result.add(new Group(tags, List.copyOf(kpis))));
        return result;
    }

    /**
     * The first line of the text output: how many interactions from where, and the as-of instant.
     *
     * @param out the output
     * @param report the import report
     * @param input the input file as given
     * @param kpis the finished set
     */
    static void printHeader(PrintWriter out, ImportReport report, Object input, StandardKpis kpis) {
        Instant asOf = kpis.asOf();
        out.printf(Locale.ROOT, "%,d interactions from %s, judged as of %s%n", report.accepted(), input,
                asOf == null ? "- (no data)" : asOf + (kpis.config().asOf() == null ? " (the end of the data)"
                        : " (--as-of)"));
    }

    /**
     * The censoring note after the values: how many first contacts were left out and why.
     *
     * @param out the output
     * @param kpis the finished set
     */
    static void printCensored(PrintWriter out, StandardKpis kpis) {
        FcrCounts counts = kpis.fcrCounts();
        Instant judgedAt = kpis.fcrJudgedAt();
        if (kpis.config().fcr() instanceof FcrVariant.RepeatWindow window && judgedAt != null) {
            out.printf(Locale.ROOT, "%nFCR is judged at %s (%s) and leaves out %,d first contacts whose %s repeat "
                    + "window runs past it: a repeat may still come (--fcr-keep-censored counts them as judged).%n",
                    judgedAt, kpis.config().asOf() == null ? "the last contact in the data" : "--as-of",
                    counts.censored(), days(window.window()));
        }
    }

    /**
     * Writes {@code "asOf"} and {@code "fcrCounts"} inside an open JSON object.
     *
     * @param json the generator
     * @param kpis the finished set
     * @throws IOException if the generator fails
     */
    static void writeJudgement(JsonGenerator json, StandardKpis kpis) throws IOException {
        Instant asOf = kpis.asOf();
        if (asOf == null) {
            json.writeNullField("asOf");
        } else {
            json.writeStringField("asOf", asOf.toString());
        }
        json.writeStringField("asOfSource", kpis.config().asOf() == null ? "end-of-data" : "option");
        Instant fcrJudgedAt = kpis.fcrJudgedAt();
        if (fcrJudgedAt == null) {
            json.writeNullField("fcrJudgedAt");
        } else {
            json.writeStringField("fcrJudgedAt", fcrJudgedAt.toString());
        }
        FcrCounts c = kpis.fcrCounts();
        json.writeObjectFieldStart("fcrCounts");
        json.writeNumberField("accepted", c.accepted());
        json.writeNumberField("abandoned", c.abandoned());
        json.writeNumberField("afterObservationEnd", c.afterObservationEnd());
        json.writeNumberField("withoutCase", c.withoutCase());
        json.writeNumberField("unknownOutcome", c.unknownOutcome());
        json.writeNumberField("contacts", c.contacts());
        json.writeNumberField("repeats", c.repeats());
        json.writeNumberField("firstContacts", c.firstContacts());
        json.writeNumberField("censored", c.censored());
        json.writeNumberField("unclassified", c.unclassified());
        json.writeNumberField("eligible", c.eligible());
        json.writeNumberField("resolved", c.resolved());
        json.writeEndObject();
    }

    /**
     * Prints one table per grouping: a row per group, the headline KPIs as columns.
     *
     * @param out the output
     * @param groups the groups
     */
    static void printKpis(PrintWriter out, List<Group> groups) {
        printTables(out, groups, group -> {
            List<String> cells = new ArrayList<>();
            for (Column column : HEADLINE) {
                KpiValue value = find(group.values(), column.id(), column.variant());
                cells.add(value == null || value.isEmpty() ? "-" : value.unit().format(value.value().getAsDouble()));
            }
            return cells;
        }, HEADLINE.stream().map(Column::header).toList(), "every value of every group is in --json");
    }

    /**
     * Prints one table per grouping: a row per group, the scorecard's rows as columns, {@code !} after a
     * value that does not meet its target. Benchmarks without data in any group are left out.
     *
     * @param out the output
     * @param groups the groups
     * @param scorecard the scorecard
     */
    static void printScorecards(PrintWriter out, List<Group> groups, Scorecard scorecard) {
        List<Scorecard.Report> reports = groups.stream().map(g -> scorecard.evaluate(g.values())).toList();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < scorecard.benchmarks().size(); i++) {
            final int row = i;
            if (reports.stream().anyMatch(r -> r.rows().get(row).status() != ScorecardRow.Status.NO_DATA)) {
                shown.add(i);
            }
        }
        List<String> headers = shown.stream().map(i -> shortLabel(scorecard.benchmarks().get(i).kpiId())).toList();
        Map<Group, Scorecard.Report> byGroup = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            byGroup.put(groups.get(g), reports.get(g));
        }
        printTables(out, groups, group -> {
            List<String> cells = new ArrayList<>();
            for (int i : shown) {
                ScorecardRow row = byGroup.get(group).rows().get(i);
                cells.add(row.value().isPresent() ? row.benchmark().unit().format(row.value().getAsDouble())
                        + (row.status() == ScorecardRow.Status.NOT_MET ? "!" : " ") : "- ");
            }
            return cells;
        }, headers, "! marks a value that misses its target; --json has the rows of every group");
    }

    /**
     * Writes {@code "groups"}: an array of {@code {"by", "tags", "kpis"}} objects.
     *
     * @param json the generator, inside an object
     * @param groups the groups
     * @throws IOException if the generator fails
     */
    static void writeKpiGroups(JsonGenerator json, List<Group> groups) throws IOException {
        json.writeArrayFieldStart("groups");
        for (Group group : groups) {
            json.writeStartObject();
            writeTags(json, group);
            KpiFields.writeArrayField(json, group.values());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * Writes {@code "groups"}: an array of {@code {"by", "tags", "scorecard"}} objects.
     *
     * @param json the generator, inside an object
     * @param groups the groups
     * @param scorecard the scorecard
     * @throws IOException if the generator fails
     */
    static void writeScorecardGroups(JsonGenerator json, List<Group> groups, Scorecard scorecard) throws IOException {
        json.writeArrayFieldStart("groups");
        for (Group group : groups) {
            json.writeStartObject();
            writeTags(json, group);
            json.writeFieldName("scorecard");
            ScorecardFields.write(json, scorecard.evaluate(group.values()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTags(JsonGenerator json, Group group) throws IOException {
        json.writeStringField("by", group.by());
        json.writeObjectFieldStart("tags");
        for (Map.Entry<String, String> tag : group.tags().entrySet()) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
        json.writeEndObject();
    }

    private static void printTables(PrintWriter out, List<Group> groups, Function<Group, List<String>> cellsOf,
            List<String> headers, String note) {
        Map<String, List<Group>> byGrouping = new LinkedHashMap<>();
        for (Group group : groups) {
            byGrouping.computeIfAbsent(group.by(), k -> new ArrayList<>()).add(group);
        }
        for (Map.Entry<String, List<Group>> grouping : byGrouping.entrySet()) {
            List<String[]> lines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            header.add("By " + grouping.getKey().replace("+", " and "));
            header.addAll(headers);
            lines.add(header.toArray(String[]::new));
            for (Group group : grouping.getValue()) {
                List<String> line = new ArrayList<>();
                line.add(group.label());
                line.addAll(cellsOf.apply(group));
                lines.add(line.toArray(String[]::new));
            }
            int[] widths = new int[header.size()];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            out.println();
            for (String[] line : lines) {
                StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + widths[0] + "s", line[0]));
                for (int i = 1; i < line.length; i++) {
                    text.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", line[i]));
                }
                out.println(text.toString().stripTrailing());
            }
        }
        if (!groups.isEmpty()) {
            out.println("(" + note + ")");
        }
    }

    private static String days(java.time.Duration window) {
        return window.toSeconds() % 86_400 == 0 && window.getNano() == 0 ? window.toDays() + "-day" : window.toString();
    }

    private static @Nullable KpiValue find(List<KpiValue> values, String id, @Nullable String variant) {
        for (KpiValue value : values) {
            if (value.id().equals(id) && (variant == null || variant.equals(value.variant()))) {
                return value;
            }
        }
        return null;
    }

    private static String shortLabel(String kpiId) {
        return switch (kpiId) {
            case "cx.kpi.fcr" -> "FCR";
            case "cx.kpi.csat" -> "CSAT";
            case "cx.kpi.ces" -> "CES";
            case "cx.kpi.nps" -> "NPS";
            case "cx.kpi.aht" -> "AHT";
            case "cx.kpi.asa" -> "ASA";
            case "cx.kpi.service_level" -> "SL";
            case "cx.kpi.abandonment" -> "abandon";
            case "cx.kpi.repeat_contact" -> "repeat";
            case "cx.kpi.first_reply.p90" -> "reply p90";
            case "cx.kpi.hold.over_limit" -> "hold>5m";
            case "cx.kpi.feedback.closed_within" -> "fb closed";
            default -> kpiId.startsWith("cx.kpi.") ? kpiId.substring("cx.kpi.".length()) : kpiId;
        };
    }
}
