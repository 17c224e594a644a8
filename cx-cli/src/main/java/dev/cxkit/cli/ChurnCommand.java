package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.cxkit.core.io.CustomerEventReader;
import dev.cxkit.core.io.ErrorMode;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.kpi.ChurnByFirstContact;
import dev.cxkit.kpi.Comparison;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx churn}: churn of customers whose first contact was resolved or not (issue 22). */
@Command(name = "churn", sortOptions = false,
        description = {"Compare the churn rate of customers whose first contact was not resolved (the same customer came",
            "back for the same reason within --fcr-window) with that of customers whose first contact was, with the",
            "difference and its 95 % interval. Churn comes from a file of customer events (docs/formats.md)."},
        footer = {"", "Examples:",
            "  cx churn --input data/interactions.jsonl --customers data/customers.jsonl",
            "  cx churn --input export.jsonl --customers crm-events.jsonl --fcr-window 3d --as-of 2026-06-30T00:00:00Z --json"})
final class ChurnCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--customers", required = true, paramLabel = "FILE",
            description = "Customer events as JSON Lines: {\"customerId\",\"at\",\"event\":\"CHURNED\"|\"JOINED\"}.")
    Path customers;

    @Option(names = "--fcr-window", defaultValue = "7d", paramLabel = "DURATION",
            description = "A contact of the same customer and reason within this time unresolves the first one "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration window;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge at this instant (default: the end of the data, the latest endedAt).")
    @Nullable Instant asOf;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        ChurnByFirstContact churn;
        try {
            churn = asOf != null ? ChurnByFirstContact.create(asOf, window) : ChurnByFirstContact.atEndOfData(window);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--fcr-window " + window + ": " + e.getMessage());
        }
        ImportReport report = input.read(churn, spec.commandLine().getErr(), json);
        // A bad customer event stops the run (exit 2, naming file and line): a dropped churn would bias the rates.
        ImportReport events = CustomerEventReader.jsonLines(ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).build())
                .read(customers, churn::acceptEvent);
        Comparison c = churn.comparison();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                Instant at = churn.judgedAt();
                g.writeStringField("asOf", at == null ? null : at.toString());
                g.writeFieldName("comparison");
                ComparisonText.writeJson(g, c);
                g.writeNumberField("censored", churn.censoredCount());
                g.writeNumberField("churnedBeforeFirstContact", churn.churnedBeforeFirstContactCount());
                g.writeNumberField("churnedWithoutContact", churn.churnedWithoutContactCount());
                g.writeNumberField("customerEvents", events.accepted());
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%s: %,d contacts; %s: %,d customer events; judged as of %s%n%n", input.file,
                report.accepted(), customers, events.accepted(), churn.judgedAt());
        out.printf(Locale.ROOT, "%-30s %12s %10s%n", "customers", "judged", "churned");
        for (Comparison.Group g : new Comparison.Group[] {c.first(), c.second()}) {
            out.printf(Locale.ROOT, "%-30s %,12d %10s%n", g.name(), g.count(),
                    g.count() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", g.mean() * 100));
        }
        out.println();
        out.println("difference (not resolved - resolved): " + ComparisonText.difference(c) + " "
                + ComparisonText.verdict(c));
        out.printf(Locale.ROOT, "%nNot judged: %,d customers whose window runs past the end, %,d who churned before "
                + "their first contact, %,d churned customers without a contact in the file.%n",
                churn.censoredCount(), churn.churnedBeforeFirstContactCount(), churn.churnedWithoutContactCount());
    }
}
