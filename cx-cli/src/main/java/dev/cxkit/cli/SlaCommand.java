package dev.cxkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.io.CaseEventReader;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.json.internal.JsonText;
import dev.cxkit.kpi.sla.SlaClock;
import dev.cxkit.kpi.sla.SlaInput;
import dev.cxkit.kpi.sla.SlaMeasurement;
import dev.cxkit.kpi.sla.SlaMetric;
import dev.cxkit.kpi.sla.SlaPolicy;
import dev.cxkit.kpi.sla.SlaReport;
import dev.cxkit.kpi.sla.SlaState;
import dev.cxkit.kpi.sla.SlaTarget;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx sla}: replays case events (and, from an interactions file, the replies) through the SLA
 * clock and counts, per metric and priority, the measurements fulfilled, breached and still running
 * as of an instant (default: the last event or contact).
 */
@Command(name = "sla", sortOptions = false,
        description = {"Replay case events through the SLA clock: first response, next reply, periodic update and "
                + "resolution per priority, fulfilled, breached or still running.",
            "Replies come from --input: each contact on a case is a customer message at queuedAt and an agent reply "
                + "at its first reply (written channels) or answer (phone, chat). Without --input only resolution is "
                + "measured, since nothing says when anyone replied."},
        footer = {"", "Default targets (policy cxkit-default, calendar time): first response / next reply / periodic "
                + "update / resolution",
            "  URGENT 1h/1h/2h/8h, HIGH 4h/4h/8h/24h, NORMAL 8h/8h/-/72h, LOW 24h/24h/-/168h; PENDING and ON_HOLD pause "
                + "resolution.",
            "", "Examples:",
            "  cx sla --cases data/cases.jsonl --input data/interactions.jsonl",
            "  cx sla --cases data/cases.jsonl --target resolution:normal=48h --target first_response:high=2h --json",
            "  cx sla --cases tickets.jsonl --as-of 2026-04-05T22:00:00Z"})
final class SlaCommand implements Runnable {

    @Option(names = "--cases", required = true, paramLabel = "FILE",
            description = "Case events as JSON Lines (caseId, at, status, priority); docs/formats.md.")
    Path cases;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Interactions (.jsonl or .csv) whose contacts on a case give the replies.")
    @Nullable Path input;

    @Option(names = "--target", paramLabel = "METRIC:PRIORITY=DURATION",
            description = "Override one target, e.g. resolution:normal=48h or first_response:urgent=30m; repeatable.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge at this instant (default: the last event or contact in the data).")
    @Nullable Instant asOf;

    @picocli.CommandLine.Mixin
    ForecastCommand.ExportFormat exportFormat = new ForecastCommand.ExportFormat();

    @Option(names = "--skip-bad", description = "Go on past rejected records instead of failing.")
    boolean skipBad;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    /** Counts of one metric and priority. */
    private static final class Tally {
        long measured;
        long fulfilled;
        long breached;
        long running;
    }

