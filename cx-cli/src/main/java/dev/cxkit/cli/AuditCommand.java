package dev.cxkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cxkit.core.AuthorityLimits;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.SettingsFileException;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.TruthLabel;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditQuality;
import dev.cxkit.audit.AuditQualityReport;
import dev.cxkit.audit.AuditSummary;
import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.audit.Auditor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import dev.cxkit.json.internal.JsonText;

/**
 * {@code cx audit}: the mistake audit over a file of interactions (and, optionally, case events),
 * with precision and recall against a generator's truth when {@code --truth} is given. Findings are
 * spooled to a temporary file while the input streams through, so memory stays bounded and nothing
 * is printed before the whole input was read without rejects.
 */
@Command(name = "audit", sortOptions = false,
        description = "Find the catalog's mistakes (broken promises, long holds, cold transfers, repeats, ...) in a file.",
        footer = {"", "Examples:",
            "  cx generate --seed 42 --days 35 --out data",
            "  cx audit --input data/interactions.jsonl --cases data/cases.jsonl",
            "  cx audit --input data/interactions.jsonl --cases data/cases.jsonl --truth data/truth.jsonl",
            "  cx audit --input export.csv --policy authority.csv --as-of 2026-04-05T22:00:00Z --json > findings.json",
            "  cx audit --input export.jsonl --calendar tel-aviv.calendar --calendar email=email-desk.calendar \\",
            "      --thresholds team.thresholds",
            "",
            "--as-of is the instant the audit judges at: open promises and feedback loops, follow-up deadlines,",
            "complete weeks; nothing after it is known. Default: the end of the data, the latest instant the files",
            "record; pass the time the export was taken if it was later. The input may be in any order: it is",
            "sorted first when contacts are more than an hour out of order. Calendar and thresholds files:",
            "docs/audit-files.md. Exit code 0 whether or not mistakes were found, 2 for bad input, 3 when a policy",
            "fails while deciding (its rules throw, loop or run longer than 2 s per decision) or memory runs out.", "",
            "DRL and decision tables given to --policy are code: they run inside this process with its rights, so",
            "a DRL file can read and write files, start programs, exit the JVM, run forever or use up memory.",
            "Only pass files you would run as a program. Authority-matrix CSV files are data and run no code."})
final class AuditCommand implements Runnable {

    @Mixin
    InteractionInput input;

    @Option(names = "--cases", paramLabel = "FILE",
            description = "Case events as JSON Lines, for REOPENED_CASE and NO_FOLLOW_UP.")
    @Nullable Path cases;

    @Option(names = "--case-lookahead", defaultValue = "P14D", paramLabel = "DURATION",
            description = "How far ahead of the contacts case histories are fed: more than the longest delay "
                    + "between a contact and its case's first event (default: ${DEFAULT-VALUE}).")
    String caseLookahead;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Authority policy (.csv matrix, .drl) for OVER_AUTHORITY; repeatable. Default: the generator's limits.")
    List<Path> policies = new ArrayList<>();

    @Option(names = "--no-policy", description = "Skip OVER_AUTHORITY.")
    boolean noPolicy;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge at this instant, e.g. 2026-04-05T22:00:00Z (default: the end of the data, the latest "
                    + "instant the input records).")
    @Nullable String asOf;

    @Option(names = "--calendar", paramLabel = "[CHANNEL=]FILE",
            description = "Business calendar file (zone, opening hours, holidays) for follow-up deadlines, weeks and "
                    + "e-mail and messaging reply times; CHANNEL=FILE gives one channel's replies their own, e.g. "
                    + "email=desk.calendar. Repeatable. Default: Europe/Berlin, Mon-Fri 08:00-20:00, Sat 09:00-14:00.")
    List<String> calendars = new ArrayList<>();

    @Option(names = "--thresholds", paramLabel = "FILE",
            description = "Audit thresholds file (name = value lines, e.g. longHold = 3m); what it does not name keeps "
                    + "the catalog's default.")
    @Nullable Path thresholds;

    @Option(names = "--truth", paramLabel = "FILE",
            description = "Ground truth (truth.jsonl of cx generate): print precision and recall per code.")
    @Nullable Path truth;

