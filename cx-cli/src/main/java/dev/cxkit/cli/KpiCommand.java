package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.StandardKpis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.KpiFields;

/** {@code cx kpi}: the standard KPI set over a file of interactions. */
@Command(name = "kpi", sortOptions = false,
        description = "Compute the standard KPIs (FCR, CSAT, CES, NPS, AHT, ASA, service level, ...) of a file.",
        footer = {"", "Examples:",
            "  cx kpi --input data/interactions.jsonl",
            "  cx kpi --input export.csv --threshold PT30S --fcr-window P3D --fcr-scope PER_CUSTOMER --json"})
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
        StandardKpis kpis = StandardKpis.create(kpiOptions.config());
        ImportReport report = input.read(kpis::accept, spec.commandLine().getErr(), json);
        List<KpiValue> values = kpis.results();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                KpiFields.writeArrayField(g, values);
                writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%,d interactions from %s%n%n", input.interactions, input.file);
        int width = values.stream().mapToInt(v -> label(v).length()).max().orElse(10);
        for (KpiValue value : values) {
            out.printf(Locale.ROOT, "%-" + width + "s  %12s  %,10d%n", label(value),
                    value.value().isPresent() ? value.unit().format(value.value().getAsDouble()) : "-", value.count());
        }
    }

    private static String label(KpiValue value) {
        return value.variant().isEmpty() ? value.id() : value.id() + " [" + value.variant() + "]";
    }

    static void writeInput(com.fasterxml.jackson.core.JsonGenerator g, ImportReport report) throws java.io.IOException {
        g.writeObjectFieldStart("input");
        g.writeStringField("source", report.source());
        g.writeNumberField("read", report.read());
        g.writeNumberField("accepted", report.accepted());
        g.writeNumberField("rejected", report.rejected());
        g.writeEndObject();
    }
}