    @Override
    public void run() {
        if (!Files.isRegularFile(cases)) {
            throw new BadInputException("File not found: " + cases + " (--cases).");
        }
        SlaPolicy policy = policy();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.of(spec, "read " + cases.getFileName(), json);
        progress.phase("reading " + cases);
        SlaClock clock = SlaClock.create(policy, java.time.InstantSource.fixed(Instant.EPOCH));
        Instant[] last = {Instant.MIN};
        ImportReport events = CaseEventReader.jsonLines(ImportOptions.ofDefaults()).read(cases, event -> {
            clock.accept(new SlaInput.StatusChanged(event));
            last[0] = later(last[0], event.at());
            progress.tick();
        });
        Rejects.check(events, skipBad, null, err);
        ImportReport contacts = null;
        if (input != null) {
            InteractionInput interactions = new InteractionInput();
            interactions.file = input;
            interactions.skipBad = skipBad;
            exportFormat.applyTo(interactions);
            contacts = interactions.read(interaction -> {
                CaseId caseId = interaction.caseId();
                if (caseId == null) {
                    return;
                }
                clock.accept(new SlaInput.CustomerReplied(caseId, interaction.queuedAt()));
                Instant reply = interaction.channel().isLive() ? interaction.answeredAt() : interaction.firstReplyAt();
                if (reply != null) {
                    clock.accept(new SlaInput.AgentReplied(caseId, reply));
                    last[0] = later(last[0], reply);
                }
                last[0] = later(last[0], interaction.queuedAt());
            }, err, json);
        }
        Instant at = asOf != null ? asOf : last[0];
        if (at.equals(Instant.MIN)) {
            throw new BadInputException(cases + ": no case events, so there is nothing to measure.");
        }
        progress.phase("replaying the SLA clock as of " + at);
        Map<CaseId, SlaReport> reports = clock.reports(at);
        Map<SlaMetric, Map<Priority, Tally>> tallies = new EnumMap<>(SlaMetric.class);
        for (SlaReport report : reports.values()) {
            for (SlaMeasurement m : report.measurements()) {
                Tally tally = tallies.computeIfAbsent(m.metric(), k -> new TreeMap<>()).computeIfAbsent(m.priority(),
                        k -> new Tally());
                tally.measured++;
                if (m.state() == SlaState.FULFILLED) {
                    tally.fulfilled++;
                } else if (m.state() == SlaState.BREACHED) {
                    tally.breached++;
                } else {
                    tally.running++;
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportReport contactReport = contacts;
        if (json) {
            out.println(JsonText.render(g -> {
                g.writeStartObject();
                g.writeStringField("asOf", at.toString());
                g.writeStringField("asOfSource", asOf == null ? "end-of-data" : "option");
                g.writeObjectFieldStart("policy");
                g.writeStringField("name", policy.name());
                g.writeStringField("version", policy.version());
                g.writeEndObject();
                g.writeNumberField("cases", reports.size());
                g.writeBooleanField("repliesGiven", input != null);
                g.writeArrayFieldStart("rows");
                for (Map.Entry<SlaMetric, Map<Priority, Tally>> metric : tallies.entrySet()) {
                    for (Map.Entry<Priority, Tally> row : metric.getValue().entrySet()) {
                        Tally t = row.getValue();
                        g.writeStartObject();
                        g.writeStringField("metric", metric.getKey().name());
                        g.writeStringField("priority", row.getKey().name());
                        g.writeNumberField("measured", t.measured);
                        g.writeNumberField("fulfilled", t.fulfilled);
                        g.writeNumberField("breached", t.breached);
                        g.writeNumberField("running", t.running);
                        if (t.fulfilled + t.breached == 0) {
                            g.writeNullField("breachRate");
                        } else {
                            g.writeNumberField("breachRate", (double) t.breached / (t.fulfilled + t.breached));
                        }
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeObjectFieldStart("caseEvents");
                g.writeNumberField("read", events.read());
                g.writeNumberField("accepted", events.accepted());
                g.writeNumberField("rejected", events.rejected());
                g.writeEndObject();
                if (contactReport != null) {
                    KpiCommand.writeInput(g, contactReport);
                }
                g.writeEndObject();
            }));
            return;
        }
        out.printf(Locale.ROOT, "%,d cases from %s (%,d events)%s, policy %s %s, judged as of %s (%s)%n", reports.size(),
                cases, events.accepted(), contactReport == null ? "" : String.format(Locale.ROOT,
                        ", replies from %,d contacts in %s", contactReport.accepted(), input), policy.name(),
                policy.version(), at, asOf == null ? "the last event or contact" : "--as-of");
        if (input == null) {
            out.println("No --input, so nothing says when anyone replied: only resolution is measured.");
        }
        out.println();
        out.printf(Locale.ROOT, "%-16s %-8s %10s %10s %10s %10s %10s%n", "Metric", "Priority", "Measured", "Fulfilled",
                "Breached", "Running", "Breached %");
        for (Map.Entry<SlaMetric, Map<Priority, Tally>> metric : tallies.entrySet()) {
            for (Map.Entry<Priority, Tally> row : metric.getValue().entrySet()) {
                Tally t = row.getValue();
                out.printf(Locale.ROOT, "%-16s %-8s %,10d %,10d %,10d %,10d %10s%n", metric.getKey(), row.getKey(),
                        t.measured, t.fulfilled, t.breached, t.running, t.fulfilled + t.breached == 0 ? "-"
                                : String.format(Locale.ROOT, "%.1f %%", 100.0 * t.breached / (t.fulfilled + t.breached)));
            }
        }
        out.println();
        out.println("Breached % is over the measurements that ended or breached; running ones are not judged yet.");
    }

    private SlaPolicy policy() {
        SlaPolicy defaults = SlaPolicy.ofDefaults();
        SlaPolicy.Builder builder = defaults.toBuilder();
        if (input == null) {
            // Only resolution can be measured without replies; the reply metrics would all breach.
            builder = SlaPolicy.builder().name(defaults.name()).version(defaults.version() + "-resolution-only");
            for (Priority priority : Priority.values()) {
                SlaTarget target = defaults.target(priority, SlaMetric.RESOLUTION).orElse(null);
                if (target != null) {
                    builder.target(priority, SlaMetric.RESOLUTION, target);
                }
            }
            builder.pauseStatuses(SlaMetric.RESOLUTION, defaults.pauseStatuses(SlaMetric.RESOLUTION));
        }
        for (String value : targets) {
            int colon = value.indexOf(':');
            int equals = value.indexOf('=');
            if (colon < 0 || equals < colon) {
                throw new BadInputException("--target " + value + ": expected METRIC:PRIORITY=DURATION, e.g. "
                        + "resolution:normal=48h.");
            }
            SlaMetric metric;
            Priority priority;
            try {
                metric = SlaMetric.valueOf(value.substring(0, colon).trim().toUpperCase(Locale.ROOT));
                priority = Priority.valueOf(value.substring(colon + 1, equals).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--target " + value + ": metric is one of first_response, next_reply, "
                        + "periodic_update, resolution; priority one of low, normal, high, urgent.");
            }
            Duration duration;
            try {
                duration = Durations.parse(value.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--target " + value + ": " + e.getMessage());
            }
            builder.target(priority, metric, SlaTarget.calendarTime(duration));
        }
        return builder.build();
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
