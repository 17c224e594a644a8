package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.json.internal.JsonText;

/** {@code cx scorecard}: the standard KPIs of a file against the catalog's benchmarks. */
@Command(name = "scorecard", sortOptions = false,
        description = "Judge a file's KPIs against the benchmark defaults (value, target, met, count).",
        footer = {"", "Examples:",
            "  cx scorecard --input data/interactions.jsonl",
            "  cx scorecard --input export.csv --json"})
final class ScorecardCommand implements Runnable {

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
        Scorecard.Report scorecard = Scorecard.ofDefaults().evaluate(kpis.results());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeFieldName("scorecard");
                ScorecardFields.write(g, scorecard);
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%,d interactions from %s%n%n", input.interactions, input.file);
        out.print(scorecard.toText());
    }
}
