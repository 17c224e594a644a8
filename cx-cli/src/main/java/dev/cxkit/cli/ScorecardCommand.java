package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.json.internal.ScorecardFields;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.Scorecard;
import dev.cxkit.kpi.StandardKpis;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx scorecard}: the standard KPIs of a file against the catalog's benchmarks or the user's targets. */
@Command(name = "scorecard", sortOptions = false,
        description = {"Judge a file's KPIs against the benchmark defaults or your targets (value, target, met, count).",
            "Service level is judged by formula 3 (answered within --threshold over offered) unless --sl-formula "
                + "says otherwise. A KPI without data gives a 'no data' row."},
        footer = {"", "Targets file (docs/kpis.md): one line per KPI, 'ID[/VARIANT] COMPARISON TARGET [LABEL]' or "
                + "'ID off':",
            "  cx.kpi.fcr              >=  80%",
            "  cx.kpi.aht              <   7m",
            "  cx.kpi.asa              <=  30s",
            "  cx.kpi.churn            off",
            "", "Examples:",
            "  cx scorecard --input data/interactions.jsonl --roster data/agents.csv",
            "  cx scorecard --input export.csv --targets targets.txt --threshold 30s --sl-formula 2 --json",
            "  cx scorecard --input export.csv --by team --by channel"})
final class ScorecardCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Mixin
    KpiOptions kpiOptions;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Targets that override or extend the defaults; see the format below.")
    @Nullable Path targets;

    @Option(names = "--sl-formula", defaultValue = "3", paramLabel = "N",
            description = "Service-level formula the scorecard judges, 1 to 5 (docs/kpis.md) (default: ${DEFAULT-VALUE}).")
    int slFormula;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        TargetsFile targetsFile = targets == null ? null : TargetsFile.read(targets);
        kpiOptions.zone = input.zoneOrUtc();
        StandardKpis kpis = kpiOptions.create();
        ImportReport report = input.read(kpis::accept, spec.commandLine().getErr(), json);
        List<KpiValue> values = kpis.results();
        Scorecard scorecard = scorecard(slFormula, targetsFile, values);
        Scorecard.Report overall = scorecard.evaluate(values);
        List<GroupTables.Group> groups = kpis.groupings().isEmpty() ? List.of()
                : GroupTables.groups(kpis.groupedResults());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeFieldName("scorecard");
                ScorecardFields.write(g, overall);
                if (!groups.isEmpty()) {
                    GroupTables.writeScorecardGroups(g, groups, scorecard);
                }
                GroupTables.writeJudgement(g, kpis);
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        GroupTables.printHeader(out, report, input.file, kpis);
        out.println();
        out.print(overall.toText());
        GroupTables.printCensored(out, kpis);
        GroupTables.printScorecards(out, groups, scorecard);
        List<String> missing = InteractionInput.notRecordedLines(report);
        if (!missing.isEmpty()) {
            out.println();
            missing.forEach(out::println);
        }
    }

    /**
     * The default scorecard with the service-level formula and the targets file applied.
     *
     * @param formula 1 to 5
     * @param targets the targets file, or {@code null}
     * @param values the computed values, for the units of KPIs the defaults do not hold
     * @return the scorecard
     */
    static Scorecard scorecard(int formula, @Nullable TargetsFile targets, List<KpiValue> values) {
        if (formula < 1 || formula > 5) {
            throw new BadInputException("--sl-formula " + formula + ": expected 1 to 5 (docs/kpis.md, Service level).");
        }
        Scorecard scorecard = Scorecard.ofDefaults().toBuilder().variant("cx.kpi.service_level", "formula" + formula)
                .build();
        return targets == null ? scorecard : targets.apply(scorecard, values);
    }
}
