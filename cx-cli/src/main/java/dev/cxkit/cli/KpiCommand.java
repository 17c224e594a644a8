package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.KpiFields;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.StandardKpis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx kpi}: the standard KPI set over a file of interactions, overall and per group. */
@Command(name = "kpi", sortOptions = false,
        description = {"Compute the standard KPIs (FCR, CSAT, CES, NPS, AHT, ASA, service level, ...) of a file.",
            "Judged as of the end of the data (the latest endedAt) unless --as-of says otherwise; the first line says "
                + "which. FCR leaves out first contacts whose repeat window runs past that instant and says how many."},
        footer = {"", "Examples:",
            "  cx kpi --input data/interactions.jsonl",
            "  cx kpi --input export.csv --threshold 30s --fcr-window 3d --fcr-scope per_customer --json",
            "  cx kpi --input export.csv --by channel --by hour --zone Europe/Rome",
            "  cx kpi --input export.csv --by team+tier --fcr ticket --csat mean/1-5",
            "  cx kpi --input export.csv --as-of 2026-04-05T22:00:00Z --fcr-keep-censored --roster agents.csv",
            "  cx kpi --input export.csv --skip-bad --rejects rejects.jsonl"})
final class KpiCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Mixin
    KpiOptions kpiOptions;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        kpiOptions.zone = input.zoneOrUtc();
        StandardKpis kpis = kpiOptions.create();
        ContainmentPanel containment = new ContainmentPanel();
        ImportReport report = input.read(interaction -> {
            kpis.accept(interaction);
            containment.accept(interaction);
        }, spec.commandLine().getErr(), json);
        containment.judgedAt(kpis.fcrJudgedAt());
        List<KpiValue> values = kpis.results();
        List<GroupTables.Group> groups = kpis.groupings().isEmpty() ? List.of()
                : GroupTables.groups(kpis.groupedResults());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                KpiFields.writeArrayField(g, values);
                if (!groups.isEmpty()) {
                    GroupTables.writeKpiGroups(g, groups);
                }
                GroupTables.writeJudgement(g, kpis);
                containment.writeJson(g);
                writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        GroupTables.printHeader(out, report, input.file, kpis);
        out.println();
        int width = values.stream().mapToInt(v -> label(v).length()).max().orElse(10);
        for (KpiValue value : values) {
            out.printf(Locale.ROOT, "%-" + width + "s  %12s  %,10d%n", label(value),
                    value.value().isPresent() ? value.unit().format(value.value().getAsDouble()) : "-", value.count());
        }
        GroupTables.printCensored(out, kpis);
        GroupTables.printKpis(out, groups);
        containment.print(out);
        List<String> missing = InteractionInput.notRecordedLines(report);
        if (!missing.isEmpty()) {
            out.println();
            missing.forEach(out::println);
        }
    }

    private static String label(KpiValue value) {
        return value.variant().isEmpty() ? value.id() : value.id() + " [" + value.variant() + "]";
    }

    /**
     * Writes the {@code "input"} object: source, read, accepted, rejected and, when records were
     * rejected, their share and most common reasons.
     *
     * @param g the generator, inside an object
     * @param report the import report
     * @throws java.io.IOException if the generator fails
     */
    static void writeInput(com.fasterxml.jackson.core.JsonGenerator g, ImportReport report) throws java.io.IOException {
        g.writeObjectFieldStart("input");
        g.writeStringField("source", report.source());
        g.writeNumberField("read", report.read());
        g.writeNumberField("accepted", report.accepted());
        g.writeNumberField("rejected", report.rejected());
        Rejects.writeJson(g, report);
        if (!report.notRecorded().isEmpty()) {
            // Per field, the accepted records that do not carry it (issue 19 §2).
            g.writeObjectFieldStart("notRecorded");
            for (java.util.Map.Entry<String, Long> entry : report.notRecorded().entrySet()) {
                g.writeNumberField(entry.getKey(), entry.getValue());
            }
            g.writeEndObject();
        }
        if (report.clockSkewAdjusted() > 0) {
            g.writeNumberField("clockSkewAdjusted", report.clockSkewAdjusted());
        }
        g.writeEndObject();
    }
}