    @Option(names = "--examples", defaultValue = "1", paramLabel = "N",
            description = "Findings shown per code in the text output (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        if (examples < 0) {
            throw new BadInputException("--examples " + examples + ": must be 0 or more.");
        }
        Instant at = asOf();
        Duration lookahead = lookahead();
        Auditor.Builder configured = configuredAuditor();
        PrintWriter err = spec.commandLine().getErr();
        AuditQuality quality = truth == null ? null : AuditQuality.create();
        if (truth != null && !Files.isRegularFile(truth)) {
            throw new BadInputException("File not found: " + truth + " (--truth).");
        }
        Path spool = json ? spoolFile() : null;
        try {
            AuditPipeline.Result result;
            Map<MistakeCode, List<AuditFinding>> shown;
            try (FindingSpool findings = new FindingSpool(spool, examples, quality)) {
                result = AuditPipeline.run(() -> auditor(configured), at, input, cases, lookahead, findings, err, json);
                shown = findings.examples();
            }
            if (result.lateHistories() > 0) {
                err.printf(Locale.ROOT, "warning: %,d case histories in %s start before the contacts they were merged "
                        + "with, so their follow-ups may be misjudged.%nMaybe raise --case-lookahead (now %s)?%n",
                        result.lateHistories(), cases, lookahead);
            }
            AuditQualityReport qualityReport = null;
            if (quality != null) {
                TruthFile.read(truth, quality::acceptTruth);
                qualityReport = quality.report();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(out, Objects.requireNonNull(spool), result, qualityReport);
            } else {
                printText(out, result, shown, qualityReport);
            }
        } finally {
            try {
                if (spool != null) {
                    Files.deleteIfExists(spool);
                }
            } catch (IOException e) {
                err.println("warning: could not delete the temporary file " + spool);
            }
        }
    }

    private @Nullable Instant asOf() {
        if (asOf == null) {
            return null;
        }
        try {
            // One check for every instant from outside (issue 25 item 6): 1970 to 2200, else exit 2.
            return InstantBounds.parse(asOf, "--as-of");
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--as-of " + asOf + ": " + e.getMessage());
        }
    }

    private Duration lookahead() {
        Duration value;
        try {
            value = Durations.parse(caseLookahead);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--case-lookahead: " + e.getMessage());
        }
        if (value.isNegative() || value.compareTo(Duration.ofDays(366)) > 0) {
            throw new BadInputException("--case-lookahead " + caseLookahead + ": must be between PT0S and P366D.");
        }
        return value;
    }

    /** The thresholds and calendars, read before any input so that a bad file fails fast. */
    private Auditor.Builder configuredAuditor() {
        Auditor.Builder builder = Auditor.builder().calendar(GeneratorConfig.ofDefaults().calendar())
                .maxDisorder(AuditPipeline.MAX_DISORDER);
        try {
            if (thresholds != null) {
                builder.thresholds(AuditThresholds.read(thresholds));
            }
            CalendarOptions.read(calendars, "email", builder::calendar, builder::calendar);
        } catch (SettingsFileException e) {
            throw new BadInputException(e.getMessage());
        }
        return builder;
    }

    private Auditor auditor(Auditor.Builder builder) {
        if (!noPolicy) {
            List<PolicySource> sources = policies.isEmpty()
                    ? List.of(PolicySource.authorityMatrix("generator-authority.csv",
                            AuthorityLimits.ofDefaults().toAuthorityMatrix()))
                    : policies.stream().map(DecideCommand::read).toList();
            builder.policy(Policy.compile(sources));
        }
        return builder.build();
    }

    private static Path spoolFile() {
        try {
            return Files.createTempFile("cx-audit-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the findings", e);
        }
    }

    private void printText(PrintWriter out, AuditPipeline.Result result, Map<MistakeCode, List<AuditFinding>> shown,
            @Nullable AuditQualityReport quality) {
        AuditSummary summary = result.summary();
        ImportReport report = result.interactions();
        out.printf(Locale.ROOT, "Audited %,d interactions from %s%s as of %s (%s): %,d findings%n", report.accepted(),
                input.file, result.caseEvents() == null ? "" : String.format(Locale.ROOT, " and %,d case events",
                        result.caseEvents().accepted()), summary.asOf(), result.asOfIsEndOfData()
                        ? "the end of the data; --as-of to judge at another instant" : "--as-of", summary.totalFindings());
        if (result.sortedContacts() || result.sortedCaseEvents()) {
            out.printf(Locale.ROOT, "The input was not in time order%s, so it was sorted first.%n",
                    result.sortedContacts() ? " (contacts up to " + result.disorder() + " out of order)" : "");
        }
        if (summary.contactsAfterAsOf() > 0) {
            out.printf(Locale.ROOT, "%,d contacts queued after %s are outside the audited period and were not checked.%n",
                    summary.contactsAfterAsOf(), summary.asOf());
        }
        out.println();
        FindingText.printByCode(out, summary, shown);
        if (summary.findingsPerCode().get(MistakeCode.REPEAT_CONTACT) > 0) {
            out.println("  (REPEAT_CONTACT counts abandoned contacts too; the KPI cx.kpi.repeat_contact does not: "
                    + "docs/audit-catalog.md#repeat_contact)");
        }
        printNotJudged(out, summary);
        FindingText.printSummary(out, summary);
        if (quality != null) {
            out.println();
            out.println("Precision and recall against " + truth);
            out.print(quality.toMarkdown());
        }
    }

    /** Contacts whose flag was not recorded, per code: not judged, never counted as mistakes. */
    private static void printNotJudged(PrintWriter out, AuditSummary summary) {
        if (summary.notJudged().values().stream().allMatch(n -> n == 0)) {
            return;
        }
        out.println();
        out.println("Not judged (what the code needs was not recorded; never counted as a mistake)");
        for (Map.Entry<MistakeCode, Long> entry : summary.notJudged().entrySet()) {
            if (entry.getValue() > 0) {
                out.printf(Locale.ROOT, "  %-26s %,8d contacts without %s%n", entry.getKey(), entry.getValue(),
                        switch (entry.getKey()) {
                            case HOLD_OVER_STATED, LONG_HOLD -> "their hold time";
                            case UNEXPLAINED_HOLD -> "hold time, or a hold's explained flag";
                            case COLD_TRANSFER -> "transfers, or a transfer's warm flag";
                            case MISSING_HANDOFF_SUMMARY -> "transfers";
                            case BOT_DEAD_END -> "the bot's offer of a person (failed sessions)";
                            default -> "a cue's acknowledged flag";
                        });
            }
        }
    }

    private void printJson(PrintWriter out, Path spool, AuditPipeline.Result result,
            @Nullable AuditQualityReport quality) {
        // Streamed, not rendered into a string first: the findings of a long period are as large as the data,
        // and cx audit --json must finish at -Xmx128m like the text output (issue 24).
        JsonText.stream(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            FindingSpool.copyArrayElements(spool, g);
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            for (Map.Entry<MistakeCode, Long> count : result.summary().findingsPerCode().entrySet()) {
                if (count.getValue() > 0) {
                    g.writeNumberField(count.getKey().name(), count.getValue());
                }
            }
            g.writeEndObject();
            g.writeStringField("asOf", result.summary().asOf().toString());
            g.writeStringField("asOfSource", result.asOfIsEndOfData() ? "end-of-data" : "option");
            g.writeObjectFieldStart("notJudged");
            for (Map.Entry<MistakeCode, Long> count : result.summary().notJudged().entrySet()) {
                g.writeNumberField(count.getKey().name(), count.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("contactsAfterAsOf", result.summary().contactsAfterAsOf());
            g.writeObjectFieldStart("order");
            g.writeNumberField("disorderSeconds", result.disorder().getSeconds());
            g.writeBooleanField("contactsSorted", result.sortedContacts());
            g.writeBooleanField("caseEventsSorted", result.sortedCaseEvents());
            g.writeEndObject();
            FindingText.writeSummaryJson(g, result.summary());
            if (result.caseEvents() != null) {
                g.writeNumberField("lateCaseHistories", result.lateHistories());
            }
            KpiCommand.writeInput(g, result.interactions());
            if (quality != null) {
                FindingText.writeQualityJson(g, quality);
            }
            g.writeEndObject();
        }, out);
    }

    /** Reads truth.jsonl as written by {@link dev.cxkit.synthetic.DatasetWriter}. */
    static final class TruthFile {
        private static final JsonFactory JSON = new JsonFactory();

        private TruthFile() {
        }

        static void read(Path file, Consumer<TruthLabel> sink) {
            int line = 0;
            try (BufferedReader reader = Files.newBufferedReader(file)) {
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    line++;
                    if (!text.isBlank()) {
                        sink.accept(parse(text));
                    }
                }
            } catch (IOException e) {
                throw new BadInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ").");
            } catch (RuntimeException e) {
                throw new BadInputException(file + ":" + line + ": not a truth label: "
                        + firstLine(e.getMessage()) + "\nMaybe it is not the truth.jsonl of cx generate?");
            }
        }

        private static TruthLabel parse(String text) throws IOException {
            Map<String, String> fields = new HashMap<>();
            try (JsonParser parser = JSON.createParser(text)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("expected a JSON object");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.put(name, parser.getValueAsString());
                }
            }
            String code = fields.get("code");
            if (code == null) {
                throw new IllegalArgumentException("field code is missing");
            }
            return new TruthLabel(MistakeCode.parse(code),
                    id(fields.get("interactionId"), InteractionId::of),
                    id(fields.get("caseId"), CaseId::of),
                    id(fields.get("agentId"), AgentId::of),
                    fields.get("reason"), fields.get("week"), fields.get("team"));
        }

        private static <T> @Nullable T id(@Nullable String value, Function<String, T> of) {
            return value == null ? null : of.apply(value);
        }

        private static String firstLine(@Nullable String message) {
            if (message == null) {
                return "invalid";
            }
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }
}
