package dev.cxkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.kpi.Comparison;
import dev.cxkit.kpi.ContactGroups;
import dev.cxkit.kpi.ContactMeasure;
import dev.cxkit.kpi.GroupComparison;
import dev.cxkit.kpi.PeriodComparison;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx compare}: one or every contact measure between two groups of contacts, or each week
 * against the four before it (each month against the same month a year before), with the
 * difference, its 95 % interval and the sample sizes (issue 22, "comparisons that turn numbers into
 * decisions").
 */
@Command(name = "compare", sortOptions = false,
        description = {"Compare contact measures between two groups of contacts (--groups) or between periods (--period),",
            "with the difference, its 95 % confidence interval (Welch) and the number of contacts on each side.",
            "A change is 'beyond noise' when the interval excludes 0. Contacts that do not carry a measure are",
            "counted as not recorded, never as 0."},
        footer = {"", "Groups: emotion-acknowledged, warm-transfer, transferred.",
            "Measures: handle-time, hold-time, queue-wait, abandoned, resolved, escalated, transferred,",
            "  repeated-information, csat-top-box, ces-effort, sentiment (default: all of them).",
            "", "Examples:",
            "  cx compare --input data/interactions.jsonl --groups emotion-acknowledged --measure ces-effort",
            "  cx compare --input export.csv --groups warm-transfer",
            "  cx compare --input export.csv --period week --zone Europe/Berlin",
            "  cx compare --input export.csv --period month --every-period --json"})
final class CompareCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--groups", paramLabel = "GROUPS", description = "The two groups to compare: emotion-acknowledged, "
            + "warm-transfer or transferred.")
    @Nullable String groups;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Compare periods instead: week (each week against the "
            + "four before it) or month (each month against the same month a year before), in --zone (default UTC).")
    PeriodComparison.@Nullable Period period;

    @Option(names = "--measure", paramLabel = "MEASURE", split = ",",
            description = "The measures to compare (repeat or separate with commas); default all.")
    List<String> measures = new ArrayList<>();

    @Option(names = "--every-period", description = "With --period, print every period that has a reference, not only the latest.")
    boolean everyPeriod;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if ((groups == null) == (period == null)) {
            throw new BadInputException("Give exactly one of --groups and --period.\n"
                    + "Maybe --groups emotion-acknowledged, or --period week?");
        }
        List<ContactMeasure> chosen = new ArrayList<>();
        try {
            for (String id : measures) {
                chosen.add(ContactMeasure.parse(id));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--measure: " + e.getMessage());
        }
        if (chosen.isEmpty()) {
            chosen.addAll(ContactMeasure.standard());
        }
        String groupsId = groups;
        if (groupsId != null) {
            ContactGroups split;
            try {
                split = ContactGroups.parse(groupsId);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--groups: " + e.getMessage());
            }
            List<GroupComparison> comparisons = chosen.stream().map(m -> GroupComparison.create(m, split)).toList();
            ImportReport report = input.read(i -> comparisons.forEach(c -> c.accept(i)), spec.commandLine().getErr(), json);
            print(report, split.id(), comparisons.stream().map(c -> List.of(new Row(c.measure(), c.comparison()))).toList());
        } else {
            PeriodComparison.Period p = period;
            List<PeriodComparison> comparisons = chosen.stream()
                    .map(m -> PeriodComparison.create(m, p, input.zoneOrUtc())).toList();
            ImportReport report = input.read(i -> comparisons.forEach(c -> c.accept(i)), spec.commandLine().getErr(), json);
            List<List<Row>> rows = new ArrayList<>();
            for (PeriodComparison c : comparisons) {
                List<Row> measureRows = new ArrayList<>();
                if (everyPeriod) {
                    c.changes().forEach(change -> measureRows.add(new Row(c.measure(), change.comparison())));
                } else {
                    PeriodComparison.Change latest = c.latest();
                    if (latest != null) {
                        measureRows.add(new Row(c.measure(), latest.comparison()));
                    }
                }
                rows.add(measureRows);
            }
            print(report, p.name().toLowerCase(Locale.ROOT), rows);
        }
    }

    private record Row(ContactMeasure measure, Comparison comparison) {
    }

    private void print(ImportReport report, String what, List<List<Row>> rows) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField(groups != null ? "groups" : "period", what);
                g.writeArrayFieldStart("comparisons");
                for (List<Row> measureRows : rows) {
                    for (Row row : measureRows) {
                        ComparisonText.writeJson(g, row.comparison());
                    }
                }
                g.writeEndArray();
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%s: %,d contacts read, %,d accepted; 95 %% intervals (Welch), second minus first%n",
                input.file, report.read(), report.accepted());
        out.println();
        String format = "%-22s %-30s %-20s %-30s %-20s %-32s %s%n";
        out.printf(Locale.ROOT, format, "measure", "first group", "contacts at mean", "second group", "contacts at mean",
                "difference [95 % interval]", "");
        boolean any = false;
        for (List<Row> measureRows : rows) {
            for (Row row : measureRows) {
                any = true;
                Comparison c = row.comparison();
                dev.cxkit.kpi.KpiUnit unit = row.measure().unit();
                out.printf(Locale.ROOT, format, row.measure().id(), c.first().name(), ComparisonText.group(c.first(), unit),
                        c.second().name(), ComparisonText.group(c.second(), unit), ComparisonText.difference(c),
                        ComparisonText.verdict(c));
            }
        }
        if (!any) {
            out.println("No period has an earlier period to compare with in this data.");
        }
        List<String> missing = InteractionInput.notRecordedLines(report);
        if (!missing.isEmpty()) {
            out.println();
            missing.forEach(out::println);
        }
    }
}
