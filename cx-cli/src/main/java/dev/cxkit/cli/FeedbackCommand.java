package dev.cxkit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;

import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.kpi.FeedbackWorkItems;
import dev.cxkit.kpi.KpiValue;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx feedback}: feedback as work items, and survey coverage (issue 22). */
@Command(name = "feedback", sortOptions = false,
        description = {"Feedback as work items: how much was answered (positive feedback too), the open items per owner,",
            "and survey coverage. Judged as of the end of the data (the latest endedAt) unless --as-of says otherwise."},
        footer = {"", "Examples:",
            "  cx feedback --input data/interactions.jsonl",
            "  cx feedback --input export.jsonl --as-of 2026-04-05T22:00:00Z --json"})
final class FeedbackCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge the items at this instant (ISO-8601, e.g. 2026-04-05T22:00:00Z); default the end of the data.")
    @Nullable Instant asOf;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        FeedbackPanel collected = new FeedbackPanel();
        ImportReport report = input.read(collected::accept, spec.commandLine().getErr(), json);
        Instant end = collected.endOfData();
        Instant at = asOf != null ? asOf : end;
        PrintWriter out = spec.commandLine().getOut();
        if (at == null) {
            throw new BadInputException(input.file + ": no interaction was accepted, so there is no feedback to judge.");
        }
        FeedbackWorkItems items = collected.items(at);
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField("asOf", at.toString());
                g.writeStringField("asOfSource", asOf != null ? "--as-of" : "end of data");
                ratio(g, "surveyOffered", items.surveyOfferedShare());
                ratio(g, "surveyAnswered", items.surveyAnsweredShare());
                g.writeObjectFieldStart("answered");
                ratio(g, "all", items.result());
                for (FeedbackWorkItems.Polarity p : FeedbackWorkItems.Polarity.values()) {
                    ratio(g, p.name().toLowerCase(Locale.ROOT), items.respondedShare(p));
                }
                g.writeEndObject();
                g.writeArrayFieldStart("owners");
                for (FeedbackWorkItems.OwnerItems o : items.owners()) {
                    g.writeStartObject();
                    if (o.owner() == null) {
                        g.writeNullField("owner");
                    } else {
                        g.writeStringField("owner", o.owner().value());
                    }
                    g.writeNumberField("open", o.open());
                    g.writeNumberField("responded", o.responded());
                    g.writeNumberField("closed", o.closed());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeNumberField("receivedAfterAsOf", items.receivedAfterAsOfCount());
                KpiCommand.writeInput(g, report);
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%s: %,d contacts; judged as of %s (%s)%n%n", input.file, report.accepted(), at,
                asOf != null ? "--as-of" : "the end of the data");
        out.println(FeedbackPanel.lead(items));
        out.println();
        out.printf(Locale.ROOT, "%-10s %10s %10s%n", "feedback", "items", "answered");
        out.printf(Locale.ROOT, "%-10s %,10d %10s%n", "all", items.result().count(), FeedbackPanel.share(items.result()));
        for (FeedbackWorkItems.Polarity p : FeedbackWorkItems.Polarity.values()) {
            KpiValue v = items.respondedShare(p);
            out.printf(Locale.ROOT, "%-10s %,10d %10s%n", p.name().toLowerCase(Locale.ROOT), v.count(), FeedbackPanel.share(v));
        }
        out.println();
        out.printf(Locale.ROOT, "%-20s %8s %10s %8s%n", "owner", "open", "answered", "closed");
        for (FeedbackWorkItems.OwnerItems o : items.owners()) {
            out.printf(Locale.ROOT, "%-20s %,8d %,10d %,8d%n", o.owner() == null ? "(no owner)" : o.owner().value(),
                    o.open(), o.responded(), o.closed());
        }
        if (items.receivedAfterAsOfCount() > 0) {
            out.printf(Locale.ROOT, "%n%,d feedback received after %s not judged.%n", items.receivedAfterAsOfCount(), at);
        }
    }

    private static void ratio(com.fasterxml.jackson.core.JsonGenerator g, String field, KpiValue value)
            throws java.io.IOException {
        g.writeObjectFieldStart(field);
        if (value.value().isPresent()) {
            g.writeNumberField("value", value.value().getAsDouble());
        } else {
            g.writeNullField("value");
        }
        g.writeNumberField("count", value.count());
        g.writeEndObject();
    }
}
